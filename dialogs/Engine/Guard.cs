namespace HandoffBot.Dialogs.Engine;

/// <summary>Argument checks shared by the dialog entry points.</summary>
internal static class Guard
{
    /// <summary>
    /// Rejects a CancellationToken passed where options or a result belongs: with optional parameters of type
    /// object, <c>BeginDialogAsync(id, cancellationToken)</c> compiles and silently stores the token.
    /// </summary>
    public static void NotCancellationToken(object? value, string paramName)
    {
        if (value is CancellationToken)
        {
            throw new ArgumentException($"{paramName} cannot be a CancellationToken; pass the token as the last argument.", paramName);
        }
    }
}
