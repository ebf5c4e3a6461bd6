using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace HandoffBot.Tests.Agents;

/// <summary>
/// Password guessing against the console's sign-in, as an attacker would try it: wrong passwords in a row lock the
/// account (429 with Retry-After, the right password refused too) until the lockout ends, a supervisor sees it in the
/// audit, unknown ids are answered and locked like real ones, and one address is throttled whatever ids it tries.
/// </summary>
public sealed class SignInGuardTests : AgentHubHost
{
    [Fact]
    public async Task Twenty_wrong_passwords_lock_the_account_the_right_one_waits_for_the_lockout_and_a_supervisor_sees_it()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 20; i++)
        {
            using var wrong = await SignInAsync(http, "maya", "guess-" + i);
            statuses.Add(wrong.StatusCode);
            retryAfter ??= wrong.Headers.RetryAfter?.Delta;
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), statuses.Take(5));
        Assert.All(statuses.Skip(5), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.InRange(retryAfter!.Value.TotalSeconds, 1, 30);

        using (var during = await SignInAsync(http, "maya", "maya-demo"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, during.StatusCode);
            Assert.NotNull(during.Headers.RetryAfter);
        }

        Clock.Advance(TimeSpan.FromSeconds(31));
        using (var after = await SignInAsync(http, "maya", "maya-demo"))
        {
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }

        await using var lee = await SignInAsync("lee", connect: false);
        var audit = await lee.GetJsonAsync("api/agent/audit");
        var locked = Assert.Single(audit.EnumerateArray(), e => e.GetProperty("kind").GetString() == "signin-locked");
        Assert.Equal("maya", locked.GetProperty("agentId").GetString());
        Assert.Contains("5 wrong passwords in a row", locked.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await using var sam = await SignInAsync("sam", connect: false);
        using var forbidden = await sam.Http.GetAsync("api/agent/audit");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task An_unknown_account_is_answered_like_a_wrong_password_and_locked_the_same_way()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        var unknown = new List<(HttpStatusCode, string)>();
        var real = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 6; i++)
        {
            using var a = await SignInAsync(http, "nobody", "guess");
            unknown.Add((a.StatusCode, await a.Content.ReadAsStringAsync()));
            using var b = await SignInAsync(http, "sam", "guess");
            real.Add((b.StatusCode, await b.Content.ReadAsStringAsync()));
        }

        Assert.Equal(real.Select(r => r.Item1), unknown.Select(u => u.Item1));
        Assert.Equal(real.Select(r => Detail(r.Item2)), unknown.Select(u => Detail(u.Item2)));
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown[^1].Item1);
    }

    [Fact]
    public async Task One_address_trying_many_accounts_is_throttled()
    {
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var response = await SignInAsync(http, $"user{i}", "guess");
            statuses.Add(response.StatusCode);
        }

        // 30 a minute by default (an office behind one address signs in at the start of a shift).
        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[30]);
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, string agentId, string password) =>
        http.PostAsJsonAsync("api/agent/signin", new { agentId, password });

    private static string? Detail(string problem) => JsonDocument.Parse(problem).RootElement.GetProperty("detail").GetString();
}
