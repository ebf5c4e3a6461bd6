using HandoffBot.Dialogs.Choices;
using HandoffBot.Dialogs.Engine;
using HandoffBot.Dialogs.Prompts;
using HandoffBot.Dialogs.Tests.TestSupport;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace HandoffBot.Dialogs.Tests.Engine;

/// <summary>
/// Every turn below runs after a simulated restart: the state went through JSON text with no type names, so
/// instance state comes back as JObject / JArray / long / string and the engine must convert it.
/// </summary>
public class DialogStatePersistenceTests
{
    public sealed record BookingRequest(string City, int Nights);

    [Fact]
    public async Task Waterfall_in_the_middle_of_a_prompt_inside_a_component_continues_after_restart()
    {
        var conversation = new RestartingConversation(CreateBookingDialog, new BookingRequest("Oslo", 3));

        Assert.Equal(["Your name?"], await conversation.SendAsync("hi"));
        Assert.Equal(["Hello Ada.", "How many guests?"], await conversation.SendAsync("Ada"));
        Assert.Equal(["I did not get that. How many guests?"], await conversation.SendAsync("lots"));
        Assert.Equal(["Pick a room"], await conversation.SendAsync("two"));
        Assert.Equal(["Book 3 nights in Oslo for Ada, 2 guests, Suite room?"], await conversation.SendAsync("the big one"));
        Assert.Equal(["Booked."], await conversation.SendAsync("yes"));
        Assert.Equal(DialogTurnStatus.Complete, conversation.LastResult?.Status);
        Assert.Equal("Ada/2/Suite", conversation.LastResult?.Result);
    }

    [Fact]
    public async Task Stored_json_is_plain_camel_case_with_nested_stacks_and_no_type_names()
    {
        var conversation = new RestartingConversation(CreateBookingDialog, new BookingRequest("Oslo", 3));
        await conversation.SendAsync("hi");
        await conversation.SendAsync("Ada");

        Assert.DoesNotContain("$type", conversation.Snapshot, StringComparison.Ordinal);
        var (key, json) = new JsonRoundTripStorage(conversation.Snapshot).Items.Single();
        Assert.StartsWith("test/conversations/", key, StringComparison.Ordinal);
        var stored = JObject.Parse(json);
        var root = stored["DialogState"]!["dialogStack"]![0]!;
        Assert.Equal("booking", root["id"]?.ToString());
        var inner = root["state"]!["dialogs"]!["dialogStack"]!;
        Assert.Equal(["guests", "bookingSteps"], inner.Select(i => i["id"]!.ToString()));
        var steps = inner[1]!["state"]!;
        Assert.Equal(1, steps["stepIndex"]!.Value<int>());
        Assert.Equal("Oslo", steps["options"]!["City"]!.ToString());
        Assert.Equal("Ada", steps["values"]!["name"]!.ToString());
        Assert.False(string.IsNullOrEmpty(steps["instanceId"]?.ToString()));
        Assert.Equal(0, inner[0]!["state"]!["state"]!["AttemptCount"]!.Value<int>());
        Assert.Equal("How many guests?", inner[0]!["state"]!["options"]!["Prompt"]!["text"]!.ToString());
    }

    [Fact]
    public async Task Prompt_attempt_count_survives_restart()
    {
        var attempts = new List<int>();
        var conversation = new RestartingConversation(() =>
            new ComponentDialog("root")
                .AddDialog(new WaterfallDialog("steps", [
                    (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("n?") }, ct),
                    (step, ct) => step.EndDialogAsync(step.Result, ct),
                ]))
                .AddDialog(new NumberPrompt<int>("number", (pc, ct) =>
                {
                    attempts.Add(pc.AttemptCount);
                    return Task.FromResult(pc.Recognized.Succeeded);
                })));

        await conversation.SendAsync("hi");
        await conversation.SendAsync("x");
        await conversation.SendAsync("y");
        await conversation.SendAsync("7");

        Assert.Equal([1, 2, 3], attempts);
        Assert.Equal(7, conversation.LastResult?.Result);
    }

    // booking (component) -> bookingSteps (waterfall) -> name (text), room (nested component), guests (number), confirm.
    private static Dialog CreateBookingDialog()
    {
        var room = new ComponentDialog("room")
            .AddDialog(new WaterfallDialog("roomSteps", [
                (step, ct) => step.PromptAsync("roomChoice", new PromptOptions
                {
                    Prompt = MessageFactory.Text("Pick a room"),
                    Choices = [new Choice("Standard"), new Choice("Suite") { Synonyms = ["big one"] }],
                }, ct),
                (step, ct) => step.EndDialogAsync(step.GetResult<FoundChoice>()!.Value, ct),
            ]))
            .AddDialog(new ChoicePrompt("roomChoice"));

        var steps = new WaterfallDialog("bookingSteps", [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = MessageFactory.Text("Your name?") }, ct),
            async (step, ct) =>
            {
                step.Values["name"] = step.Result;
                await Say.TextAsync(step, $"Hello {step.Result}.", ct);
                return await step.PromptAsync("guests", new PromptOptions
                {
                    Prompt = MessageFactory.Text("How many guests?"),
                    RetryPrompt = MessageFactory.Text("I did not get that. How many guests?"),
                }, ct);
            },
            (step, ct) =>
            {
                step.Values["guests"] = step.Result;
                return step.BeginDialogAsync("room", null, ct);
            },
            (step, ct) =>
            {
                step.Values["room"] = step.Result;
                var request = step.GetOptions<BookingRequest>()!;
                var text = $"Book {request.Nights} nights in {request.City} for {step.GetValue<string>("name")}, {step.GetValue<int>("guests")} guests, {step.Result} room?";
                return step.PromptAsync("confirm", new PromptOptions { Prompt = MessageFactory.Text(text) }, ct);
            },
            async (step, ct) =>
            {
                await Say.TextAsync(step, step.GetResult<bool>() ? "Booked." : "Not booked.", ct);
                return await step.EndDialogAsync($"{step.GetValue<string>("name")}/{step.GetValue<int>("guests")}/{step.GetValue<string>("room")}", ct);
            },
        ]);

        return new ComponentDialog("booking")
            .AddDialog(steps)
            .AddDialog(new TextPrompt("name"))
            .AddDialog(new NumberPrompt<int>("guests"))
            .AddDialog(room)
            .AddDialog(new ConfirmPrompt("confirm"));
    }
}
