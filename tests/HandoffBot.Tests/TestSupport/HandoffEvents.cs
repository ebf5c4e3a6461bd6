using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.TestSupport;

/// <summary>The Bot Framework handoff events as a test sees and sends them: <c>handoff.initiate</c> out, <c>handoff.status</c> in.</summary>
public static class HandoffEvents
{
    /// <summary>A <c>handoff.status</c> event from the agent side into the customer's conversation.</summary>
    public static Activity Status(EmulatorClient customer, string state)
    {
        var activity = customer.Message(string.Empty);
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = HandoffEventNames.HandoffStatus;
        activity.Value = new JObject { ["state"] = state };
        return activity;
    }

    public static Func<ReceivedActivity, bool> IsInitiate(EmulatorClient customer) =>
        r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Event && r.Activity.Name == HandoffEventNames.InitiateHandoff;

    /// <summary>Waits for the conversation's <c>handoff.initiate</c> and returns the case id it carries.</summary>
    public static async Task<string> WaitForHandoffIdAsync(this ServiceUrlListener listener, EmulatorClient customer)
    {
        var initiate = await listener.WaitForAsync(IsInitiate(customer));
        return JObject.FromObject(initiate.Activity.Value!).Value<string>("handoffId")!;
    }
}
