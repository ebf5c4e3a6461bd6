namespace HandoffBot.Tests.TestSupport;

/// <summary>
/// The endpoint fuzzing saturates both cores for its seconds: it runs alone, after the parallel collections, so that
/// it never starves another test into a timeout.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}
