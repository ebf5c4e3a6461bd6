using System.Text;

namespace HandoffBot.Tests.Customers;

/// <summary>The shipped and shared customer seed files, and seed files written for a test.</summary>
internal static class CustomerTestFiles
{
    public static string ShippedSeedPath => Path.Combine(Repository.Root, "bot", "SampleData", "customers.json");

    public static string SharedDataSeedPath
    {
        get
        {
            var path = Path.Combine(Repository.SharedData, "support-eval-dev", "customers.json");
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
