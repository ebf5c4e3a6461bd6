namespace HandoffBot.Dialogs.Engine;

/// <summary>
/// The context a waterfall step runs in. It shares the stack of the waterfall's context, so a step can begin,
/// prompt, end or replace dialogs on it.
/// </summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parentWaterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parentWaterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack))
    {
        _parentWaterfall = parentWaterfall;
        Parent = dc.Parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>Gets the options the waterfall began with: typed this turn, a JObject after a reload. See <see cref="GetOptions{T}"/>.</summary>
    public object? Options { get; }

    /// <summary>Gets the values shared by all steps. Store JSON-friendly data; read it back with <see cref="GetValue{T}"/>.</summary>
    public IDictionary<string, object?> Values { get; }

    public DialogReason Reason { get; }

    /// <summary>Gets the result of the previous step's child dialog, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>Gets the options as <typeparamref name="T"/>, whether they are still typed or were reloaded as JSON.</summary>
    public T? GetOptions<T>()
    {
        return StateValue.To<T>(Options);
    }

    /// <summary>Gets a shared value as <typeparamref name="T"/>, or default when missing.</summary>
    public T? GetValue<T>(string key)
    {
        return Values.TryGetValue(key, out var value) ? StateValue.To<T>(value) : default;
    }

    /// <summary>Gets the previous step's result as <typeparamref name="T"/>.</summary>
    public T? GetResult<T>()
    {
        return StateValue.To<T>(Result);
    }

    /// <summary>Skips waiting and runs the next step with <paramref name="result"/>. Allowed once per step.</summary>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        Guard.NotCancellationToken(result, nameof(result));
        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): already called for step '{_parentWaterfall.Id}[{Index}]'.");
        }

        _nextCalled = true;
        return await _parentWaterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
