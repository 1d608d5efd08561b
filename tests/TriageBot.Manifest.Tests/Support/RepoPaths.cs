namespace TriageBot.Manifest.Tests.Support;

/// <summary>The clone's folders the tests read: the committed manifest and the Node schema check.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ManifestDirectory => Path.Combine(Root, "manifest");

    public static string NodeCheckDirectory => Path.Combine(Root, "tests", "TriageBot.Manifest.Tests", "js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.sln")) &&
                File.Exists(Path.Combine(dir.FullName, "manifest", "manifest.json")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No TriageBot.sln with manifest/ above {AppContext.BaseDirectory}");
    }
}
