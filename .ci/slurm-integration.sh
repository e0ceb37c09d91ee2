#!/usr/bin/env bash
# Slurm integration test: installs Debian's Slurm and munge, starts a one-node cluster on this machine, and runs the
# scripts 'incstudy slurm' writes, as a user would: submit from another folder, wait, compare with a single run; cancel a
# task, rerun the submit script (the documented recovery), compare again. Stops every daemon it started.
#
# Usage: .ci/slurm-integration.sh [INCSTUDY]   INCSTUDY: the installed tool's executable (default: the Release build's dll
# run by dotnet). Prints one "slurm: PASS …", "slurm: FAIL …" or "slurm: SKIP …" line per check; exits 1 when one failed.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -ge 1 ]; then tool=("$1"); else tool=(dotnet "$repo/src/IncrementalStudy.Cli/bin/Release/net10.0/incstudy.dll"); fi

failures=0
pass() { echo "slurm: PASS $*"; }
fail() { echo "slurm: FAIL $*"; failures=$((failures + 1)); }
skip() { echo "slurm: SKIP $*"; exit 0; }

[ "$(id -u)" -eq 0 ] || skip "needs root to install and start Slurm"
command -v apt-get >/dev/null || skip "needs apt-get (Debian's slurmctld, slurmd, slurm-client, munge)"
if [ -e /etc/slurm/slurm.conf ] && ! grep -q '^# incstudy-ci one-node cluster' /etc/slurm/slurm.conf; then
  skip "/etc/slurm/slurm.conf exists and is not ours; not touching a configured cluster"
fi

started=$(date +%s)
work=$(mktemp -d /tmp/incstudy-slurm.XXXXXX)
pids=()
cleanup() {
  # Only the daemons this script started, by process id.
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null
  done
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v slurmctld >/dev/null && [ ! -x /usr/sbin/slurmctld ]; then
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
         slurmctld slurmd slurm-client munge; } >"$work/apt.log" 2>&1; then
    tail -20 "$work/apt.log"; fail "apt-get install slurmctld slurmd slurm-client munge"; exit 1
  fi
fi

# munge authenticates the daemons and commands to each other; the package made /etc/munge/munge.key.
mkdir -p /run/munge && chown munge:munge /run/munge
if ! { [ -f /run/munge/munged.pid ] && kill -0 "$(cat /run/munge/munged.pid)" 2>/dev/null; }; then
  runuser -u munge -- /usr/sbin/munged || { fail "munged did not start"; exit 1; }
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  pids+=("$(cat /run/munge/munged.pid)")
fi

host=$(hostname -s)
memory=$(awk '/^MemTotal:/ { print int($2 / 1024 * 0.9) }' /proc/meminfo) # MB, a bit under the total (free needs procps)
cat >/etc/slurm/slurm.conf <<EOF
# incstudy-ci one-node cluster (written by .ci/slurm-integration.sh)
ClusterName=incstudy-ci
SlurmctldHost=$host
SlurmUser=slurm
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=/var/log/slurm/jobcomp.log
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
mkdir -p /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
chown slurm:slurm /var/spool/slurmctld /var/log/slurm
# In the foreground (-D) and in the background here, so $! is the daemon itself; -c starts without old jobs.
/usr/sbin/slurmctld -D -c >"$work/slurmctld.out" 2>&1 &
pids+=("$!")
/usr/sbin/slurmd -D >"$work/slurmd.out" 2>&1 &
pids+=("$!")
for _ in $(seq 60); do
  [ "$(sinfo -h -N -o %t 2>/dev/null)" = "idle" ] && break
  sleep 1
done
if [ "$(sinfo -h -N -o %t 2>/dev/null)" != "idle" ]; then
  sinfo; tail -20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log "$work"/*.out
  fail "one-node cluster: node $host did not become idle"; exit 1
fi
pass "one-node cluster up: node $host idle ($(nproc) CPUs, Slurm $(sinfo -V | awk '{ print $2 }'))"

# Waits for a job to leave the queue and prints its final state (scontrol keeps finished jobs for MinJobAge, 300 s).
wait_job() {
  for _ in $(seq 600); do
    [ -z "$(squeue -h -j "$1" 2>/dev/null)" ] && break
    sleep 0.5
  done
  scontrol show job "$1" -o 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -1 | cut -d= -f2
}

# "Timing aside" as the README defines it: drop every column and every metric row whose name ends in _ms.
without_timing() {
  awk -F, -v OFS=, 'NR == 1 { for (i = 1; i <= NF; i++) { keep[i] = ($i !~ /_ms$/); if ($i == "metric") m = i } }
    m && $m ~ /_ms$/ { next }
    { line = ""; sep = ""; for (i = 1; i <= NF; i++) if (keep[i]) { line = line sep $i; sep = "," }; print line }' "$1"
}
same_as_single() { # MERGED SINGLE: every CSV of the single run equals the merged one, timing aside
  local f diff=0
  [ -f "$1/manifest.json" ] || { echo "no $1/manifest.json"; return 1; }
  for f in "$2"/*.csv; do
    if ! cmp -s <(without_timing "$f") <(without_timing "$1/$(basename "$f")"); then echo "$(basename "$f") differs"; diff=1; fi
  done
  [ "$(cd "$1" && ls ./*.csv)" = "$(cd "$2" && ls ./*.csv)" ] || { echo "different CSV files"; diff=1; }
  return $diff
}
merge_job_of() { sed -n 's/^merge job \([0-9]*\) .*/\1/p' "$1"; }
array_job_of() { sed -n 's/.* as array job \([0-9]*\)$/\1/p' "$1"; }

