using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Tests.Harness;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => Path.Combine(_folder.Path, "state.db");

    [Fact]
    public async Task The_schema_is_created_on_first_use_in_wal_mode()
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        Assert.False(File.Exists(DatabasePath));

        await storage.WriteAsync(One("k", new { v = 1 }));

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
        command.CommandText = "SELECT key || '|' || updated_utc FROM state_items";
        Assert.Equal("k|2026-11-01T09:00:00.0000000Z", command.ExecuteScalar() as string);
        // Stored as JSON text, so the sqlite3 shell and SQLite's JSON functions read it as such.
        command.CommandText = "SELECT typeof(json) || '|' || json_extract(json, '$.v') FROM state_items";
        Assert.Equal("text|1", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task A_database_from_an_earlier_version_loses_its_updated_utc_index_and_is_still_purged()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE state_items (key TEXT NOT NULL PRIMARY KEY, etag TEXT NOT NULL, json TEXT NOT NULL, updated_utc TEXT NOT NULL);
                CREATE INDEX ix_state_items_updated_utc ON state_items (updated_utc);
                INSERT INTO state_items VALUES ('old', 'e1', '{"v":1}', '2026-01-01T00:00:00.0000000Z');
                INSERT INTO state_items VALUES ('recent', 'e2', '{"v":2}', '2026-10-30T00:00:00.0000000Z');
                """;
            command.ExecuteNonQuery();
        }

        using var storage = new SqliteStorage(DatabasePath, Clock);
        var purged = await storage.PurgeOlderThanAsync(TimeSpan.FromDays(30), Clock);

        Assert.Equal(1, purged);
        Assert.Equal(["recent"], (await storage.ReadAsync(["old", "recent"])).Keys);
        using var check = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        check.Open();
        using var indexes = check.CreateCommand();
        indexes.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_state_items_updated_utc'";
        Assert.Equal(0L, indexes.ExecuteScalar());
    }

    [Fact]
    public async Task A_second_instance_over_the_same_file_sees_the_data_and_its_etags()
    {
        await new SqliteStorage(DatabasePath, Clock).WriteAsync(One("k", new { v = 1 }));
        var other = new SqliteStorage(DatabasePath, Clock);
        var item = (await other.ReadAsync(["k"]))["k"];
        await other.WriteAsync(One("k", new { v = 2 }, item.ETag));
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => new SqliteStorage(DatabasePath, Clock).WriteAsync(One("k", new { v = 3 }, item.ETag)));
    }

    [Fact]
    public async Task After_a_restart_state_is_read_from_the_file_with_no_object_handed_over()
    {
        await new SqliteStorage(DatabasePath, Clock).WriteAsync(
            new Dictionary<string, StoreItem> { ["k"] = new("""{"v":1}"""u8.ToArray(), null, new object()) });

        var item = (await new SqliteStorage(DatabasePath, Clock).ReadAsync(["k"]))["k"];

        Assert.False(item.TryTakeDecoded<object>(out _));
        Assert.Equal(1, item.Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task State_read_here_and_then_changed_by_another_process_is_refused_at_write_and_then_read_afresh()
    {
        var here = new SqliteStorage(DatabasePath, Clock);
        await here.WriteAsync(One("k", new { v = 1 }));
        var seen = (await here.ReadAsync(["k"]))["k"];
        var other = new SqliteStorage(DatabasePath, Clock);
        await other.WriteAsync(One("k", new { v = 2 }, (await other.ReadAsync(["k"]))["k"].ETag));

        // As when two turns race: the turn that read the older state is refused, and runs again on a fresh read.
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => here.WriteAsync(One("k", new { v = 3 }, seen.ETag)));
        var fresh = (await here.ReadAsync(["k"]))["k"];
        Assert.Equal(2, fresh.Data.GetProperty("v").GetInt32());
        await here.WriteAsync(One("k", new { v = 3 }, fresh.ETag));
    }

    [Fact]
    public async Task Another_process_write_is_read_here_once_this_store_has_written_anything()
    {
        var here = new SqliteStorage(DatabasePath, Clock);
        await here.WriteAsync(One("k", new { v = 1 }));
        Assert.Equal(1, (await here.ReadAsync(["k"]))["k"].Data.GetProperty("v").GetInt32());
        await new SqliteStorage(DatabasePath, Clock).WriteAsync(One("k", new { v = 2 }));

        await here.WriteAsync(One("another conversation", new { v = 1 }));

        Assert.Equal(2, (await here.ReadAsync(["k"]))["k"].Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task A_key_found_absent_is_remembered_until_this_store_writes_and_a_write_here_replaces_it_at_once()
    {
        var here = new SqliteStorage(DatabasePath, Clock);
        await here.WriteAsync(One("conversation", new { v = 1 }));
        Assert.False((await here.ReadAsync(["user"])).ContainsKey("user"));

        // Another process creates it: the absence is read from memory until this store's next write notices.
        await new SqliteStorage(DatabasePath, Clock).WriteAsync(One("user", new { v = 1 }));
        Assert.False((await here.ReadAsync(["user"])).ContainsKey("user"));
        await here.WriteAsync(One("conversation", new { v = 2 }));
        var user = (await here.ReadAsync(["user"]))["user"];
        Assert.Equal(1, user.Data.GetProperty("v").GetInt32());

        // A write here replaces what is kept, so a key written after it was found absent reads as written.
        Assert.False((await here.ReadAsync(["new user"])).ContainsKey("new user"));
        await here.WriteAsync(One("new user", new { v = 7 }));
        Assert.Equal(7, (await here.ReadAsync(["new user"]))["new user"].Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task Snapshots_are_rows_of_their_own_table_keyed_by_number()
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        var key = storage.NewSnapshotKey();
        await storage.WriteAsync(One(key, new { v = 1 }, StoreItem.NewItemETag));

        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 'snapshot/' || id || '|' || json_extract(json, '$.v') || '|' || updated_utc FROM snapshots";
        Assert.Equal($"{key}|1|2026-11-01T09:00:00.0000000Z", command.ExecuteScalar() as string);
        command.CommandText = "SELECT count(*) FROM state_items";
        Assert.Equal(0L, command.ExecuteScalar());
    }

    [Fact]
    public async Task A_deleted_snapshot_loses_its_text_at_once_keeps_its_size_and_goes_at_the_next_purge()
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        var (deleted, kept) = (storage.NewSnapshotKey(), storage.NewSnapshotKey());
        await storage.WriteAsync(One(deleted, new { words = "He said he was hit at home, Ünïcode" }, StoreItem.NewItemETag));
        await storage.WriteAsync(One(kept, new { words = "kept" }, StoreItem.NewItemETag));
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT group_concat(length(CAST(json AS BLOB)) || ':' || json, '|') FROM snapshots ORDER BY id";
        var before = rows.ExecuteScalar() as string;

        await storage.WriteAsync(new Dictionary<string, StoreItem> { [deleted] = StoreItem.Deletion });

        // Same length, so SQLite rewrites the row in place; no word of it left in the table.
        var after = Assert.IsType<string>(rows.ExecuteScalar());
        Assert.DoesNotContain("hit at home", after, StringComparison.Ordinal);
        Assert.Equal(before!.Split('|')[0].Split(':')[0], after.Split('|')[0].Split(':')[0]);
        Assert.StartsWith("null", after.Split('|')[0].Split(':')[1], StringComparison.Ordinal);
        Assert.Equal([kept], (await new SqliteStorage(DatabasePath, Clock).ReadAsync([deleted, kept])).Keys);

        // Nothing is old enough to purge, so none is counted; the blanked row goes all the same.
        Assert.Equal(0, await storage.PurgeOlderThanAsync(TimeSpan.FromDays(30), Clock));
        rows.CommandText = "SELECT count(*) FROM snapshots";
        Assert.Equal(1L, rows.ExecuteScalar());
    }

    [Fact]
    public async Task Snapshot_keys_after_a_restart_go_past_those_already_in_the_file()
    {
        string[] before;
        using (var first = new SqliteStorage(DatabasePath, Clock))
        {
            before = [first.NewSnapshotKey(), first.NewSnapshotKey()];
            foreach (var key in before)
            {
                await first.WriteAsync(One(key, new { v = 1 }, StoreItem.NewItemETag));
            }
        }

        using var restarted = new SqliteStorage(DatabasePath, Clock);
        var after = restarted.NewSnapshotKey();
        Assert.DoesNotContain(after, before);
        await restarted.WriteAsync(One(after, new { v = 2 }, StoreItem.NewItemETag));
        Assert.Equal(3, (await restarted.ReadAsync([.. before, after])).Count);
    }

    [Fact]
    public async Task A_snapshot_key_another_process_took_first_is_refused_and_the_next_key_is_past_it()
    {
        using var here = new SqliteStorage(DatabasePath, Clock);
        using var other = new SqliteStorage(DatabasePath, Clock);
        await here.WriteAsync(One("k", new { v = 1 }));
        await other.WriteAsync(One("k", new { v = 1 }));
        var mine = here.NewSnapshotKey();
        var theirs = other.NewSnapshotKey();
        Assert.Equal(mine, theirs);
        await other.WriteAsync(One(theirs, new { by = "other" }, StoreItem.NewItemETag));

        // As when two turns race: refused, nothing of it saved, and the turn run again takes a fresh key.
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => here.WriteAsync(One(mine, new { by = "here" }, StoreItem.NewItemETag)));
        Assert.Equal("other", (await here.ReadAsync([mine]))[mine].Data.GetProperty("by").GetString());
        var next = here.NewSnapshotKey();
        Assert.NotEqual(mine, next);
        await here.WriteAsync(One(next, new { by = "here" }, StoreItem.NewItemETag));
    }

    [Fact]
    public void The_default_path_is_triagebot_db_in_the_data_folder()
    {
        Assert.Equal(Path.Combine(_folder.Path, "triagebot.db"), new SqliteStorageOptions().ResolvePath(_folder.Path));
        Assert.Equal("/srv/state/bot.db", new SqliteStorageOptions { DatabasePath = "/srv/state/bot.db" }.ResolvePath(_folder.Path));
        var storage = new SqliteStorage(new SqliteStorageOptions { DatabasePath = "sub.db" }, _folder.Path, Clock);
        Assert.Equal(Path.Combine(_folder.Path, "sub.db"), storage.DatabasePath);
    }

    [Fact]
    public async Task A_corrupt_database_file_gives_a_storage_exception_naming_the_operation_and_the_problem()
    {
        await File.WriteAllTextAsync(DatabasePath, string.Concat(Enumerable.Repeat("this is not a database. ", 200)));
        var storage = new SqliteStorage(DatabasePath, Clock);

        var ex = await Assert.ThrowsAsync<StorageException>(() => storage.ReadAsync(["k"]));

        Assert.IsNotType<StorageConcurrencyException>(ex);
        Assert.Contains("Could not read state in the SQLite database", ex.Message, StringComparison.Ordinal);
        Assert.Contains(DatabasePath, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_database_file_gives_a_storage_exception_on_write()
    {
        using (var storage = new SqliteStorage(DatabasePath, Clock))
        {
            await storage.WriteAsync(One("k", new { v = 1 }));
        }

        // Disposing released the pooled connection: an open handle would still be allowed to write.
        MakeReadOnly(DatabasePath);
        using var again = new SqliteStorage(DatabasePath, Clock);
        try
        {
            var ex = await Assert.ThrowsAsync<StorageException>(() => again.WriteAsync(One("k", new { v = 2 })));
            Assert.Contains("Could not write state in the SQLite database", ex.Message, StringComparison.Ordinal);
            Assert.Contains("readonly", ex.Message.Replace("read-only", "readonly", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            MakeWritable(DatabasePath);
        }

        // Once the file is writable again, the same instance saves: it does not keep the connection that failed.
        await again.WriteAsync(One("k", new { v = 3 }));
        Assert.Equal(3, (await again.ReadAsync(["k"]))["k"].Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task A_database_in_a_folder_that_does_not_exist_gives_a_storage_exception()
    {
        var storage = new SqliteStorage(Path.Combine(_folder.Path, "missing", "state.db"), Clock);
        var ex = await Assert.ThrowsAsync<StorageException>(() => storage.WriteAsync(One("k", new { v = 1 })));
        Assert.Contains("unable to open database file", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{broken")]
    [InlineData("{\"v\":1} and more")]
    [InlineData("")]
    public async Task A_row_that_is_not_json_gives_a_storage_exception_naming_the_key(string stored)
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        await storage.WriteAsync(One("conversation/x", new { v = 1 }));
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE state_items SET json = $json";
            command.Parameters.AddWithValue("$json", stored);
            command.ExecuteNonQuery();
        }

        var ex = await Assert.ThrowsAsync<StorageException>(() => storage.ReadAsync(["conversation/x"]));
        Assert.Contains("'conversation/x' is not valid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_cancelled_while_it_waits_for_the_writer_is_not_saved()
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        await storage.WriteAsync(One("first", new { v = 0 }));
        using var cancel = new CancellationTokenSource();
        Task saving, waiting;
        using (HoldWrites())
        {
            // The first write takes the writer and waits on the lock; the second queues behind it and is cancelled.
            saving = Task.Run(() => storage.WriteAsync(One("first", new { v = 1 })));
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            waiting = Task.Run(() => storage.WriteAsync(One("cancelled", new { v = 2 }), cancel.Token));
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        }

        await saving;
        // The next write takes whatever is still queued: the cancelled one must have left the queue for good.
        await storage.WriteAsync(One("later", new { v = 3 }));
        var items = await storage.ReadAsync(["first", "cancelled"]);
        Assert.Equal(1, items["first"].Data.GetProperty("v").GetInt32());
        Assert.False(items.ContainsKey("cancelled"));
    }

    [Fact]
    public async Task A_write_after_the_writer_thread_has_ended_for_want_of_work_is_saved()
    {
        var storage = new SqliteStorage(DatabasePath, Clock) { WriterIdle = TimeSpan.FromMilliseconds(20) };
        await storage.WriteAsync(One("before", new { v = 1 }));
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        // Had the thread not ended cleanly (or no new one started), this write would wait for ever.
        await storage.WriteAsync(One("after", new { v = 2 })).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, (await storage.ReadAsync(["before", "after"])).Count);
    }

    [Fact]
    public async Task Under_writes_that_never_pause_the_wal_is_started_again_once_it_passes_its_bound_and_no_write_is_lost()
    {
        const long bound = 256;
        using var storage = new SqliteStorage(DatabasePath, Clock) { WalFramesBeforeRestart = bound };
        var padding = new string('x', 1500);

        // Four writers with no pause between writes: a checkpoint pass beside them never catches up with them, so
        // only a pass that holds them up can start the WAL again. 8,000 writes of 1.5 KB make over 8,000 frames.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                await storage.WriteAsync(One($"w{writer}-{i % 50}", new { i, padding }));
            }
        })));

        // SQLite writes over a started-again WAL without shrinking the file, so its length is the most it held.
        var walFrames = new FileInfo(DatabasePath + "-wal").Length / 4_120;
        storage.Dispose(); // Closes its connections before the new store opens the file; the using's second call does nothing.
        Assert.True(walFrames < 4_000, $"The WAL reached {walFrames} frames; it should start again soon after {bound}.");

        // Read by a new store, as after a restart of the bot: each key holds its last write, made after many restarts of the WAL.
        using var reopened = new SqliteStorage(DatabasePath, Clock);
        var lastWrites = Enumerable.Range(0, 4).SelectMany(writer => Enumerable.Range(0, 50).Select(k => (Key: $"w{writer}-{k}", I: 1_950 + k))).ToArray();
        var items = await reopened.ReadAsync([.. lastWrites.Select(write => write.Key)]);
        Assert.Equal(lastWrites.Length, items.Count);
        Assert.All(lastWrites, write => Assert.Equal(write.I, items[write.Key].Data.GetProperty("i").GetInt32()));
    }

    [Fact]
    public async Task A_disposed_store_refuses_writes_at_once()
    {
        var storage = new SqliteStorage(DatabasePath, Clock);
        await storage.WriteAsync(One("k", new { v = 1 }));
        storage.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(One("k", new { v = 2 })).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_disposed_store_leaves_no_descriptor_of_its_file_open()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var storage = new SqliteStorage(DatabasePath, Clock);
        await storage.WriteAsync(One("k", new { v = 1 }));
        Assert.True(DatabaseFileTests.OpenDescriptors(DatabasePath) >= 2, "the writer's connection and the handle kept for flushing");

        storage.Dispose();

        Assert.Equal(0, DatabaseFileTests.OpenDescriptors(DatabasePath));
    }

    public void Dispose() => _folder.Dispose();

    protected override IStorage CreateStorage() => new SqliteStorage(DatabasePath, Clock);

    /// <summary>Another connection's write lock: the store's writer waits in BEGIN IMMEDIATE and later writes queue behind it.</summary>
    protected override IDisposable? HoldWrites()
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        begin.ExecuteNonQuery();
        return connection;
    }

    private static Dictionary<string, StoreItem> One(string key, object value, string? etag = null) =>
        new() { [key] = new StoreItem(JsonSerializer.SerializeToElement(value), etag) };

    // Root ignores permission bits, so as root the file is made immutable instead (what a read-only mount does).
    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        if (Environment.IsPrivilegedProcess)
        {
            Chattr("+i", path);
        }
    }

    private static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.Normal);
            return;
        }

        if (Environment.IsPrivilegedProcess)
        {
            Chattr("-i", path);
        }

        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private static void Chattr(string flag, string path)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [flag, path]) { RedirectStandardError = true })
            ?? throw new InvalidOperationException("chattr could not be started");
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"chattr {flag} failed: {process.StandardError.ReadToEnd()}");
    }
}
