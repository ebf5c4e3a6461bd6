using HandoffBot.Dialogs.Root;
using HandoffBot.Handoff;
using HandoffBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Tests.Handoff;

/// <summary>The handoff engine through the Emulator's path: real host, real rulebook and model, replies at the serviceUrl.</summary>
public sealed class HandoffMiddlewareTests(LiveBotFixture bot) : LiveBot(bot), IClassFixture<LiveBotFixture>
{
    [Fact]
    public async Task Explicit_request_gets_the_transition_message_then_handoff_initiate_with_the_transcript()
    {
        var customer = Customer();
        await customer.SendAsync("hi, I have a question about my invoice");
        await customer.SendAsync("actually, put me through to someone from your support team");

        var transition = await Listener.WaitForMessageAsync(customer.ConversationId, "won't need to repeat yourself");
        var initiate = await WaitForInitiateAsync(customer);
        Assert.True(Listener.Received.ToList().IndexOf(transition) < Listener.Received.ToList().IndexOf(initiate));

        var value = JObject.FromObject(initiate.Activity.Value!);
        Assert.Equal("human-request", value.Value<string>("reason"));
        var transcript = Assert.Single(initiate.Activity.Attachments);
        Assert.Equal("Transcript", transcript.Name);
        var texts = JObject.FromObject(transcript.Content!)["activities"]!.Select(a => a.Value<string>("text")).ToList();
        Assert.Contains("hi, I have a question about my invoice", texts);
        Assert.Contains("actually, put me through to someone from your support team", texts);

        // Every decision is kept for review, with its reason.
        var decisions = await Host.Services.GetRequiredService<SqliteDecisionLog>().ListAsync("emulator", customer.ConversationId, CancellationToken.None);
        Assert.Equal(["offer", "handoff"], decisions.Select(d => d.Action));
        Assert.Equal("human-request", decisions[1].Triggers[0].Name);
    }

    [Fact]
    public async Task Boundary_topic_goes_to_the_security_team_at_once()
    {
        var customer = Customer();
        await customer.SendAsync("I think someone hacked my account, there are logins from another country");

        var initiate = await WaitForInitiateAsync(customer);
        Assert.Equal("security", JObject.FromObject(initiate.Activity.Value!).Value<string>("skill"));
    }

    [Fact]
    public async Task Negated_request_is_not_a_handoff()
    {
        var customer = Customer();
        await customer.SendAsync("I don't want to cancel, just downgrade to the smaller plan");
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);

