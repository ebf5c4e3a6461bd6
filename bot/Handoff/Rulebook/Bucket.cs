namespace HandoffBot.Handoff.Rulebook;

/// <summary>A category of customer requests, with example utterances; <see cref="Skill"/> is set for handoff buckets.</summary>
public sealed record Bucket(string Name, string Description, BucketAction Action, string? Skill, IReadOnlyList<string> Examples);
