namespace HandoffBot.Knowledge.Generative;

/// <summary>
/// Options bound from <c>HandoffBot:Generative</c>: an OpenAI-compatible chat-completions endpoint that rewords the
/// retrieved passages into an answer. Off while <see cref="Endpoint"/> is empty (the default).
/// </summary>
public sealed class GenerativeOptions
{
    public const string SectionName = "HandoffBot:Generative";

    /// <summary>
    /// Base URL of the API, up to and including its version segment (e.g. <c>https://api.openai.com/v1</c>): the client
    /// appends <c>/chat/completions</c>. Empty: generative answers are off.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model name the endpoint expects; required when <see cref="Endpoint"/> is set.</summary>
    public string? Model { get; set; }

    /// <summary>Bearer key for the endpoint, from configuration only (user secrets, environment); may be empty for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long a customer waits for the model before the bot answers with the passage instead.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many passages of the matched article the model sees (the best one first).</summary>
    public int MaxPassages { get; set; } = 3;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
