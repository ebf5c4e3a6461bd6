using System.Text;

namespace HandoffBot.Tests.Customers;

/// <summary>Locates the repository (walking up to HandoffBot.sln) and writes seed files for a test.</summary>
internal static class CustomerTestFiles
{
    public static string RepositoryRoot
    {
        get
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

    public static string ShippedSeedPath => Path.Combine(RepositoryRoot, "bot", "SampleData", "customers.json");

    public static string SharedDataSeedPath
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "support-eval-dev", "customers.json"));
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"The shared data set is missing: {path} (see DESIGN.md, Testing).");
            }

            return path;
        }
    }

    public static string Write(string folder, string json, string name = "customers.json")
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json, new UTF8Encoding(false));
        return path;
    }
}
