using System.Text.Json;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class ReadCacheTests
{
    [Fact]
    public void A_read_that_crossed_a_write_does_not_put_the_older_item_back()
    {
        var cache = new ReadCache(limit: 10);
        cache.AddRead("k", Item(1, "e1"), cache.Generation);

        // A reader takes the generation and reads e1 from the file; meanwhile a write commits e2.
        var before = cache.Generation;
        cache.Written("k", Item(2, "e2"));
        cache.AddRead("k", Item(1, "e1"), before);

        Assert.True(cache.TryGet("k", out var kept));
        Assert.Equal("e2", kept.ETag);
    }

    [Fact]
    public void A_read_that_crossed_a_deletion_does_not_bring_the_item_back()
    {
        var cache = new ReadCache(limit: 10);
        var before = cache.Generation;
        cache.Written("k", StoreItem.Deletion);
        cache.AddRead("k", Item(1, "e1"), before);

        Assert.False(cache.TryGet("k", out _));
    }

    [Fact]
    public void A_write_alone_keeps_nothing_and_a_deletion_forgets()
    {
        var cache = new ReadCache(limit: 10);
        cache.Written("written only", Item(1, "e1"));
        Assert.False(cache.TryGet("written only", out _));

        cache.AddRead("deleted", Item(1, "e1"), cache.Generation);
        cache.AddRead("forgotten", Item(1, "e1"), cache.Generation);
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
            cache.AddRead($"k{i}", Item(i, $"e{i}"), cache.Generation);
        }

        Assert.Equal(kept, cache.Count);
        Assert.True(cache.TryGet($"k{added - 1}", out _));
    }

    private static StoreItem Item(int v, string etag) => new(JsonSerializer.SerializeToElement(new { v }), etag);
}
