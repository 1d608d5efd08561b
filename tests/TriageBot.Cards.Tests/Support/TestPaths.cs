using System.Runtime.CompilerServices;

namespace TriageBot.Cards.Tests.Support;

/// <summary>The test project's source folder: snapshots are rewritten there and the Node validator lives there.</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = Path.GetDirectoryName(Folder())!;

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string Folder([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
