using System.Text;
using System.Text.Json;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class StoreItemTests
{
    [Fact]
    public void An_item_made_from_text_gives_the_same_text_back_and_parses_it_when_its_element_is_asked_for()
    {
        var text = """{"answers":{"q1":"yes"},"step":2}"""u8.ToArray();
        var item = new StoreItem(text, "e1");

        Assert.Equal(text, item.Utf8Json.ToArray());
        Assert.Equal("yes", item.Data.GetProperty("answers").GetProperty("q1").GetString());
        Assert.False(item.IsDeletion);
    }

    [Fact]
    public void An_item_made_from_an_element_gives_its_text()
    {
        var item = new StoreItem(JsonSerializer.SerializeToElement(new { v = 1, name = "Ann" }));

        Assert.Equal("""{"v":1,"name":"Ann"}""", Encoding.UTF8.GetString(item.Utf8Json.Span));
    }

    [Fact]
    public void Text_that_is_not_json_fails_as_json_when_its_element_is_asked_for()
    {
        var item = new StoreItem("{not json"u8.ToArray());

        Assert.ThrowsAny<JsonException>(() => item.Data);
    }

    [Fact]
    public void With_another_etag_the_document_is_the_same()
    {
        var item = new StoreItem("""{"v":1}"""u8.ToArray(), "old");

        var saved = item.WithETag("new");

        Assert.Equal("new", saved.ETag);
        Assert.Equal(1, saved.Data.GetProperty("v").GetInt32());
        Assert.Equal(item.Utf8Json.ToArray(), saved.Utf8Json.ToArray());
    }

    [Fact]
    public void The_object_an_item_was_made_from_is_taken_once_and_after_that_the_text_is_all_there_is()
    {
        var state = new List<string> { "q1" };
        var item = new StoreItem("""["q1"]"""u8.ToArray(), "e1", state);

        Assert.True(item.TryTakeDecoded<List<string>>(out var taken));
        Assert.Same(state, taken);
        Assert.False(item.TryTakeDecoded<List<string>>(out _));
        Assert.Equal("q1", item.Data[0].GetString());
    }

    [Fact]
    public void A_copy_with_another_etag_shares_the_object_so_it_is_taken_from_one_of_them_only()
    {
        var item = new StoreItem("""["q1"]"""u8.ToArray(), "e1", new List<string> { "q1" });
        var saved = item.WithETag("e2");

        Assert.True(saved.TryTakeDecoded<List<string>>(out _));
        Assert.False(item.TryTakeDecoded<List<string>>(out _));
    }

    [Fact]
    public void An_item_made_from_text_alone_has_no_object_to_take()
    {
        Assert.False(new StoreItem("""["q1"]"""u8.ToArray(), "e1").TryTakeDecoded<List<string>>(out _));
        Assert.False(new StoreItem(JsonSerializer.SerializeToElement(new[] { "q1" })).TryTakeDecoded<List<string>>(out _));
    }

    [Fact]
    public void A_deletion_has_no_document()
    {
        Assert.True(StoreItem.Deletion.IsDeletion);
        Assert.Throws<InvalidOperationException>(() => StoreItem.Deletion.Utf8Json);
    }
}
