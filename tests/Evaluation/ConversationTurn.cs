using System.Text.Json.Nodes;

namespace HandoffBot.Evaluation;

/// <summary>One customer message of a labeled conversation, with optional channel data (page context).</summary>
public sealed record ConversationTurn(string Text, JsonObject? ChannelData);
