using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace HandoffBot.Dialogs.Prompts;

/// <summary>Asks for a number, written as digits or words ("twenty five"), as int, long, float, double or decimal.</summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float)
            && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt<{typeof(T).Name}> is not supported; use int, long, float, double or decimal.");
        }
    }

    /// <summary>Gets or sets the Recognizers.Text culture used when the options do not name one.</summary>
    public string DefaultCulture { get; set; } = Culture.English;

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        return SendPromptAsync(turnContext, options, isRetry, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Type == ActivityTypes.Message ? turnContext.Activity.Text : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var culture = string.IsNullOrEmpty(options.RecognizeLanguage) ? DefaultCulture : options.RecognizeLanguage;
        var results = NumberRecognizer.RecognizeNumber(text, culture);
        if (results.Count > 0 && results[0].Resolution.TryGetValue("value", out var raw) && TryConvert(raw?.ToString(), out var value))
        {
            result.Succeeded = true;
            result.Value = value;
        }

        return Task.FromResult(result);
    }

    // The resolution is an invariant-culture string ("25", "2.5"); a fraction does not fit an int, so it fails.
    private static bool TryConvert(string? text, out T value)
    {
        var invariant = CultureInfo.InvariantCulture;
        object? parsed = typeof(T) switch
        {
            var t when t == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            var t when t == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            var t when t == typeof(float) => float.TryParse(text, NumberStyles.Float, invariant, out var f) ? f : null,
            var t when t == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) ? d : null,
            _ => decimal.TryParse(text, NumberStyles.Float, invariant, out var m) ? m : null,
        };
        value = parsed is T typed ? typed : default;
        return parsed is T;
    }
}
