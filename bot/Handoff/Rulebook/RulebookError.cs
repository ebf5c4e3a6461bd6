namespace HandoffBot.Handoff.Rulebook;

/// <summary>One thing wrong with a rulebook file: where (field path, 1-based line and column) and what.</summary>
public sealed record RulebookError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"line {Line}, column {Column}: {Path}: {Message}";
}
