using System.Text;

namespace IncrementalStudy.Cli.Commands;

/// <summary>
/// Console text of an experiment that starts while the one before it is still finishing: held back until <see cref="Release"/>
/// (when the one before has printed everything), then written through, so the output reads as if they had run one after another.
/// </summary>
internal sealed class HeldOutput(TextWriter target) : TextWriter
{
    private readonly Lock _gate = new();
    private StringBuilder? _held = new();

    /// <summary>Where the text goes once released (for the interactive progress line).</summary>
    public TextWriter Target => target;

    public override Encoding Encoding => target.Encoding;

    public override void Write(char value)
    {
        lock (_gate)
        {
            if (_held is not null) _held.Append(value);
            else target.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (_gate)
        {
            if (_held is not null) _held.Append(value);
            else target.Write(value);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (_gate)
        {
            if (_held is not null) _held.Append(value).Append(CoreNewLine);
            else target.WriteLine(value);
        }
    }

    /// <summary>Writes what was held and passes everything after it straight through.</summary>
    public void Release()
    {
        lock (_gate)
        {
            if (_held is null) return;
            target.Write(_held.ToString());
            _held = null;
        }
    }
}
