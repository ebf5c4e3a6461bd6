namespace HandoffBot.Hosting;

/// <summary>Resolves a configured data file or folder: rooted as is, else under the content root, else beside the app.</summary>
internal static class AppRelativePath
{
    public static string Resolve(string? path, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return string.Empty;
        }

        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var underContentRoot = Path.GetFullPath(Path.Combine(contentRoot, path));
        if (Path.Exists(underContentRoot))
        {
            return underContentRoot;
        }

        var underAppFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
        return Path.Exists(underAppFolder) ? underAppFolder : underContentRoot;
    }
}
