using System.Text.RegularExpressions;
using HandoffBot.Dialogs.Flows;

namespace HandoffBot.Dialogs.Root;

/// <summary>The help menu and the ways customers ask for it.</summary>
public static partial class HelpTopics
{
    public static IReadOnlyList<HelpTopic> All { get; } =
    [
        new(
            "Account & sign-in",
            ["account", "sign in", "login", "password"],
            "For sign-in trouble, password resets or questions about your plan and seats, just describe what's " +
            "happening, e.g. \"I can't log in\" or \"how many seats do we have?\"."),
        new(
            "Orders & tickets",
            ["orders", "order", "tickets", "ticket", "status"],
            "I can look up any order or ticket number and tell you where it stands.",
            nameof(OrderStatusFlow)),
        new(
            "Billing & plans",
            ["billing", "invoice", "plan", "payment"],
            "Ask about invoices, payment methods or what your plan includes, e.g. \"when will I be charged next?\". " +
            "Anything about refunds, disputes or cancellations goes straight to a person on our billing team."),
        new(
            "Talk to a person",
            ["person", "human", "agent", "someone"],
            "Just say \"talk to a person\" at any time and I'll connect you with our support team, with everything " +
            "you've told me so far."),
    ];

    /// <summary>True for "help", "?", "menu", "what can you do" and similar requests for the menu.</summary>
    public static bool IsHelpRequest(string? text) => text is not null && HelpRequest().IsMatch(text);

    [GeneratedRegex(@"^\s*(help|\?+|menu|options|what can you (do|help with)\??|how can you help( me)?\??|help me)\s*[!.?]*\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HelpRequest();
}
