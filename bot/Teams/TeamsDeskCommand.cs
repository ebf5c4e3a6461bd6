namespace HandoffBot.Teams;

/// <summary>
/// What an agent writes in a case's thread: a command (<c>/accept</c>, <c>/transfer &lt;skill or agent&gt; [note]</c>,
/// <c>/resolve [disposition]</c>, <c>/note &lt;text&gt;</c>, <c>/transcript</c>, <c>/help</c>) or, without a leading
/// slash, words for the customer.
/// </summary>
public sealed record TeamsDeskCommand(string Verb, string Argument, string Rest)
{
    public const string Say = "say";

    public const string Help = """
        In a case's thread: write to reply to the customer (once you hold the case); **/accept** takes it;
        **/note** *text* adds a private note; **/transfer** *skill or agent* [*note*] hands it on;
        **/resolve** [*disposition*] ends it and asks the customer for a rating; **/transcript** shows the conversation so far.
        """;

    public bool IsCommand => Verb != Say;

    public static TeamsDeskCommand Parse(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (!trimmed.StartsWith('/') || trimmed.Length == 1)
        {
            return new(Say, string.Empty, trimmed);
        }

        var parts = trimmed[1..].Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var verb = parts[0].ToLowerInvariant();
        return verb switch
        {
            // The whole remainder is the note (or the disposition), spaces included.
            "note" or "resolve" => new(verb, string.Empty, trimmed[(1 + parts[0].Length)..].Trim()),
            _ => new(verb, parts.Length > 1 ? parts[1] : string.Empty, parts.Length > 2 ? parts[2] : string.Empty),
        };
    }
}
