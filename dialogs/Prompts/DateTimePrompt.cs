using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>
/// Asks for a date or time ("tomorrow at 3pm") and returns every reading of it. Relative expressions resolve against
/// the injected <see cref="TimeProvider"/>'s local time, so tests can fix "now".
/// </summary>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    private readonly TimeProvider _timeProvider;

    public DateTimePrompt(string dialogId, PromptValidator<IList<DateTimeResolution>>? validator = null, TimeProvider? timeProvider = null)
        : base(dialogId, validator)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Gets or sets the Recognizers.Text culture used when the options do not name one.</summary>
    public string DefaultCulture { get; set; } = Culture.English;

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        return SendPromptAsync(turnContext, options, isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<IList<DateTimeResolution>>();
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var culture = string.IsNullOrEmpty(options.RecognizeLanguage) ? DefaultCulture : options.RecognizeLanguage;
        var referenceTime = _timeProvider.GetLocalNow().DateTime;
        var results = DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, referenceTime);
        if (results.Count > 0 && results[0].Resolution.TryGetValue("values", out var values)
            && values is IEnumerable<IDictionary<string, string>> readings)
        {
            result.Value = readings.Select(ToResolution).ToList();
            result.Succeeded = result.Value.Count > 0;
        }

        return Task.FromResult(result);
    }

    private static DateTimeResolution ToResolution(IDictionary<string, string> reading)
    {
        return new DateTimeResolution
        {
            Value = reading.TryGetValue("value", out var value) ? value : null,
            Start = reading.TryGetValue("start", out var start) ? start : null,
            End = reading.TryGetValue("end", out var end) ? end : null,
            Timex = reading.TryGetValue("timex", out var timex) ? timex : null,
        };
    }
}