# 1. seed-replication in 4 shards, generated with the tool's default command and submitted from another folder.
out="$work/shared results"
mkdir -p "$work/elsewhere" "$work/login"
(cd "$work/login" && "${tool[@]}" slurm seed-replication --array 4 --budget smoke --cpus 1 --out "$out" --scripts "$work/slurm") >"$work/gen1.log" 2>&1 \
  || { cat "$work/gen1.log"; fail "incstudy slurm seed-replication"; exit 1; }
(cd "$work/elsewhere" && bash "$work/slurm/seed-replication.submit.sh") >"$work/submit1.log" 2>&1
merge=$(merge_job_of "$work/submit1.log")
state=$( [ -n "$merge" ] && wait_job "$merge")
"${tool[@]}" run seed-replication --budget smoke --out "$work/single" >"$work/single1.log" 2>&1
if [ "$state" = COMPLETED ] && why=$(same_as_single "$out/seed-replication" "$work/single/seed-replication"); then
  pass "seed-replication: 4 shards submitted from another folder; merged folder = single run (timing aside)"
else
  cat "$work/submit1.log" "$work/slurm"/*.log 2>/dev/null | tail -40
  fail "seed-replication: merge job ${merge:-not submitted} ended ${state:-unknown}; ${why:-}"
fi

# 2. category-scaling in 2 shards; shard 1 is cancelled mid-run; rerunning the submit script is the whole recovery.
cs=(category-scaling --budget smoke --seeds 40)
"${tool[@]}" slurm "${cs[@]}" --array 2 --cpus 1 --out "$out" --scripts "$work/slurm" >"$work/gen2.log" 2>&1 \
  || { cat "$work/gen2.log"; fail "incstudy slurm category-scaling"; exit 1; }
(cd "$work/elsewhere" && bash "$work/slurm/category-scaling.submit.sh") >"$work/submit2.log" 2>&1
array=$(array_job_of "$work/submit2.log")
merge=$(merge_job_of "$work/submit2.log")
cases="$out/.category-scaling.shard-1-of-2.incomplete/cases"
for _ in $(seq 600); do
  [ "$(find "$cases" -name '*.json' 2>/dev/null | wc -l)" -ge 5 ] && break
  sleep 0.1
done
scancel "${array}_1"
state=$( [ -n "$merge" ] && wait_job "$merge")
task1=$(wait_job "${array}_1")
if [ "$task1" = CANCELLED ] && [ "$state" = FAILED ] && [ ! -d "$out/category-scaling.shard-1-of-2" ] \
   && grep -q "shards are unfinished" "$work/slurm"/category-scaling-merge-"$merge".log \
   && grep -q "Rerun the submit script" "$work/slurm"/category-scaling-merge-"$merge".log; then
  pass "category-scaling: shard 1 cancelled mid-run; the afterany merge ran, named the unfinished shard and failed"
else
  cat "$work/submit2.log" "$work/slurm"/category-scaling-*.log 2>/dev/null | tail -40
  fail "category-scaling: after scancel, task 1 ended ${task1:-unknown} and the merge ${state:-unknown} (expected CANCELLED, FAILED with a resume hint)"
fi

(cd "$work/elsewhere" && bash "$work/slurm/category-scaling.submit.sh") >"$work/resubmit2.log" 2>&1
array2=$(array_job_of "$work/resubmit2.log")
merge=$(merge_job_of "$work/resubmit2.log")
state=$( [ -n "$merge" ] && wait_job "$merge")
"${tool[@]}" run "${cs[@]}" --out "$work/single" >"$work/single2.log" 2>&1
if [ "$state" = COMPLETED ] && grep -q "submitted shard(s) 1 of 2 as" "$work/resubmit2.log" \
   && grep -q "resuming with" "$work/slurm/category-scaling-${array2}_1.log" \
   && why=$(same_as_single "$out/category-scaling" "$work/single/category-scaling"); then
  pass "category-scaling: rerunning the submit script resumed only shard 1; merged folder = single run (timing aside)"
else
  cat "$work/resubmit2.log" "$work/slurm"/category-scaling-*.log 2>/dev/null | tail -40
  fail "category-scaling recovery: merge ${merge:-not submitted} ended ${state:-unknown}; ${why:-}"
fi

echo "slurm: integration test took $(( $(date +%s) - started )) s"
[ "$failures" -eq 0 ]
