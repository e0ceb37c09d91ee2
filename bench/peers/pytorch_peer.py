#!/usr/bin/env python3
"""PyTorch peer for `incstudy bench --peers`: the same MLP step and the same seed scenario, one thread.

Prints CSV rows `benchmark,variant,threads,value,unit` on stdout, matching bench.csv. Needs Debian's python3-torch and
libopenblas0-pthread (run with /usr/bin/python3). One thread: torch.set_num_threads(1) here, OPENBLAS_NUM_THREADS=1 and
OMP_NUM_THREADS=1 from the caller (they must be set before OpenBLAS loads). Timings: 15 samples after a warm-up (10 seeds
for the seed scenario); both the median and the best are reported, since one-thread PyTorch step times here are bimodal.
`--corename` prints only the OpenBLAS core (kernel family) OpenBLAS chose, read with ctypes. `--conv N` (`--mlp N`) prints only the
LeNet-5 conv step's (the MLP step's) N samples (the C# side interleaves rounds of them with its own).
"""
import ctypes
import statistics
import sys
import time

import torch

torch.set_num_threads(1)
torch.manual_seed(0)


def openblas_corename():
    """The OpenBLAS core loaded into this process (e.g. Cooperlake, Haswell, Prescott), or 'none' without OpenBLAS."""
    with open("/proc/self/maps") as maps:
        paths = sorted({line.split()[-1] for line in maps if "libopenblas" in line})
    if not paths:
        return "none"
    lib = ctypes.CDLL(paths[0])
    lib.openblas_get_corename.restype = ctypes.c_char_p
    return lib.openblas_get_corename().decode()


def sample_seconds(step, samples=15, minimum=0.1):
    """Seconds per call of each sample (each at least `minimum` seconds of calls), after a warm-up; sorted."""
    step()
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            step()
        if time.perf_counter() - start >= minimum / 4 or calls >= 1 << 20:
            break
        calls *= 2
    results = []
    for _ in range(samples):
        start, done = time.perf_counter(), 0
        while True:
            for _ in range(calls):
                step()
            done += calls
            if time.perf_counter() - start >= minimum:
                break
        results.append((time.perf_counter() - start) / done)
    return sorted(results)


def mlp_step_ms(samples=15):
    model = torch.nn.Sequential(torch.nn.Linear(784, 400), torch.nn.ReLU(), torch.nn.Linear(400, 400), torch.nn.ReLU(), torch.nn.Linear(400, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.rand(256, 784), torch.randint(0, 10, (256,))
    loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()

    return [t * 1000 for t in sample_seconds(step, samples=samples)]


def lenet5_conv_step_ms(samples):
    """One SGD step of ConvNetSpec.LeNet5(ReLU) on 128 28×28 images: conv 5×5×6 same → pool → conv 5×5×16 valid → pool → 120 → 84 → 10."""
    relu = torch.nn.ReLU
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, 6, 5, padding=2), relu(), torch.nn.MaxPool2d(2),
        torch.nn.Conv2d(6, 16, 5), relu(), torch.nn.MaxPool2d(2),
        torch.nn.Flatten(), torch.nn.Linear(400, 120), relu(), torch.nn.Linear(120, 84), relu(), torch.nn.Linear(84, 10))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    x, y = torch.rand(128, 1, 28, 28), torch.randint(0, 10, (128,))
    loss_fn = torch.nn.CrossEntropyLoss()

    def step():
        optimizer.zero_grad()
        loss_fn(model(x), y).backward()
        optimizer.step()

    return [t * 1000 for t in sample_seconds(step, samples=samples)]


def seed_scenario_ms(seeds=10):
    """Two fits as the original Keras code: 2000 points, 10 epochs, batch 32, then the head grows to 3 and 600 points."""
    times = []
    for seed in range(seeds):
        g = torch.Generator().manual_seed(seed)
        centers = torch.tensor([[0.0, 0.0], [0.0, 2.0], [2.0, 0.0]])
        x1 = torch.cat([torch.randn(1000, 2, generator=g) + centers[c] for c in range(2)])
        y1 = torch.cat([torch.full((1000,), c) for c in range(2)])
        x2 = torch.cat([torch.randn(200, 2, generator=g) + centers[c] for c in range(3)])
        y2 = torch.cat([torch.full((200,), c) for c in range(3)])
        body, head = torch.nn.Linear(2, 10), torch.nn.Linear(10, 2)
        start = time.perf_counter()
        for x, y, phase in ((x1, y1, 1), (x2, y2, 2)):
            if phase == 2:
                grown = torch.nn.Linear(10, 3)
                with torch.no_grad():
                    grown.weight.zero_()
                    grown.bias.zero_()
                    grown.weight[:2] = head.weight
                    grown.bias[:2] = head.bias
                head = grown
            params = list(body.parameters()) + list(head.parameters())
            optimizer = torch.optim.NAdam(params, lr=0.002, eps=1e-7)
            for _ in range(10):
                order = torch.randperm(len(x), generator=g)
                for i in range(0, len(x), 32):
                    batch = order[i:i + 32]
                    optimizer.zero_grad()
                    loss = torch.nn.functional.cross_entropy(head(torch.tanh(body(x[batch]))), y[batch])
                    loss.backward()
                    optimizer.step()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


if __name__ == "__main__":
    if sys.argv[1:] == ["--corename"]:
        print(openblas_corename())
        sys.exit(0)
    core = openblas_corename()
    label = f"torch {torch.__version__} OpenBLAS {core}"
    out = sys.stdout
    if len(sys.argv) == 3 and sys.argv[1] == "--mlp":
        for ms in mlp_step_ms(int(sys.argv[2])):
            out.write(f"peer-pytorch-mlp-784-400-400-10-step,sample batch 256 sgd {label},1,{ms:.4f},ms\n")
        sys.exit(0)
    if len(sys.argv) == 3 and sys.argv[1] == "--conv":
        for ms in lenet5_conv_step_ms(int(sys.argv[2])):
            out.write(f"peer-pytorch-lenet5-conv-step,sample batch 128 28x28 sgd {label},1,{ms:.4f},ms\n")
        sys.exit(0)
    step = mlp_step_ms()
    out.write(f"peer-pytorch-mlp-784-400-400-10-step,median of {len(step)} batch 256 sgd {label},1,{statistics.median(step):.4f},ms\n")
    out.write(f"peer-pytorch-mlp-784-400-400-10-step,best of {len(step)} batch 256 sgd {label},1,{step[0]:.4f},ms\n")
    seed = seed_scenario_ms()
    out.write(f"peer-pytorch-seed-scenario-training,median of {len(seed)} seeds bare fit loop {label},1,{statistics.median(seed):.4f},ms\n")
    out.write(f"peer-pytorch-seed-scenario-training,best of {len(seed)} seeds bare fit loop {label},1,{seed[0]:.4f},ms\n")
