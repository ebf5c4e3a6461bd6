using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace HandoffBot.Dialogs.Choices;

/// <summary>An option offered to the user by a choice prompt.</summary>
public class Choice
{
    public Choice(string value = "")
    {
        Value = value;
    }

    /// <summary>Gets or sets the value returned when the choice is picked; also its default display text.</summary>
    [JsonProperty("value")]
    public string Value { get; set; }

    /// <summary>Gets or sets the button to render instead of the default imBack of <see cref="Value"/>.</summary>
    [JsonProperty("action", NullValueHandling = NullValueHandling.Ignore)]
    public CardAction? Action { get; set; }

    /// <summary>Gets or sets other words that pick this choice.</summary>
    [JsonProperty("synonyms", NullValueHandling = NullValueHandling.Ignore)]
    public List<string>? Synonyms { get; set; }
}
