using HandoffBot.Dialogs.Engine;
using Microsoft.Bot.Schema;

namespace HandoffBot.Dialogs.Tests.TestSupport;

/// <summary>Small step builders that keep the conversations in tests readable.</summary>
internal static class Say
{
    public static Task<ResourceResponse> TextAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        return dc.Context.SendActivityAsync(text, cancellationToken: cancellationToken);
    }

    /// <summary>A step that sends <paramref name="text"/> and waits for the user.</summary>
    public static WaterfallStep Ask(string text)
    {
        return async (step, ct) =>
        {
            await TextAsync(step, text, ct);
            return Dialog.EndOfTurn;
        };
    }

    /// <summary>A step that echoes the previous step's result with a prefix and moves on.</summary>
    public static WaterfallStep Echo(string prefix)
    {
        return async (step, ct) =>
        {
            await TextAsync(step, $"{prefix}{step.Result}", ct);
            return await step.NextAsync(step.Result, ct);
        };
    }
}
