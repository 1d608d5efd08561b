using Microsoft.Win32.SafeHandles;

namespace TriageBot.Dialogs.Storage;

/// <summary>
/// A handle on a SQLite database file, used only to flush it to disk (see <see cref="SqliteStorage"/>'s checkpoint).
/// One handle per file for the whole process, shared by every store that has the file open, and closed when the last
/// of them is disposed: on Linux, closing any descriptor of a file drops every POSIX lock the process holds on it,
/// SQLite's own included, so a handle closed while another store still used the file would take that store's locks.
/// Paths are compared in full; two different paths to one file (a link) would get a handle each.
/// </summary>
internal sealed class DatabaseFile : IDisposable
{
    private static readonly Dictionary<string, Shared> Registered = new(StringComparer.Ordinal);
    private readonly Shared _shared;
    private bool _disposed;

    private DatabaseFile(Shared shared) => _shared = shared;

    /// <summary>Registers a store that has the file at <paramref name="path"/> open; SQLite must have created it.</summary>
    public static DatabaseFile Register(string path)
    {
        var fullPath = Path.GetFullPath(path);
        lock (Registered)
        {
            if (!Registered.TryGetValue(fullPath, out var shared))
            {
                shared = new Shared(fullPath, TryOpen(fullPath));
                Registered.Add(fullPath, shared);
            }

            shared.Users++;
            return new DatabaseFile(shared);
        }
    }

    /// <summary>Writes to disk what the system holds of the file (fsync); false if the file could not be opened for it.</summary>
    public bool Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_shared.Handle is not { } handle)
        {
            return false;
        }

        RandomAccess.FlushToDisk(handle);
        return true;
    }

    public void Dispose()
    {
        lock (Registered)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (--_shared.Users == 0)
            {
                Registered.Remove(_shared.Path);
                _shared.Handle?.Dispose();
            }
        }
    }

    private static SafeFileHandle? TryOpen(string path)
    {
        try
        {
            // Never written through; opened for writing because Windows flushes only a file opened so.
            return File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file this process may only read: nothing it writes there needs flushing.
            return null;
        }
    }

    private sealed class Shared(string path, SafeFileHandle? handle)
    {
        public string Path { get; } = path;

        public SafeFileHandle? Handle { get; } = handle;

        public int Users { get; set; }
    }
}
