using Newtonsoft.Json;

namespace HandoffBot.Dialogs.Root;

/// <summary>The value of a <c>dialog.route</c> trace: which route the root dialog took for a message.</summary>
/// <remarks>Names are fixed here because channels serialize activity values with Newtonsoft's default (PascalCase).</remarks>
public sealed record RouteDecision(
    [property: JsonProperty("route")] string Route,
    [property: JsonProperty("text")] string? Text);
