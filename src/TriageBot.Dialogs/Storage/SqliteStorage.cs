using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace TriageBot.Dialogs.Storage;

/// <summary>
/// State in SQLite, in WAL mode, so a restarted process resumes every conversation where it was: items in one table
/// (key, etag, json, updated_utc), and the snapshots <see cref="NewSnapshotKey"/> names in another, by number. The
/// schema is created on first use.
/// </summary>
/// <remarks>
/// The connections are this class's own and keep their statements prepared: one writer, used by one turn at a time,
/// and a few readers. Opening a pooled connection and preparing the statements again on every operation cost as
/// much as the SQL itself. Other processes may use the same file: BEGIN IMMEDIATE and the ETag in the UPDATE's
/// WHERE clause keep check-then-write atomic across them.
/// <para>
/// Items read, and keys found absent, are kept in memory (<see cref="ReadCache"/>) and kept current by this store's writes: under load,
/// reading each turn's state back from SQLite cost more than the write, because every commit empties the other
/// connections' page caches. A write by another process is noticed when this store next writes (SQLite's
/// <c>data_version</c> changes, and everything kept is dropped); a turn that read older state before then is refused
/// by the ETag check, as when two turns race, and run again.
/// </para>
/// </remarks>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private const int ReadersKept = 8;

    /// <summary>Writes between checkpoints: a turn writes a few WAL frames of 4 KB, so a few MB for each pass to copy.</summary>
    private const int WritesPerCheckpoint = 500;

    /// <summary>Writes saved in one transaction at most, so the first in a long queue is not kept waiting for the last.</summary>
    private const int MaxBatch = 32;

    /// <summary>Items kept in memory at most: two per conversation (its state and its user's) for 2,000 conversations.</summary>
    private const int ItemsKept = 4096;

    /// <summary>Checkpoint passes beside the writer at most, before the one under the write gate.</summary>
    private const int PassesBesideTheWriter = 4;

    /// <summary>New WAL frames (4 KB pages) few enough to leave to the checkpoint's pass under the write gate: about 20 turns.</summary>
    private const int FramesLeftForTheGate = 64;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeProvider _clock;

    // One writer at a time in this process: SQLite allows one anyway, and waiting here is a queue, where waiting
    // in SQLite's busy handler is a sleep of up to 100 ms at a time. The writer thread takes it for each batch; the
    // rare deletes and purges, the checkpoint's last step and Dispose take it too.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly ConcurrentBag<ReadConnection> _readers = [];
    private readonly ConcurrentQueue<PendingWrite> _pending = new();
    private readonly ManualResetEventSlim _writesQueued = new(initialState: false, spinCount: 10);
    private readonly ReadCache _cache = new(ItemsKept);
    private readonly ILogger _logger;
    private WriteConnection? _writer;
    private DatabaseFile? _file;
    private Thread? _writerThread;
    private int _writerRunning;
    private int _writesSinceCheckpoint;
    private long _lastSnapshotId;
    private Task _checkpoint = Task.CompletedTask;
    private volatile bool _schemaReady;
    private volatile bool _disposed;

    public SqliteStorage(string databasePath, TimeProvider clock, ILogger<SqliteStorage>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(clock);
        _path = databasePath;
        _clock = clock;
        _logger = logger ?? NullLogger<SqliteStorage>.Instance;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // The connections are held here, so the driver's pool would only keep closed ones open.
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
    }

    public SqliteStorage(SqliteStorageOptions options, string dataFolder, TimeProvider clock, ILogger<SqliteStorage>? logger = null)
        : this((options ?? throw new ArgumentNullException(nameof(options))).ResolvePath(dataFolder), clock, logger)
    {
    }

    public string DatabasePath => _path;

    /// <summary>How long the writer thread waits for another write before it ends (the next write starts a new one).</summary>
    internal TimeSpan WriterIdle { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// WAL frames (4 KB pages) past which a checkpoint holds up writes to start the WAL again: 64 MB, 1.5-3 seconds
    /// of turns at 2,000 a second. Below it the WAL starts again whenever a checkpoint catches up.
    /// </summary>
    internal long WalFramesBeforeRestart { get; init; } = 16_384;

    /// <summary>Closes every connection to the file, so it can be moved or deleted.</summary>
    public void Dispose()
    {
        // Checked before the gate too: a second Dispose would wait on a gate the first one disposed.
        if (_disposed)
        {
            return;
        }

        Task checkpoint;
        _writeGate.Wait();
        try
        {
            _disposed = true;
            checkpoint = _checkpoint;
        }
        finally
        {
            _writeGate.Release();
        }

        // Outside the gate: a checkpoint under way takes the gate for its last step (and then sees it is disposed),
        // and the writer thread, woken, sees it is disposed and ends.
        checkpoint.Wait();
        _writesQueued.Set();
        _writerThread?.Join();
        while (_pending.TryDequeue(out var left))
        {
            if (left.TryTake())
            {
                left.Complete(new ObjectDisposedException(nameof(SqliteStorage)));
            }
        }

        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
            while (_readers.TryTake(out var reader))
            {
                reader.Dispose();
            }

            _cache.Clear();
            // After this store's connections: see DatabaseFile.
            _file?.Dispose();
        }
        finally
        {
            _writeGate.Release();
        }

        _writeGate.Dispose();
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        List<string>? missed = null;
        foreach (var key in keys)
        {
            if (_cache.TryGet(key, out var item))
            {
                if (item is not null)
                {
                    found[key] = item;
                }
            }
            else
            {
                (missed ??= []).Add(key);
            }
        }

        if (missed is null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return found;
        }

        var since = _cache.BeginRead(missed);
        try
        {
            return await WithReaderAsync("read state", reader =>
            {
                foreach (var key in missed)
                {
                    if (found.ContainsKey(key))
                    {
                        continue;
                    }

                    var item = reader.Read(key) is { } row ? new StoreItem(CheckedJson(key, row.Json), row.ETag) : null;
                    if (item is not null)
                    {
                        found[key] = item;
                    }

                    _cache.AddRead(key, item, since);
                }

                return found;
            }, cancellationToken);
        }
        finally
        {
            _cache.EndRead(missed);
        }
    }

    /// <summary>
    /// Saves with group commit: the write is queued, and the writer thread saves what is queued (up to
    /// <see cref="MaxBatch"/> writes) in one transaction, each under its own savepoint, so a refused ETag undoes only
    /// its own write. Under load many turns then share one lock and one commit; with no contention a write is a batch
    /// of one. The thread is the writer's own: taking turns at a lock, each caller whose write another had already
    /// saved still had to take the lock and let it go, one thread-pool hop after another, while new writes waited
    /// behind them (at 2,000 turns a second, 10-30 ms).
    /// </summary>
    public async Task WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var write = new PendingWrite(changes, FormatUtc(_clock.GetUtcNow()));
        _pending.Enqueue(write);
        // Disposed as it was queued: the writer thread may have ended, and Dispose emptied the queue already.
        ObjectDisposedException.ThrowIf(_disposed && write.TryWithdraw(), this);

        WakeWriter();
        try
        {
            await write.Completion.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !write.TryWithdraw())
        {
            // Too late to withdraw: the writer has taken it into a batch, so its outcome is this write's.
            await write.Completion;
        }
    }

    private void WakeWriter()
    {
        _writesQueued.Set();
        if (Volatile.Read(ref _writerRunning) == 0 && Interlocked.CompareExchange(ref _writerRunning, 1, 0) == 0)
        {
            var thread = new Thread(WriteLoop) { IsBackground = true, Name = "SQLite state writer" };
            _writerThread = thread;
            thread.Start();
        }
    }

    /// <summary>The writer thread: saves what is queued, batch by batch; ends when disposed or idle.</summary>
    private void WriteLoop()
    {
        while (!_disposed)
        {
            _writesQueued.Reset();
            if (_pending.IsEmpty)
            {
                if (_writesQueued.Wait(WriterIdle))
                {
                    continue;
                }

                // Idle: end, unless a write was queued as the thread gave up and no new thread has started for it.
                Volatile.Write(ref _writerRunning, 0);
                if (_pending.IsEmpty || Interlocked.CompareExchange(ref _writerRunning, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            _writeGate.Wait();
            try
            {
                if (!_disposed)
                {
                    SaveBatch(TakePending());
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }

        Volatile.Write(ref _writerRunning, 0);
    }

    private List<PendingWrite> TakePending()
    {
        var batch = new List<PendingWrite>();
        while (batch.Count < MaxBatch && _pending.TryDequeue(out var queued))
        {
            if (queued.TryTake())
            {
                batch.Add(queued);
            }
        }

        return batch;
    }

    /// <summary>Saves <paramref name="batch"/> in one transaction and completes each write with its own outcome. Under the write gate.</summary>
    private void SaveBatch(List<PendingWrite> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var refusals = new StorageConcurrencyException?[batch.Count];
        var saved = new List<(string Key, StoreItem Item)>[batch.Count];
        try
        {
            var writer = OpenWriter();
            writer.InTransaction(() =>
            {
                // Holding the write lock: what another process committed meanwhile may be kept here out of date.
                // A turn that read it is refused by the ETag check below and runs again, on a fresh read.
                if (writer.OthersCommitted())
                {
                    _cache.Clear();
                    // Another process may have saved snapshots with the numbers handed out here: such a write is
                    // refused as a stale ETag, and the turn, run again, gets a number past them.
                    NumberSnapshotsPast(writer.HighestSnapshotId());
                }

                if (batch.Count == 1)
                {
                    // Alone, a refusal rolls the transaction back: no savepoint to pay for.
                    saved[0] = Apply(writer, batch[0].Changes, batch[0].Updated);
                    return;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    var write = batch[i];
                    refusals[i] = writer.InSavepoint(() => saved[i] = Apply(writer, write.Changes, write.Updated));
                }
            });
            ScheduleCheckpoint(batch.Count);
        }
        catch (StorageConcurrencyException ex)
        {
            batch[0].Complete(ex);
            return;
        }
        catch (Exception ex)
        {
            // Every write taken must be completed: the callers whose writes were in this batch are waiting on them.
            var failure = IsStorageFailure(ex) ? WriterFailed("write state", ex) : ex;
            foreach (var write in batch)
            {
                write.Complete(failure);
            }

            return;
        }

        // Kept current before the callers go on, so that their next read finds what they wrote. A refused write
        // changed nothing, so what is kept for its keys is still what is stored.
        for (var i = 0; i < batch.Count; i++)
        {
            if (refusals[i] is null)
            {
                foreach (var (key, item) in saved[i])
                {
                    _cache.Written(key, item);
                }
            }

            batch[i].Complete(refusals[i]);
        }
    }

    /// <summary>Applies one write's changes; returns each item as now stored, with its new ETag.</summary>
    private List<(string Key, StoreItem Item)> Apply(WriteConnection writer, IReadOnlyDictionary<string, StoreItem> changes, string updated)
    {
        var saved = new List<(string Key, StoreItem Item)>(changes.Count);
        foreach (var (key, item) in changes)
        {
            if (item.IsDeletion)
            {
                writer.Delete(key);
                saved.Add((key, item));
                continue;
            }

            if (StateKeys.TryParseSnapshot(key, out var snapshot))
            {
                // Written under a number not handed out here: new keys go past it.
                NumberSnapshotsPast(snapshot);
            }

            // UTF-8 bytes: no UTF-16 string to build for the driver to transcode back.
            var json = item.Utf8JsonArray();
            var etag = NewETag();
            var written = item.ETag switch
            {
                null or StoreItem.AnyETag => writer.Upsert(key, etag, json, updated),
                StoreItem.NewItemETag => writer.Insert(key, etag, json, updated),
                var expected => writer.Update(key, expected, etag, json, updated),
            };
            if (!written)
            {
                throw StorageConcurrencyException.Refused(key, item.ETag, writer.ReadETag(key));
            }

            saved.Add((key, item.WithETag(etag)));
        }

        return saved;
    }

    private static string NewETag() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Copies the WAL into the database every <see cref="WritesPerCheckpoint"/> writes, off the turn's path. SQLite's
    /// own checkpoint runs inside the commit that crosses its threshold, and that turn waited for the copy and two
    /// fsyncs (the p99). Here a PASSIVE pass does the copying beside the writer; see <see cref="Checkpoint"/> for when
    /// one holds the write gate.
    /// Called under the write gate.
    /// </summary>
    private void ScheduleCheckpoint(int writes)
    {
        _writesSinceCheckpoint += writes;
        if (_writesSinceCheckpoint < WritesPerCheckpoint || !_checkpoint.IsCompleted)
        {
            return;
        }

        _writesSinceCheckpoint = 0;
        // A thread of its own: the copying and its fsyncs block for milliseconds, and a thread-pool thread blocked
        // that long is one of two serving requests on a two-core machine.
        _checkpoint = Task.Factory.StartNew(Checkpoint, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>
    /// One PASSIVE pass beside the writer. If no write came in meanwhile, it copied the whole WAL and the next write
    /// starts the WAL again from its beginning. Otherwise the WAL grows, and the next checkpoint goes on from there,
    /// until it holds <see cref="WalFramesBeforeRestart"/> frames; then more passes and a last one under the write
    /// gate copy it all, so that the next write starts it again. That last pass, having copied everything, truncates
    /// and syncs the database file (flushed just before it, see <see cref="FlushDatabaseFile"/>). Taken at every
    /// checkpoint, the gate held writes up for 2-20 ms four times a second at 2,000 turns a second, and about half of
    /// the turns over 10 ms came just after it.
    /// </summary>
    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            var frames = CheckpointPass(command);
            if (frames < WalFramesBeforeRestart)
            {
                return;
            }

            CopyMostOfTheWal(command, frames);
            FlushDatabaseFile();
            _writeGate.Wait();
            try
            {
                if (!_disposed)
                {
                    command.ExecuteNonQuery();
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            // Nothing is lost: the turns are in the WAL, and the next checkpoint copies them.
            _logger.LogWarning("A background checkpoint of the state database failed ({ExceptionType}); the next one will retry.", ex.GetType().Name);
        }
    }

    /// <summary>
    /// Writes the pages the passes beside the writer copied into the database file to disk, before the pass under the
    /// write gate. SQLite syncs that file only in a pass that copies the whole WAL, which is the one under the gate, and
    /// its fsync then waited for every page copied since the WAL last started again: 19-30 ms with every write held
    /// (perf trace). Flushed here first, the pass under the gate took about 3 ms.
    /// </summary>
    private void FlushDatabaseFile()
    {
        try
        {
            _file?.Flush();
        }
        catch (IOException ex)
        {
            // Nothing is lost: the pass under the gate syncs the file itself, only slower.
            _logger.LogWarning("Flushing the state database before a checkpoint failed ({ExceptionType}); the checkpoint goes on.", ex.GetType().Name);
        }
    }

    /// <summary>
    /// Passes beside the writer, while each finds more than <see cref="FramesLeftForTheGate"/> new frames (turns saved
    /// during the pass before), at most <see cref="PassesBesideTheWriter"/>, so the pass under the write gate copies
    /// only those few: one pass beside the writer left it the 60-odd turns saved meanwhile, and writes waited
    /// 25-35 ms behind it.
    /// </summary>
    private static void CopyMostOfTheWal(SqliteCommand checkpoint, long framesBefore)
    {
        for (var pass = 0; pass < PassesBesideTheWriter; pass++)
        {
            var frames = CheckpointPass(checkpoint);
            if (frames - framesBefore <= FramesLeftForTheGate)
            {
                return;
            }

            framesBefore = frames;
        }
    }

    /// <summary>One PRAGMA wal_checkpoint; returns the frames the WAL held when the pass began.</summary>
    private static long CheckpointPass(SqliteCommand checkpoint)
    {
        // It returns (busy, frames in the WAL, frames copied).
        using var result = checkpoint.ExecuteReader();
        return result.Read() ? result.GetInt64(1) : 0;
    }

    /// <summary>
    /// The next number past every snapshot this store has seen in the file. Snapshots are rows of their own table, keyed by
    /// that number: each new one is appended to the table's last page, which the snapshots saved in the same batch share,
    /// and there is no index to update. As items, under their text keys, each took a page of the key's index and a page
    /// of the table, and its deletion freed both: most of the WAL a turn wrote.
    /// </summary>
    public string NewSnapshotKey()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_schemaReady)
        {
            // Numbered from the file's highest, which the writer reads when it opens. Once only: a turn reads its
            // state, which opens the writer, before it asks for a key.
            _writeGate.Wait();
            WithGateTaken("number a snapshot", _ => { });
        }

        return StateKeys.ForSnapshot(Interlocked.Increment(ref _lastSnapshotId));
    }

    /// <summary>Numbers new snapshots past <paramref name="highest"/>, the highest in the file. Under the write gate.</summary>
    private void NumberSnapshotsPast(long highest)
    {
        var last = Volatile.Read(ref _lastSnapshotId);
        while (last < highest)
        {
            var seen = Interlocked.CompareExchange(ref _lastSnapshotId, highest, last);
            if (seen == last)
            {
                return;
            }

            last = seen;
        }
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return WithWriterAsync("delete state", writer =>
        {
            try
            {
                writer.InTransaction(() =>
                {
                    foreach (var key in keys)
                    {
                        writer.Delete(key);
                    }
                });
            }
            finally
            {
                foreach (var key in keys)
                {
                    _cache.Forget(key);
                }
            }
        }, cancellationToken);
    }

    /// <summary>Also removes the rows of deleted snapshots, whatever their age (blanked, not deleted: see the write connection's statements); they are not counted.</summary>
    public async Task<int> PurgeOlderThanAsync(TimeSpan retention, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        var cutoff = FormatUtc(time.GetUtcNow() - retention);

        // The scan runs on a reader, beside the writer, so turns are not kept waiting while it reads the whole table.
        // Each row is then deleted only if it is still older than the cutoff: one saved since the scan is kept.
        var expired = await WithReaderAsync("find old state", reader => reader.KeysUpdatedBefore(cutoff), cancellationToken);
        var deleted = 0;
        await WithWriterAsync("purge old state", writer =>
        {
            try
            {
                // One transaction: one commit for the lot, and all or none of them go.
                writer.InTransaction(() =>
                {
                    foreach (var key in expired)
                    {
                        deleted += writer.DeleteIfUpdatedBefore(key, cutoff);
                    }
                });
            }
            finally
            {
                // Personal data is kept no longer in memory than in the file.
                _cache.Clear();
            }
        }, cancellationToken);
        return deleted;
    }

    // Fixed-width UTC text sorts in time order, so the purge can compare strings.
    private static string FormatUtc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="json"/> once it is known to be JSON, so a damaged row is reported here, naming its key, and not
    /// as a puzzle wherever it is read. Only reads that miss the cache get here.
    /// </summary>
    private static byte[] CheckedJson(string key, byte[] json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            reader.Skip();
            // Past the value: throws if anything but white space follows it.
            reader.Read();
            return json;
        }
        catch (JsonException ex)
        {
            throw new StorageException($"Stored state '{key}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static bool IsStorageFailure(Exception ex) => ex is SqliteException or IOException or UnauthorizedAccessException;

    private StorageException Failure(string operation, Exception ex) =>
        new($"Could not {operation} in the SQLite database '{_path}': {ex.Message}", ex);

    private void Return(ReadConnection reader)
    {
        if (_disposed || _readers.Count >= ReadersKept)
        {
            reader.Dispose();
            return;
        }

        _readers.Add(reader);
    }

    private async Task<T> WithReaderAsync<T>(string operation, Func<ReadConnection, T> work, CancellationToken cancellationToken)
    {
        if (!_schemaReady)
        {
            // The writer creates the schema when it opens; a reader on a new file would find no table.
            await WithWriterAsync(operation, _ => { }, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested();
        ReadConnection? reader = null;
        try
        {
            reader = _readers.TryTake(out var kept) ? kept : new ReadConnection(_connectionString);
            return work(reader);
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            reader?.Dispose();
            reader = null;
            throw Failure(operation, ex);
        }
        finally
        {
            if (reader is not null)
            {
                Return(reader);
            }
        }
    }

    private async Task WithWriterAsync(string operation, Action<WriteConnection> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        WithGateTaken(operation, work);
    }

    /// <summary>Runs <paramref name="work"/> on the writer, the write gate taken by the caller; lets the gate go.</summary>
    private void WithGateTaken(string operation, Action<WriteConnection> work)
    {
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            work(OpenWriter());
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            throw WriterFailed(operation, ex);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>The writer, opened (and the schema created) on first use. Under the write gate.</summary>
    private WriteConnection OpenWriter()
    {
        if (_writer is null)
        {
            _writer = WriteConnection.Open(_connectionString);
            // Now that SQLite has created the file. Once for the store: its connections all open after this one.
            _file ??= DatabaseFile.Register(_path);
            // What was kept in memory while there was no writer to notice other processes' commits may be out of date.
            _cache.Clear();
            NumberSnapshotsPast(_writer.HighestSnapshotId());
        }

        _schemaReady = true;
        return _writer;
    }

    /// <summary>The error to report; the next operation opens a fresh connection rather than trusting one that failed mid-transaction.</summary>
    private StorageException WriterFailed(string operation, Exception ex)
    {
        _writer?.Dispose();
        _writer = null;
        return Failure(operation, ex);
    }

    /// <summary>A write waiting for the writer: queued, then withdrawn by its caller or taken into a batch, then completed.</summary>
    private sealed class PendingWrite(IReadOnlyDictionary<string, StoreItem> changes, string updated)
    {
        private const int Queued = 0, Taken = 1, Withdrawn = 2;
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _state;

        public IReadOnlyDictionary<string, StoreItem> Changes => changes;

        public string Updated => updated;

        public Task Completion => _done.Task;

        public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

        public bool TryWithdraw() => Interlocked.CompareExchange(ref _state, Withdrawn, Queued) == Queued;

        public void Complete(Exception? failure)
        {
            if (failure is null)
            {
                _done.TrySetResult();
            }
            else
            {
                _done.TrySetException(failure);
            }
        }
    }

    /// <summary>The ETag of a deleted snapshot's row, until the purge removes it; as long as a real one, which is hex.</summary>
    private const string BlankETag = "--------------------------------";

    /// <summary>
    /// Where an item's key lives: a snapshot's number in the snapshots table, any other key as text in the items table.
    /// Returns the table and the value to bind to <c>$key</c>.
    /// </summary>
    private static (bool Snapshot, object Key) Locate(string key) =>
        StateKeys.TryParseSnapshot(key, out var id) ? (true, id) : (false, key);

    /// <summary>A connection that only reads, with its SELECTs prepared once.</summary>
    private sealed class ReadConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _selectItem;
        private readonly SqliteCommand _selectSnapshot;

        public ReadConnection(string connectionString)
        {
            _connection = new SqliteConnection(connectionString);
            try
            {
                _connection.Open();
                _selectItem = Prepare(_connection, "SELECT etag, json FROM state_items WHERE key = $key", SqliteType.Text, "$key");
                _selectSnapshot = Prepare(_connection, $"SELECT etag, json FROM snapshots WHERE id = $key AND etag <> '{BlankETag}'", SqliteType.Integer, "$key");
            }
            catch
            {
                _connection.Dispose();
                throw;
            }
        }

        // The JSON is read as its UTF-8 bytes, as SQLite stores it: no UTF-16 string to build and transcode back.
        public (string ETag, byte[] Json)? Read(string key)
        {
            var (snapshot, value) = Locate(key);
            var select = snapshot ? _selectSnapshot : _selectItem;
            select.Parameters[0].Value = value;
            using var reader = select.ExecuteReader();
            return reader.Read() ? (reader.GetString(0), reader.GetFieldValue<byte[]>(1)) : null;
        }

        public List<string> KeysUpdatedBefore(string cutoff)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"""
                SELECT key, NULL FROM state_items WHERE updated_utc < $cutoff
                UNION ALL
                SELECT NULL, id FROM snapshots WHERE updated_utc < $cutoff OR etag = '{BlankETag}'
                """;
            command.Parameters.AddWithValue("$cutoff", cutoff);
            using var reader = command.ExecuteReader();
            var keys = new List<string>();
            while (reader.Read())
            {
                keys.Add(reader.IsDBNull(0) ? StateKeys.ForSnapshot(reader.GetInt64(1)) : reader.GetString(0));
            }

            return keys;
        }

        public void Dispose()
        {
            _selectItem.Dispose();
            _selectSnapshot.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>The one connection that writes, with every statement prepared once; used under the write gate only.</summary>
    private sealed class WriteConnection : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly List<SqliteCommand> _commands = [];
        private readonly SqliteCommand _begin;
        private readonly SqliteCommand _commit;
        private readonly SqliteCommand _rollback;
        private readonly SqliteCommand _savepoint;
        private readonly SqliteCommand _release;
        private readonly SqliteCommand _rollbackToSavepoint;
        private readonly SqliteCommand _dataVersion;
        private readonly SqliteCommand _highestSnapshot;
        private readonly TableStatements _items;
        private readonly TableStatements _snapshots;
        private long _seenVersion;

        private WriteConnection(SqliteConnection connection)
        {
            _connection = connection;
            using (var setup = connection.CreateCommand())
            {
                // WAL lets readers (other turns, the purge job) run while a turn is being saved. With WAL, NORMAL syncs
                // at checkpoints rather than on every commit: a crash of the process loses nothing; a power cut may
                // lose the last few turns, which the user can answer again.
                setup.CommandText = """
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = NORMAL;
                    PRAGMA wal_autocheckpoint = 0; -- see ScheduleCheckpoint
                    CREATE TABLE IF NOT EXISTS state_items (
                        key TEXT NOT NULL PRIMARY KEY,
                        etag TEXT NOT NULL,
                        json TEXT NOT NULL,
                        updated_utc TEXT NOT NULL);
                    -- No index on updated_utc: every save would move the row's entry in it (a quarter of the WAL writes
                    -- of a turn) for a purge that runs once an hour and can scan beside the writer. Earlier files had one.
                    DROP INDEX IF EXISTS ix_state_items_updated_utc;
                    -- Keyed by the rowid itself: see NewSnapshotKey.
                    CREATE TABLE IF NOT EXISTS snapshots (
                        id INTEGER PRIMARY KEY,
                        etag TEXT NOT NULL,
                        json TEXT NOT NULL,
                        updated_utc TEXT NOT NULL);
                    """;
                setup.ExecuteNonQuery();
            }

            // IMMEDIATE takes the write lock before the ETags are checked, so no other process can write in between.
            _begin = Add("BEGIN IMMEDIATE");
            _commit = Add("COMMIT");
            _rollback = Add("ROLLBACK");
            _savepoint = Add("SAVEPOINT write");
            _release = Add("RELEASE write");
            _rollbackToSavepoint = Add("ROLLBACK TO write");
            _dataVersion = Add("PRAGMA data_version");
            _seenVersion = DataVersion();
            _highestSnapshot = Add("SELECT coalesce(max(id), 0) FROM snapshots");
            _items = new TableStatements(this, "state_items", "key", SqliteType.Text, blanks: false);
            _snapshots = new TableStatements(this, "snapshots", "id", SqliteType.Integer, blanks: true);
        }

        public static WriteConnection Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                return new WriteConnection(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public void InTransaction(Action work)
        {
            _begin.ExecuteNonQuery();
            try
            {
                work();
                _commit.ExecuteNonQuery();
            }
            catch
            {
                _rollback.ExecuteNonQuery();
                throw;
            }
        }

        /// <summary>Runs <paramref name="work"/> so that a refused ETag undoes its changes alone; returns the refusal.</summary>
        public StorageConcurrencyException? InSavepoint(Action work)
        {
            _savepoint.ExecuteNonQuery();
            try
            {
                work();
                return null;
            }
            catch (StorageConcurrencyException ex)
            {
                _rollbackToSavepoint.ExecuteNonQuery();
                return ex;
            }
            finally
            {
                _release.ExecuteNonQuery();
            }
        }

        public bool Update(string key, string expectedETag, string etag, byte[] json, string updated)
        {
            var (table, value) = Table(key);
            return Run(table.Update, value, etag, json, updated, expectedETag) == 1;
        }

        public bool Insert(string key, string etag, byte[] json, string updated)
        {
            var (table, value) = Table(key);
            return Run(table.Insert, value, etag, json, updated) == 1;
        }

        public bool Upsert(string key, string etag, byte[] json, string updated)
        {
            var (table, value) = Table(key);
            return Run(table.Upsert, value, etag, json, updated) == 1;
        }

        /// <summary>Whether another connection, in this process or another, has committed since the last call.</summary>
        public bool OthersCommitted()
        {
            var version = DataVersion();
            var changed = version != _seenVersion;
            _seenVersion = version;
            return changed;
        }

        public long HighestSnapshotId() =>
            _highestSnapshot.ExecuteScalar() is long id ? id : throw new InvalidOperationException("The highest snapshot number was not a number.");

        private long DataVersion() =>
            _dataVersion.ExecuteScalar() is long version ? version : throw new InvalidOperationException("PRAGMA data_version gave no number.");

        public string? ReadETag(string key)
        {
            var (table, value) = Table(key);
            table.ReadETag.Parameters[0].Value = value;
            return table.ReadETag.ExecuteScalar() as string;
        }

        public void Delete(string key)
        {
            var (table, value) = Table(key);
            Run(table.Delete, value);
        }

        /// <summary>Deletes the item under <paramref name="key"/> if it is older than <paramref name="cutoff"/>, or its blanked row; returns the items deleted.</summary>
        public int DeleteIfUpdatedBefore(string key, string cutoff)
        {
            var (table, value) = Table(key);
            if (table.RemoveBlank is { } removeBlank)
            {
                Run(removeBlank, value);
            }

            return Run(table.DeleteIfUpdatedBefore, value, cutoff);
        }

        public void Dispose()
        {
            foreach (var command in _commands)
            {
                command.Dispose();
            }

            _connection.Dispose();
        }

        private (TableStatements Table, object Key) Table(string key)
        {
            var (snapshot, value) = Locate(key);
            return (snapshot ? _snapshots : _items, value);
        }

        private static int Run(SqliteCommand command, params ReadOnlySpan<object> values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command.ExecuteNonQuery();
        }

        private SqliteCommand Add(string sql, params string[] parameters) => Add(sql, SqliteType.Text, parameters);

        private SqliteCommand Add(string sql, SqliteType keyType, params string[] parameters)
        {
            var command = Prepare(_connection, sql, keyType, parameters);
            _commands.Add(command);
            return command;
        }

        /// <summary>
        /// The statements for one table. The items table deletes rows. The snapshots table blanks them instead: the
        /// ETag becomes <see cref="BlankETag"/> and the JSON a <c>null</c> padded with spaces to the same length, so
        /// the row keeps its size and SQLite rewrites it in place, one page. Deleted, the fifteen-odd snapshots of
        /// an ended assessment each emptied part of a page, and SQLite rebalanced and freed pages: a quarter of the
        /// WAL written at 2,000 turns a second. A blank row reads as absent, and the purge removes it.
        /// </summary>
        private sealed class TableStatements
        {
            public TableStatements(WriteConnection connection, string table, string keyColumn, SqliteType keyType, bool blanks)
            {
                // Only rows holding an item: in the snapshots table, not blanked.
                var live = blanks ? $" AND etag <> '{BlankETag}'" : "";
                // The JSON is bound as its UTF-8 bytes and stored as TEXT, as SQLite's JSON functions and the sqlite3 shell expect.
                Update = connection.Add(
                    $"UPDATE {table} SET etag = $etag, json = CAST($json AS TEXT), updated_utc = $updated WHERE {keyColumn} = $key AND etag = $expected{live}",
                    keyType, "$key", "$etag", "$json", "$updated", "$expected");
                Insert = connection.Add(
                    $"""
                    INSERT INTO {table} ({keyColumn}, etag, json, updated_utc) VALUES ($key, $etag, CAST($json AS TEXT), $updated)
                    ON CONFLICT({keyColumn}) DO {(blanks
                        ? $"UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc WHERE etag = '{BlankETag}'"
                        : "NOTHING")}
                    """,
                    keyType, "$key", "$etag", "$json", "$updated");
                Upsert = connection.Add(
                    $"""
                    INSERT INTO {table} ({keyColumn}, etag, json, updated_utc) VALUES ($key, $etag, CAST($json AS TEXT), $updated)
                    ON CONFLICT({keyColumn}) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_utc = excluded.updated_utc
                    """,
                    keyType, "$key", "$etag", "$json", "$updated");
                ReadETag = connection.Add($"SELECT etag FROM {table} WHERE {keyColumn} = $key{live}", keyType, "$key");
                Delete = connection.Add(
                    blanks
                        ? $"UPDATE {table} SET etag = '{BlankETag}', json = printf('%-*s', length(CAST(json AS BLOB)), 'null') WHERE {keyColumn} = $key{live}"
                        : $"DELETE FROM {table} WHERE {keyColumn} = $key",
                    keyType, "$key");
                DeleteIfUpdatedBefore = connection.Add(
                    $"DELETE FROM {table} WHERE {keyColumn} = $key AND updated_utc < $cutoff{live}", keyType, "$key", "$cutoff");
                RemoveBlank = blanks ? connection.Add($"DELETE FROM {table} WHERE {keyColumn} = $key AND etag = '{BlankETag}'", keyType, "$key") : null;
            }

            public SqliteCommand Update { get; }

            /// <summary>Create only: where a row is blanked, the key holds no item, so it is written over.</summary>
            public SqliteCommand Insert { get; }

            public SqliteCommand Upsert { get; }

            public SqliteCommand ReadETag { get; }

            public SqliteCommand Delete { get; }

            /// <summary>The purge, for an item; the count it gives is of items.</summary>
            public SqliteCommand DeleteIfUpdatedBefore { get; }

            /// <summary>The purge, for a blanked row; null where rows are deleted, not blanked.</summary>
            public SqliteCommand? RemoveBlank { get; }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, SqliteType keyType, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, name switch
            {
                "$json" => SqliteType.Blob,
                "$key" => keyType,
                _ => SqliteType.Text,
            });
        }

        command.Prepare();
        return command;
    }
}
