namespace HandoffBot.Handoff.Rulebook;

/// <summary>A rulebook file that cannot be used; <see cref="Errors"/> lists every problem found, in file order.</summary>
public sealed class RulebookValidationException : Exception
{
    public RulebookValidationException()
        : this("The handoff rulebook is not valid.")
    {
    }

    public RulebookValidationException(string message)
        : base(message)
    {
        FilePath = "rulebook";
        Errors = [];
    }

    public RulebookValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = "rulebook";
        Errors = [];
    }

    public RulebookValidationException(string filePath, IReadOnlyList<RulebookError> errors)
        : base(Describe(filePath, errors))
    {
        FilePath = filePath;
        Errors = errors;
    }

    /// <summary>The file (or name) the rulebook was read from.</summary>
    public string FilePath { get; }

    public IReadOnlyList<RulebookError> Errors { get; }

    private static string Describe(string filePath, IReadOnlyList<RulebookError> errors) =>
        $"The handoff rulebook {filePath} has {errors.Count} error(s):" + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
