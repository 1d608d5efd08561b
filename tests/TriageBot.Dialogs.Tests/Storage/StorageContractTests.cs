using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

/// <summary>The behaviour every <see cref="IStorage"/> must have; run against each implementation.</summary>
public abstract class StorageContractTests
{
    /// <summary>Keeps the store from writing until disposed, so concurrent writes queue up; null where nothing queues.</summary>
    protected virtual IDisposable? HoldWrites() => null;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Missing_keys_are_absent_from_a_read()
    {
        var storage = CreateStorage();
        var items = await storage.ReadAsync(["conversation/none"]);
        Assert.Empty(items);
    }

    [Fact]
    public async Task A_written_item_reads_back_with_an_etag_that_changes_on_every_write()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", new { step = 1, text = "Ünïcode ✓" }));
        var first = (await storage.ReadAsync(["k"]))["k"];
        await storage.WriteAsync(Item("k", new { step = 2 }, first.ETag));
        var second = (await storage.ReadAsync(["k"]))["k"];

        Assert.Equal("Ünïcode ✓", first.Data.GetProperty("text").GetString());
        Assert.Equal(2, second.Data.GetProperty("step").GetInt32());
        Assert.False(string.IsNullOrEmpty(first.ETag));
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_nothing_in_that_write_is_applied()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("a", new { v = 1 }));
        var stale = (await storage.ReadAsync(["a"]))["a"].ETag;
        await storage.WriteAsync(Item("a", new { v = 2 }, stale));

        var batch = new Dictionary<string, StoreItem>
        {
            ["b"] = new(JsonSerializer.SerializeToElement(new { v = 1 }), StoreItem.NewItemETag),
            ["a"] = new(JsonSerializer.SerializeToElement(new { v = 3 }), stale),
        };
        var ex = await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(batch));

        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
        var items = await storage.ReadAsync(["a", "b"]);
        Assert.Equal(2, items["a"].Data.GetProperty("v").GetInt32());
        Assert.False(items.ContainsKey("b"));
    }

    [Fact]
    public async Task Writes_made_at_once_each_have_their_own_outcome_and_a_refused_one_saves_none_of_its_items()
    {
        // Many turns saving at the same moment, as under load (SQLite then commits them together): every fourth
        // one holds a stale ETag and must fail alone, leaving its other item unsaved and the rest all saved.
        var storage = CreateStorage();
        for (var i = 0; i < 64; i += 4)
        {
            await storage.WriteAsync(Item($"stale{i}", new { v = 1 }));
        }

        Task<string[]> writing;
        using (var hold = HoldWrites())
        {
            writing = Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
        {
            var changes = new Dictionary<string, StoreItem>
            {
                [$"turn{i}"] = new(JsonSerializer.SerializeToElement(new { v = i }), StoreItem.NewItemETag),
                [$"back{i}"] = new(JsonSerializer.SerializeToElement(new { v = i }), StoreItem.AnyETag),
            };
            if (i % 4 == 0)
            {
                changes[$"stale{i}"] = new(JsonSerializer.SerializeToElement(new { v = 2 }), "not-the-stored-etag");
            }

            try
            {
                await storage.WriteAsync(changes);
                return "saved";
            }
            catch (StorageConcurrencyException ex) when (ex.Message.Contains($"'stale{i}'", StringComparison.Ordinal))
            {
                return "refused";
            }
        })));
            if (hold is not null)
            {
                // Time for the writes to queue behind the held lock; the outcomes asserted do not depend on it.
                await Task.Delay(TimeSpan.FromMilliseconds(300));
            }
        }

        var outcomes = await writing;
        var items = await storage.ReadAsync([.. Enumerable.Range(0, 64).SelectMany(i => new[] { $"turn{i}", $"back{i}", $"stale{i}" })]);
        for (var i = 0; i < 64; i++)
        {
            var refused = i % 4 == 0;
            Assert.Equal(refused ? "refused" : "saved", outcomes[i]);
            Assert.Equal(!refused, items.ContainsKey($"turn{i}"));
            Assert.Equal(!refused, items.ContainsKey($"back{i}"));
            if (refused)
            {
                Assert.Equal(1, items[$"stale{i}"].Data.GetProperty("v").GetInt32());
            }
            else
            {
                Assert.Equal(i, items[$"turn{i}"].Data.GetProperty("v").GetInt32());
            }
        }
    }

    [Fact]
    public async Task A_deletion_goes_with_its_write_and_not_at_all_when_the_write_is_refused()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("a", new { v = 1 }));
        await storage.WriteAsync(Item("old", new { v = 1 }));
        var etag = (await storage.ReadAsync(["a"]))["a"].ETag;

        var refused = new Dictionary<string, StoreItem>
        {
            ["a"] = new(JsonSerializer.SerializeToElement(new { v = 2 }), "stale"),
            ["old"] = StoreItem.Deletion,
        };
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(refused));
        Assert.True((await storage.ReadAsync(["old"])).ContainsKey("old"));

        var accepted = new Dictionary<string, StoreItem>
        {
            ["a"] = new(JsonSerializer.SerializeToElement(new { v = 2 }), etag),
            ["old"] = StoreItem.Deletion,
            ["never-written"] = StoreItem.Deletion,
        };
        await storage.WriteAsync(accepted);
        var items = await storage.ReadAsync(["a", "old", "never-written"]);
        Assert.Equal(2, items["a"].Data.GetProperty("v").GetInt32());
        Assert.Single(items);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StoreItem.AnyETag)]
    public async Task A_null_or_star_etag_writes_unconditionally(string? etag)
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", new { v = 1 }));
        await storage.WriteAsync(Item("k", new { v = 2 }, etag));
        Assert.Equal(2, (await storage.ReadAsync(["k"]))["k"].Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task The_new_item_etag_creates_once_and_then_conflicts()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", new { v = 1 }, StoreItem.NewItemETag));
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item("k", new { v = 2 }, StoreItem.NewItemETag)));
    }

    [Fact]
    public async Task An_etag_for_an_item_deleted_meanwhile_conflicts()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", new { v = 1 }));
        var etag = (await storage.ReadAsync(["k"]))["k"].ETag;
        await storage.DeleteAsync(["k"]);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item("k", new { v = 2 }, etag)));
    }

    [Fact]
    public async Task Delete_removes_only_the_named_keys()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("a", new { v = 1 }));
        await storage.WriteAsync(Item("b", new { v = 1 }));
        await storage.DeleteAsync(["a", "never-written"]);
        Assert.Equal(["b"], (await storage.ReadAsync(["a", "b"])).Keys);
    }

    [Fact]
    public async Task Purge_deletes_state_not_updated_within_the_retention_period()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("old", new { v = 1 }));
        await storage.WriteAsync(Item("touched", new { v = 1 }));
        Clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync(Item("touched", new { v = 2 }));
        await storage.WriteAsync(Item("new", new { v = 1 }));
        Clock.Advance(TimeSpan.FromDays(15));

        var purged = await storage.PurgeOlderThanAsync(TimeSpan.FromDays(30), Clock);

        Assert.Equal(1, purged);
        Assert.Equal(["new", "touched"], (await storage.ReadAsync(["old", "touched", "new"])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_item_read_then_written_reads_back_as_written_with_an_etag_that_writes_again()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("k", new { v = 1 }));
        var first = (await storage.ReadAsync(["k"]))["k"];

        await storage.WriteAsync(Item("k", new { v = 2 }, first.ETag));
        var second = (await storage.ReadAsync(["k"]))["k"];

        Assert.Equal(2, second.Data.GetProperty("v").GetInt32());
        Assert.NotEqual(first.ETag, second.ETag);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item("k", new { v = 3 }, first.ETag)));
        await storage.WriteAsync(Item("k", new { v = 3 }, second.ETag));
        Assert.Equal(3, (await storage.ReadAsync(["k"]))["k"].Data.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task An_item_read_then_deleted_or_purged_is_not_read_again()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item("deleted", new { v = 1 }));
        await storage.WriteAsync(Item("purged", new { v = 1 }));
        Assert.Equal(2, (await storage.ReadAsync(["deleted", "purged"])).Count);

        await storage.DeleteAsync(["deleted"]);
        Assert.Equal(["purged"], (await storage.ReadAsync(["deleted", "purged"])).Keys);

        Clock.Advance(TimeSpan.FromDays(31));
        await storage.PurgeOlderThanAsync(TimeSpan.FromDays(30), Clock);
        Assert.Empty(await storage.ReadAsync(["deleted", "purged"]));
    }

    [Fact]
    public async Task A_snapshot_key_is_new_each_time_and_its_item_reads_writes_and_deletes_as_any_other()
    {
        var storage = CreateStorage();
        var keys = Enumerable.Range(0, 3).Select(_ => storage.NewSnapshotKey()).ToList();
        Assert.Equal(3, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, key => Assert.True(StateKeys.TryParseSnapshot(key, out _), key));
        Assert.Empty(await storage.ReadAsync([.. keys]));

        // A snapshot goes in the same all-or-nothing write as the conversation that names it.
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            ["conversation/c"] = new(JsonSerializer.SerializeToElement(new { snapshot = keys[0] })),
            [keys[0]] = new(JsonSerializer.SerializeToElement(new { stack = "first" }), StoreItem.NewItemETag),
        });
        var first = (await storage.ReadAsync([keys[0]]))[keys[0]];
        Assert.Equal("first", first.Data.GetProperty("stack").GetString());
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item(keys[0], new { stack = "again" }, StoreItem.NewItemETag)));
        await storage.WriteAsync(Item(keys[0], new { stack = "second" }, first.ETag));
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item(keys[0], new { stack = "third" }, first.ETag)));
        Assert.Equal("second", (await storage.ReadAsync([keys[0]]))[keys[0]].Data.GetProperty("stack").GetString());

        await storage.WriteAsync(Item(keys[1], new { stack = "other" }, StoreItem.NewItemETag));
        var second = (await storage.ReadAsync([keys[0]]))[keys[0]].ETag;
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [keys[0]] = StoreItem.Deletion, ["conversation/c"] = StoreItem.Deletion });
        Assert.Equal([keys[1]], (await storage.ReadAsync([.. keys, "conversation/c"])).Keys);
        var gone = await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item(keys[0], new { stack = "late" }, second)));
        Assert.EndsWith("stored 'none').", gone.Message, StringComparison.Ordinal);
        await storage.DeleteAsync([keys[1]]);
        Assert.Empty(await storage.ReadAsync([.. keys]));

        // A deleted key holds nothing, so it can be created again, and only once.
        await storage.WriteAsync(Item(keys[1], new { stack = "anew" }, StoreItem.NewItemETag));
        Assert.Equal("anew", (await storage.ReadAsync([keys[1]]))[keys[1]].Data.GetProperty("stack").GetString());
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Item(keys[1], new { stack = "twice" }, StoreItem.NewItemETag)));
    }

    [Fact]
    public async Task Snapshots_not_written_within_the_retention_are_purged_with_the_other_items()
    {
        var storage = CreateStorage();
        var old = storage.NewSnapshotKey();
        var recent = storage.NewSnapshotKey();
        await storage.WriteAsync(Item(old, new { v = 1 }, StoreItem.NewItemETag));
        await storage.WriteAsync(Item("conversation/old", new { v = 1 }));
        Clock.Advance(TimeSpan.FromDays(2));
        await storage.WriteAsync(Item(recent, new { v = 1 }, StoreItem.NewItemETag));

        Assert.Equal(2, await storage.PurgeOlderThanAsync(TimeSpan.FromDays(1), Clock));
        Assert.Equal([recent], (await storage.ReadAsync([old, recent, "conversation/old"])).Keys);
    }

    [Theory]
    [InlineData("snapshot/07")]
    [InlineData("snapshot/0")]
    [InlineData("snapshot/-7")]
    [InlineData("snapshot/7x")]
    [InlineData("snapshot/99999999999999999999")]
    [InlineData("snapshot/")]
    public async Task A_key_that_only_looks_like_a_snapshot_key_is_an_ordinary_key_apart_from_the_snapshots(string key)
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Item(key, new { v = "ordinary" }));
        await storage.WriteAsync(Item("snapshot/7", new { v = "snapshot" }));

        var items = await storage.ReadAsync([key, "snapshot/7"]);
        Assert.Equal("ordinary", items[key].Data.GetProperty("v").GetString());
        Assert.Equal("snapshot", items["snapshot/7"].Data.GetProperty("v").GetString());
    }

    [Fact]
    public async Task A_new_snapshot_key_is_never_one_an_item_already_holds()
    {
        var storage = CreateStorage();
        foreach (var id in new[] { 1, 2, 3, 5 })
        {
            await storage.WriteAsync(Item(StateKeys.ForSnapshot(id), new { v = id }));
        }

        var keys = Enumerable.Range(0, 4).Select(_ => storage.NewSnapshotKey()).ToArray();
        Assert.Empty(await storage.ReadAsync(keys));
    }

    [Fact]
    public async Task An_object_written_with_its_text_is_handed_to_the_next_reader_and_later_readers_get_the_text()
    {
        var storage = CreateStorage();
        var state = new Dictionary<string, int> { ["step"] = 1 };
        // As a turn after the first does: it reads the state the last turn saved, and then writes it.
        await storage.WriteAsync(Item("k", new { step = 0 }));
        var read = (await storage.ReadAsync(["k"]))["k"];
        await storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = new("""{"step":1}"""u8.ToArray(), read.ETag, state) });

        var first = (await storage.ReadAsync(["k"]))["k"];
        var second = (await storage.ReadAsync(["k"]))["k"];

        Assert.True(first.TryTakeDecoded<Dictionary<string, int>>(out var taken));
        Assert.Same(state, taken);
        // The first reader may change what it took; the next reads what was saved.
        taken["step"] = 2;
        Assert.False(second.TryTakeDecoded<Dictionary<string, int>>(out _));
        Assert.Equal(1, second.Data.GetProperty("step").GetInt32());
    }

    protected abstract IStorage CreateStorage();

    private static Dictionary<string, StoreItem> Item(string key, object value, string? etag = null) =>
        new() { [key] = new StoreItem(JsonSerializer.SerializeToElement(value), etag) };
}
