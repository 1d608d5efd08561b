using System.Runtime.CompilerServices;

namespace TriageBot.Cards.Tests.Support;

/// <summary>The test project's source folder: snapshots are rewritten there and the Node validator lives there.</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = Find();

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>
    /// Walks up from the test binaries (bin/Debug/net10.0) to the project file; the compile-time path is the
    /// fallback for an output folder elsewhere (it is wrong only when a build maps source paths away).
    /// </summary>
    private static string Find([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TriageBot.Cards.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        var fromSource = Path.GetDirectoryName(Path.GetDirectoryName(here))!;
        return File.Exists(Path.Combine(fromSource, "TriageBot.Cards.Tests.csproj"))
            ? fromSource
            : throw new InvalidOperationException($"Cannot find the TriageBot.Cards.Tests project folder above {AppContext.BaseDirectory}.");
    }
}
