namespace HandoffBot.Evaluation;

/// <summary>
/// The repository the tests and the evaluation command run from, found by walking up from the assembly to
/// HandoffBot.sln: the one place that knows where the repository and the shared data beside it are.
/// </summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder beside the repository root (<c>&lt;root&gt;/../shared/data</c>); may be missing.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

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
