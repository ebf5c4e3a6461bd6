namespace HandoffBot.Tests.TestSupport;

/// <summary>The repository the tests run from, found by walking up from the test assembly to HandoffBot.sln.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where tests leave files for people to look at (screenshots); ignored by git, kept by CI.</summary>
    public static string ArtifactsFolder(string name)
    {
        var folder = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HandoffBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"HandoffBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
