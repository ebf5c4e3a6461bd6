using HandoffBot.Handoff;

namespace HandoffBot.Tests.TestSupport;

/// <summary>Agent availability a test controls: one agent per skill unless told otherwise.</summary>
public sealed class TestAgentAvailability : IAgentAvailability
{
    public int Available { get; set; } = 1;

    public Task<int> CountAvailableAsync(string skill, CancellationToken cancellationToken) => Task.FromResult(Available);
}
