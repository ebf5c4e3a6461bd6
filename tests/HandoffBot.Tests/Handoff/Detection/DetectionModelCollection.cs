namespace HandoffBot.Tests.Handoff.Detection;

/// <summary>Shares one <see cref="DetectionModelFixture"/> (one model load) across the detection test classes.</summary>
[CollectionDefinition(Name)]
public sealed class DetectionModelCollection : ICollectionFixture<DetectionModelFixture>
{
    public const string Name = "Detection model";
}
