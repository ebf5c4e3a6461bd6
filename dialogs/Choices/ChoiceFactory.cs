using System.Globalization;
using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Choices;

/// <summary>Renders a prompt activity with its choices in a <see cref="ListStyle"/>.</summary>
public static class ChoiceFactory
{
    /// <summary>Returns a copy of <paramref name="prompt"/> (or an empty message) showing <paramref name="choices"/>.</summary>
    public static Activity Render(Activity? prompt, IList<Choice> choices, ListStyle style, bool includeNumbers = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var activity = prompt is null ? (Activity)Activity.CreateMessageActivity() : StateValue.DeepCopy(prompt);
        var text = activity.Text ?? string.Empty;
        switch (style)
        {
            case ListStyle.None:
                break;
            case ListStyle.Inline:
                activity.Text = Join(text, " ", Inline(choices, includeNumbers));
                break;
            case ListStyle.List:
                activity.Text = Join(text, "\n\n", List(choices, includeNumbers));
                break;
            default:
                activity.SuggestedActions = new SuggestedActions { Actions = choices.Select(ToAction).ToList() };
                break;
        }

        return activity;
    }

    private static CardAction ToAction(Choice choice)
    {
        return choice.Action ?? new CardAction(ActionTypes.ImBack, choice.Value, value: choice.Value);
    }

    private static string Inline(IList<Choice> choices, bool includeNumbers)
    {
        var items = choices.Select((c, i) => includeNumbers ? $"({(i + 1).ToString(CultureInfo.InvariantCulture)}) {Title(c)}" : Title(c)).ToList();
        return items.Count switch
        {
            1 => items[0],
            2 => $"{items[0]} or {items[1]}",
            _ => $"{string.Join(", ", items.Take(items.Count - 1))}, or {items[^1]}",
        };
    }

    private static string List(IList<Choice> choices, bool includeNumbers)
    {
        var lines = choices.Select((c, i) => includeNumbers ? $"   {(i + 1).ToString(CultureInfo.InvariantCulture)}. {Title(c)}" : $"   - {Title(c)}");
        return string.Join("\n", lines);
    }

    private static string Title(Choice choice)
    {
        return choice.Action?.Title ?? choice.Value;
    }

    private static string Join(string text, string separator, string choices)
    {
        return text.Length == 0 ? choices : text + separator + choices;
    }
}
