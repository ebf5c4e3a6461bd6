using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace HandoffBot.Tests.Teams;

/// <summary>deployment/teams/package.sh builds the package a Teams admin uploads: the manifest with the bot's app id, and its icons.</summary>
public sealed class TeamsAppPackageTests
{
    private const string AppId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public async Task The_package_holds_a_manifest_for_this_bot_in_every_scope_and_icons_of_the_required_sizes()
    {
        using var folder = new TempDirectory();
        var zip = folder.File("teams.zip");

        var (exitCode, output) = await RunAsync(AppId, zip);

        Assert.True(exitCode == 0, output);
        await using var archive = await ZipFile.OpenReadAsync(zip, CancellationToken.None);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(await ReadAsync(archive, "manifest.json"));
        var root = manifest.RootElement;
        Assert.True(Version.Parse(root.GetProperty("manifestVersion").GetString()!) >= new Version(1, 17));
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(AppId, bot.GetProperty("botId").GetString());
        Assert.Equal(["groupChat", "personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
        Assert.DoesNotContain("{{", manifest.RootElement.ToString(), StringComparison.Ordinal);

        // Agents' replies in a case's thread reach the bot without mentioning it: the team consents to channel messages.
        Assert.Equal(AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        var rsc = root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray();
        Assert.Contains(rsc, p => p.GetProperty("name").GetString() == "ChannelMessage.Read.Group" && p.GetProperty("type").GetString() == "Application");
        Assert.Equal((192, 192), PngSize(await ReadAsync(archive, "color.png")));
        Assert.Equal((32, 32), PngSize(await ReadAsync(archive, "outline.png")));
    }

    [Fact]
    public async Task Something_that_is_not_an_app_id_is_refused_by_name()
    {
        using var folder = new TempDirectory();

        var (exitCode, output) = await RunAsync("my-bot", folder.File("teams.zip"));

        Assert.Equal(2, exitCode);
        Assert.Contains("'my-bot' is not an app id", output, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("teams.zip")));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "deployment", "teams", "package.sh"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<byte[]> ReadAsync(ZipArchive archive, string name)
    {
        await using var stream = await archive.GetEntry(name)!.OpenAsync(CancellationToken.None);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    // Width and height from the PNG header (IHDR starts at byte 16).
    private static (int Width, int Height) PngSize(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
}