        Assert.DoesNotContain(Listener.Received, r => IsInitiate(customer)(r));
    }

    [Fact]
    public async Task Decline_offers_a_person_and_yes_hands_off()
    {
        var customer = Customer();
        await customer.SendAsync("does it integrate with SAP Ariba?");
        var offer = await Listener.WaitForMessageAsync(customer.ConversationId, "connect you with someone");
        Assert.Equal(["Yes, connect me", "No, thanks"], offer.Activity.SuggestedActions.Actions.Select(a => a.Title));

        await customer.SendAsync("Yes, connect me");

        var initiate = await WaitForInitiateAsync(customer);
        var reasons = JObject.FromObject(initiate.Activity.Value!)["triggers"]!.Select(t => t.Value<string>("name")).ToList();
        Assert.Equal(["lowConfidence", "accepted-offer"], reasons);
    }

    [Fact]
    public async Task Refused_offer_is_respected_and_not_repeated_during_the_cooldown()
    {
        var customer = Customer();
        await customer.SendAsync("does it integrate with SAP Ariba?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "connect you with someone");
        await customer.SendAsync("no thanks");
        await Listener.WaitForMessageAsync(customer.ConversationId, "let's keep going");

        await customer.SendAsync("can it export to Lotus Notes?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "not sure I can answer");
        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);

        Assert.Single(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("connect you with someone", StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(Listener.Received, r => IsInitiate(customer)(r));
    }

    [Fact]
    public async Task The_same_question_in_other_words_is_a_loop_and_offers_again_despite_the_refusal()
    {
        var customer = NewConversation();
        await customer.SendAsync("does Tasklane integrate with SAP Ariba?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "connect you with someone");
        await customer.SendAsync("no thanks");
        await Listener.WaitForMessageAsync(customer.ConversationId, "let's keep going");

        await customer.SendAsync("can Tasklane connect to SAP Ariba?");

        var decisions = await Host.Services.GetRequiredService<SqliteDecisionLog>().ListAsync("emulator", customer.ConversationId, CancellationToken.None);
        Assert.Equal(["offer", "refused", "offer"], decisions.Select(d => d.Action));
        Assert.Contains(decisions[2].Triggers, t => t.Name == "loop");
    }

    [Fact]
    public async Task Messages_while_waiting_are_acknowledged_and_the_bot_resumes_when_the_agent_completes()
    {
        var customer = Customer();
        await customer.SendAsync("I want to talk to a real person");
        await WaitForInitiateAsync(customer);

        await customer.SendAsync("it's about order 10432 by the way");
        await Listener.WaitForMessageAsync(customer.ConversationId, "added that to your case");

        (await customer.PostAsync(Status(customer, "accepted"))).Dispose();
        (await customer.PostAsync(Status(customer, "completed"))).Dispose();
        await Listener.WaitForMessageAsync(customer.ConversationId, "I'm back to help");

        await customer.SendAsync("help");
        await Listener.WaitForMessageAsync(customer.ConversationId, RootMessages.HelpIntro);
    }

    [Fact]
    public async Task Is_anyone_there_while_waiting_gets_the_honest_wait_not_an_acknowledgement()
    {
        var customer = Customer();
        await customer.SendAsync("I want to talk to a real person");
        await WaitForInitiateAsync(customer);

        await customer.SendAsync("hello? is anyone there?");

        var reply = await Listener.WaitForMessageAsync(customer.ConversationId, "I'm still here");
        Assert.Contains("A person from our team will join you in ", reply.Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("added that to your case", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task A_how_to_question_while_waiting_for_a_person_is_answered_and_the_person_is_still_coming()
    {
        var customer = Customer();
        await customer.SendAsync("I want to talk to a real person");
        var initiate = await WaitForInitiateAsync(customer);
        var handoffId = JObject.FromObject(initiate.Activity.Value!).Value<string>("handoffId")!;

        await customer.SendAsync("how do I export my data?");

        await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [Export your projects and tasks]");
        var stillOpen = await Listener.WaitForMessageAsync(customer.ConversationId, "Your case stays open too.");
        Assert.Contains("A person from our team will join you in ", stillOpen.Activity.Text, StringComparison.Ordinal);
        var open = await Host.Services.GetRequiredService<IAgentHub>().FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None);
        Assert.Equal(handoffId, open?.HandoffId);
    }

    [Fact]
    public async Task A_security_incident_mentioned_while_waiting_moves_the_case_to_security_and_up_the_queue()
    {
        var customer = NewConversation();
        await customer.SendAsync("can I talk to a real person please");
        var initiate = await WaitForInitiateAsync(customer);
        var before = JObject.FromObject(initiate.Activity.Value!);

        await customer.SendAsync("also I think someone hacked my account, there are logins from another country");
        await Listener.WaitForMessageAsync(customer.ConversationId, "added that to your case");

        var open = await Host.Services.GetRequiredService<IAgentHub>().FindOpenAsync("emulator", customer.ConversationId, CancellationToken.None);
        Assert.Equal("security", open!.Skill);
        Assert.True(open.Priority > before.Value<int>("priority"));
        Assert.Contains(open.Triggers, t => t.Name == "security-incident");
    }

    [Fact]
    public async Task Frustrated_churn_risk_vip_is_handed_off_at_once_with_high_priority()
    {
        var customer = Customer("vip-elena");
        await customer.SendAsync("the sync keeps failing AGAIN!!! honestly we're looking at your competitors");

        var initiate = await WaitForInitiateAsync(customer);
        var value = JObject.FromObject(initiate.Activity.Value!);
        Assert.True(value.Value<int>("priority") >= 70, value.ToString());
        Assert.Equal("vip-elena", value["customer"]!.Value<string>("id"));
    }

    [Fact]
    public async Task Strong_frustration_is_acknowledged_before_the_offer_of_a_person()
    {
        var customer = Customer();
        await customer.SendAsync("this app is garbage, I am so frustrated");

        var offer = await Listener.WaitForMessageAsync(customer.ConversationId, "connect you with someone");
        var messages = Listener.Received.Where(r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("sorry this has been so frustrating", messages[0].Activity.Text, StringComparison.Ordinal);
        Assert.Same(offer, messages[1]);
    }

    [Fact]
    public async Task Thinking_of_leaving_after_an_answer_is_offered_to_account_management_with_its_own_reason()
    {
        var customer = Customer();
        await customer.SendAsync("how do I reset my password?");
        await Listener.WaitForMessageAsync(customer.ConversationId, "Source: [");
        await customer.SendAsync("honestly I'm thinking of cancelling, this keeps breaking");
        await Listener.WaitForMessageAsync(customer.ConversationId, "connect you with someone");
        await customer.SendAsync("Yes, connect me");

        var initiate = JObject.FromObject((await WaitForInitiateAsync(customer)).Activity.Value!);
        Assert.Equal("churn-risk", initiate.Value<string>("reason"));
        Assert.Equal("account-management", initiate.Value<string>("skill"));
        Assert.Contains("reads as churn-risk", initiate["triggers"]![0]!.Value<string>("evidence"), StringComparison.Ordinal);
        Assert.DoesNotContain(Listener.Received, r => r.ConversationId == customer.ConversationId && (r.Activity.Text?.Contains("not sure I can answer", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public async Task A_vip_thinking_of_leaving_goes_to_account_management_at_once_ahead_of_a_standard_customer()
    {
        var standard = Customer();
        await standard.SendAsync("we might move to another tool next quarter");
        await Listener.WaitForMessageAsync(standard.ConversationId, "connect you with someone");
        await standard.SendAsync("Yes, connect me");
        var standardCase = JObject.FromObject((await WaitForInitiateAsync(standard)).Activity.Value!);

        var vip = Customer("vip-elena");
        await vip.SendAsync("we might move to another tool next quarter");
        var vipCase = JObject.FromObject((await WaitForInitiateAsync(vip)).Activity.Value!);

        Assert.Equal("churn-risk", vipCase.Value<string>("reason"));
        Assert.Equal("account-management", vipCase.Value<string>("skill"));
        Assert.True(vipCase.Value<int>("priority") > standardCase.Value<int>("priority"), $"VIP {vipCase}, standard {standardCase}");
    }

    private EmulatorClient Customer(string? userId = null) => userId is null
        ? NewConversation()
        : new EmulatorClient(Http, Listener.BaseAddress) { User = new ChannelAccount(userId, "Customer", RoleTypes.User) };

    private static Activity Status(EmulatorClient customer, string state)
    {
        var activity = customer.Message(string.Empty);
        activity.Type = ActivityTypes.Event;
        activity.Text = null;
        activity.Name = HandoffEventNames.HandoffStatus;
        activity.Value = new JObject { ["state"] = state };
        return activity;
    }

    private Task<ReceivedActivity> WaitForInitiateAsync(EmulatorClient customer) => Listener.WaitForAsync(IsInitiate(customer));

    private static Func<ReceivedActivity, bool> IsInitiate(EmulatorClient customer) =>
        r => r.ConversationId == customer.ConversationId && r.Activity.Type == ActivityTypes.Event && r.Activity.Name == HandoffEventNames.InitiateHandoff;
}
