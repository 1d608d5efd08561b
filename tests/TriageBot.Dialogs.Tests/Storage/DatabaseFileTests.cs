using Microsoft.Data.Sqlite;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class DatabaseFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "state.db");

    [Fact]
    public void A_file_two_stores_registered_stays_open_for_the_second_when_the_first_is_disposed()
    {
        CreateDatabase();
        var first = DatabaseFile.Register(DatabasePath);
        using var second = DatabaseFile.Register(Path.Combine(_folder.Path, ".", "state.db"));

        first.Dispose();

        // A handle closed with the first would throw here; on Linux its closing would also have dropped the
        // POSIX locks SQLite holds on the file for the second store.
        Assert.True(second.Flush());
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(1, OpenDescriptors(DatabasePath));
        }
    }

    [Fact]
    public void The_handle_is_closed_when_the_last_store_is_disposed_and_opened_again_for_the_next()
    {
        CreateDatabase();
        var first = DatabaseFile.Register(DatabasePath);
        var second = DatabaseFile.Register(DatabasePath);

        second.Dispose();
        second.Dispose();
        first.Dispose();

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(0, OpenDescriptors(DatabasePath));
        }

        Assert.Throws<ObjectDisposedException>(() => first.Flush());
        using var next = DatabaseFile.Register(DatabasePath);
        Assert.True(next.Flush());
    }

    public void Dispose() => _folder.Dispose();

    private void CreateDatabase()
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (x)";
        command.ExecuteNonQuery();
    }

    /// <summary>This process's descriptors open on <paramref name="path"/>, from /proc (Linux).</summary>
    internal static int OpenDescriptors(string path)
    {
        var fullPath = Path.GetFullPath(path);
        return new DirectoryInfo("/proc/self/fd").EnumerateFiles().Count(fd => TryTarget(fd) == fullPath);
    }

    private static string? TryTarget(FileInfo descriptor)
    {
        try
        {
            return descriptor.LinkTarget;
        }
        catch (IOException)
        {
            // Closed by another thread while listed.
            return null;
        }
    }
}
