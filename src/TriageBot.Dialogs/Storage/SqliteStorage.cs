using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace TriageBot.Dialogs.Storage;

/// <summary>
/// State in one SQLite table (key, etag, json, updated_utc) in WAL mode, so a restarted process resumes
/// every conversation where it was. The schema is created on first use.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly Lock _schemaGate = new();

    // One writer at a time in this process: SQLite allows one anyway, and waiting here is a queue, where waiting
    // in SQLite's busy handler is a sleep of up to 100 ms at a time.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _schemaReady;

    public SqliteStorage(string databasePath, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        _path = databasePath;
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Pooled: opening the file and setting up WAL on every operation cost more than the turn itself.
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public SqliteStorage(SqliteStorageOptions options, string dataFolder, TimeProvider clock)
        : this((options ?? throw new ArgumentNullException(nameof(options))).ResolvePath(dataFolder), clock)
    {
    }

    public string DatabasePath => _path;

    /// <summary>Closes the pooled connections to the file (so it can be moved or deleted) and the write gate.</summary>
    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeGate.Dispose();
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        await RunAsync("read state", async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT etag, json FROM state_items WHERE key = $key";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                keyParameter.Value = key;
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                if (await reader.ReadAsync(cancellationToken))
                {
                    found[key] = new StoreItem(ParseStored(key, reader.GetString(1)), reader.GetString(0));
                }
            }
        }, cancellationToken);
        return found;
    }

    public Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var updated = FormatUtc(_clock.GetUtcNow());
        return RunWriteAsync("write state", async connection =>
        {
            // BEGIN IMMEDIATE: take the write lock before checking ETags, so check-then-write is atomic across processes.
            await using var transaction = connection.BeginTransaction();
            foreach (var (key, item) in changes)
            {
                var stored = await ReadETagAsync(connection, transaction, key, cancellationToken);
                if (!StoreItem.ETagMatches(item.ETag, stored))
                {
                    throw new StorageConcurrencyException(
                        $"Write of '{key}' was refused: it changed since it was read (ETag '{item.ETag}', stored '{stored ?? "none"}').");
                }

                await using var upsert = connection.CreateCommand();
                upsert.Transaction = transaction;
                upsert.CommandText = """
                    INSERT INTO state_items (key, etag, json, updated_utc) VALUES ($key, $etag, $json, $updated)
                    ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc
                    """;
                upsert.Parameters.AddWithValue("$key", key);
                upsert.Parameters.AddWithValue("$etag", Guid.NewGuid().ToString("N"));
                upsert.Parameters.AddWithValue("$json", item.Data.GetRawText());
                upsert.Parameters.AddWithValue("$updated", updated);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return RunWriteAsync("delete state", async connection =>
        {
            await using var transaction = connection.BeginTransaction();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM state_items WHERE key = $key";
            var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
            foreach (var key in keys)
            {
                keyParameter.Value = key;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken);
    }

    public async Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var cutoff = FormatUtc(time.GetUtcNow() - retention);
        var deleted = 0;
        await RunWriteAsync("purge old state", async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM state_items WHERE updated_utc < $cutoff";
            command.Parameters.AddWithValue("$cutoff", cutoff);
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
        return deleted;
    }

    // Fixed-width UTC text sorts in time order, so the purge can compare strings.
    private static string FormatUtc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static JsonElement ParseStored(string key, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            throw new StorageException($"Stored state '{key}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static async Task<string?> ReadETagAsync(
        SqliteConnection connection, SqliteTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM state_items WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private async Task RunWriteAsync(string operation, Func<SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(operation, work, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task RunAsync(string operation, Func<SqliteConnection, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            EnsureSchema(connection);
            await using (var pragma = connection.CreateCommand())
            {
                // With WAL, NORMAL syncs at checkpoints rather than on every commit: a crash of the process loses
                // nothing; a power cut may lose the last few turns, which the user can answer again.
                pragma.CommandText = "PRAGMA synchronous = NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            await work(connection);
        }
        catch (SqliteException ex)
        {
            throw new StorageException($"Could not {operation} in the SQLite database '{_path}': {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Could not {operation} in the SQLite database '{_path}': {ex.Message}", ex);
        }
    }

    private void EnsureSchema(SqliteConnection connection)
    {
        if (_schemaReady)
        {
            return;
        }

        lock (_schemaGate)
        {
            if (_schemaReady)
            {
                return;
            }

            using var command = connection.CreateCommand();
            // WAL lets a reader (another turn, the purge job) run while a turn is being saved.
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS state_items (
                    key TEXT NOT NULL PRIMARY KEY,
                    etag TEXT NOT NULL,
                    json TEXT NOT NULL,
                    updated_utc TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS ix_state_items_updated_utc ON state_items (updated_utc);
                """;
            command.ExecuteNonQuery();
            _schemaReady = true;
        }
    }
}
