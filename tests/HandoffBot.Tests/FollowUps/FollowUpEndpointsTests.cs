using System.Net;
using HandoffBot.Tests.TestSupport;

namespace HandoffBot.Tests.FollowUps;

/// <summary>The follow-up API is for signed-in agents only.</summary>
public sealed class FollowUpEndpointsTests : LiveBot
{
    [Theory]
    [InlineData("GET", "api/agent/followups")]
    [InlineData("GET", "api/agent/followups/FU-0001")]
    [InlineData("POST", "api/agent/followups/FU-0001/close")]
    public async Task Anonymous_callers_get_401_not_a_redirect(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
