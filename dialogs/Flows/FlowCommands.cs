using System.Text.RegularExpressions;

namespace HandoffBot.Dialogs.Flows;

/// <summary>The words that stop a flow. Only a whole short message counts: "cancel my plan" is a request, not a stop.</summary>
public static partial class FlowCommands
{
    public static bool IsCancel(string? text) => text is not null && Cancel().IsMatch(text);

    [GeneratedRegex(@"^\s*(please\s+)?(cancel|stop|quit|exit|abort|never\s?mind|forget\s+it)(\s+(it|that|this|please))?\s*[.!]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cancel();
}
