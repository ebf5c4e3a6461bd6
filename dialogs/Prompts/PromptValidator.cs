namespace HandoffBot.Dialogs.Prompts;

/// <summary>Decides whether a reply is acceptable. Called even when recognition failed.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
