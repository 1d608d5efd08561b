using System.Text.Json;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class ReadCacheTests
{
    [Fact]
    public void A_read_that_crossed_a_write_does_not_put_the_older_item_back()
    {
        var cache = new ReadCache(limit: 10);
        Read(cache, "k", Item(1, "e1"));

        // A reader reads e1 from the file; meanwhile a write commits e2.
        ReadAcross(cache, "k", Item(1, "e1"), () => cache.Written("k", Item(2, "e2")));

        Assert.True(cache.TryGet("k", out var kept));
        Assert.Equal("e2", kept!.ETag);
    }

    [Fact]
    public void A_read_that_crossed_a_deletion_does_not_bring_the_item_back()
    {
        var cache = new ReadCache(limit: 10);
        ReadAcross(cache, "k", Item(1, "e1"), () => cache.Written("k", StoreItem.Deletion));

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_read_that_found_nothing_while_the_key_was_first_written_does_not_keep_it_absent()
    {
        var cache = new ReadCache(limit: 10);
        ReadAcross(cache, "k", null, () => cache.Written("k", Item(1, "e1")));

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_read_that_crossed_writes_of_other_keys_is_kept()
    {
        // Under load other conversations are saved all the time; a read must not be dropped for that.
        var cache = new ReadCache(limit: 10);
        ReadAcross(cache, "k", Item(1, "e1"), () =>
        {
            cache.Written("other", Item(1, "o1"));
            cache.Forget("another");
        });

        Assert.True(cache.TryGet("k", out var kept));
        Assert.Equal("e1", kept!.ETag);
    }

    [Fact]
    public void A_read_that_crossed_a_clear_is_not_kept()
    {
        var cache = new ReadCache(limit: 10);
        ReadAcross(cache, "k", Item(1, "e1"), cache.Clear);

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_key_the_store_did_not_have_is_kept_as_absent_until_it_is_written()
    {
        var cache = new ReadCache(limit: 10);
        Read(cache, "k", null);
        Assert.True(cache.TryGet("k", out var absent));
        Assert.Null(absent);

        cache.Written("k", Item(1, "e1"));

        Assert.True(cache.TryGet("k", out var written));
        Assert.Equal("e1", written!.ETag);
    }

    [Fact]
    public void Of_two_readers_of_one_key_the_one_that_began_after_a_write_is_kept()
    {
        var cache = new ReadCache(limit: 10);
        var first = cache.BeginRead(["k"]);
        cache.Written("k", Item(2, "e2"));
        var second = cache.BeginRead(["k"]);
        cache.AddRead("k", Item(1, "e1"), first);
        cache.AddRead("k", Item(2, "e2"), second);
        cache.EndRead(["k"]);
        cache.EndRead(["k"]);

        Assert.True(cache.TryGet("k", out var kept));
        Assert.Equal("e2", kept!.ETag);
    }

    [Fact]
    public void A_read_added_after_its_end_is_not_kept()
    {
        var cache = new ReadCache(limit: 10);
        var since = cache.BeginRead(["k"]);
        cache.EndRead(["k"]);
        cache.AddRead("k", Item(1, "e1"), since);

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_write_alone_keeps_nothing_and_a_deletion_forgets()
    {
        var cache = new ReadCache(limit: 10);
        cache.Written("written only", Item(1, "e1"));
        Assert.False(cache.TryGet("written only", out _));

        Read(cache, "deleted", Item(1, "e1"));
        Read(cache, "forgotten", Item(1, "e1"));
        cache.Written("deleted", StoreItem.Deletion);
        cache.Forget("forgotten");

        Assert.Equal(0, cache.Count);
    }

    [Theory]
    [InlineData(3, 3)] // at the limit: all kept
    [InlineData(4, 1)] // one over: starts again with the newest
    public void It_never_keeps_more_than_its_limit(int added, int kept)
    {
        var cache = new ReadCache(limit: 3);
        for (var i = 0; i < added; i++)
        {
            Read(cache, $"k{i}", i % 2 == 0 ? Item(i, $"e{i}") : null);
        }

        Assert.Equal(kept, cache.Count);
        Assert.True(cache.TryGet($"k{added - 1}", out _));
    }

    private static void Read(ReadCache cache, string key, StoreItem? found) => ReadAcross(cache, key, found, () => { });

    /// <summary>A read of <paramref name="key"/> that finds <paramref name="found"/>, with <paramref name="meanwhile"/> while it runs.</summary>
    private static void ReadAcross(ReadCache cache, string key, StoreItem? found, Action meanwhile)
    {
        var since = cache.BeginRead([key]);
        meanwhile();
        cache.AddRead(key, found, since);
        cache.EndRead([key]);
    }

    private static StoreItem Item(int v, string etag) => new(JsonSerializer.SerializeToElement(new { v }), etag);
}
