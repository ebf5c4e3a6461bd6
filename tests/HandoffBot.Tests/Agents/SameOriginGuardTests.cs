using System.Net;
using System.Net.Http.Json;

namespace HandoffBot.Tests.Agents;

/// <summary>A page on another site cannot use a signed-in agent's session to change anything or to open the live hub.</summary>
public sealed class SameOriginGuardTests : AgentHubHost
{
    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "same-site", HttpStatusCode.Forbidden)]
    [InlineData("Origin", "https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "same-origin", HttpStatusCode.OK)]
    [InlineData("Origin", "SELF", HttpStatusCode.OK)]
    [InlineData(null, null, HttpStatusCode.OK)]
    public async Task A_state_change_with_the_agent_session_must_come_from_the_consoles_own_origin(string? header, string? value, HttpStatusCode expected)
    {
        await using var maya = await SignInAsync("maya", connect: false);
        using var request = new HttpRequestMessage(HttpMethod.Put, "api/agent/presence") { Content = JsonContent.Create(new { presence = "away" }) };
        if (header is not null)
        {
            request.Headers.Add(header, value == "SELF" ? Host.BaseAddress.GetLeftPart(UriPartial.Authority) : value);
        }

        using var response = await maya.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Another_sites_page_cannot_open_the_live_hub_with_the_session()
    {
        await using var maya = await SignInAsync("maya", connect: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "hubs/agent/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await maya.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
