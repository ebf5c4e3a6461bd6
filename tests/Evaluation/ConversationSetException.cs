namespace HandoffBot.Evaluation;

/// <summary>A set folder or its <c>conversations.json</c> is missing or malformed; the message names the file and conversation.</summary>
public sealed class ConversationSetException(string message, Exception? inner = null) : Exception(message, inner);
