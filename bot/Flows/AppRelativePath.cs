namespace HandoffBot.Flows;

/// <summary>Resolves a configured data file the way the CRM seed is: rooted as is, else under the content root, else beside the app.</summary>
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
        if (File.Exists(underContentRoot))
        {
            return underContentRoot;
        }

        var underAppFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
        return File.Exists(underAppFolder) ? underAppFolder : underContentRoot;
    }
}
