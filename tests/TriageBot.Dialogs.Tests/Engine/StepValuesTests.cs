using System.Text;
using System.Text.Json;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>A value never stored reads as absent (null); a stored "not known" reads as a JSON null, before and after a save.</summary>
public sealed class StepValuesTests
{
    [Fact]
    public void A_key_never_set_is_absent()
    {
        var values = New();

        Assert.False(values.Contains("bedding"));
        Assert.Null(values.Get("bedding"));
        Assert.Empty(values.Keys);
        Assert.False(values.Remove("bedding"));
    }

    [Fact]
    public void Not_known_is_stored_as_a_json_null_that_is_there()
    {
        var values = New();
        values.Set("bedding", (JsonElement?)null);
        values.Set("description", (string?)null);

        Assert.True(values.Contains("bedding"));
        Assert.Equal(JsonValueKind.Null, values.Get("bedding")?.ValueKind);
        Assert.True(values.Get("bedding").IsNotKnown());
        Assert.Equal(JsonValueKind.Null, values.Get("description")?.ValueKind);
        Assert.Equal(["bedding", "description"], values.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Typed_values_read_back_as_what_was_set()
    {
        var values = New();
        values.Set("topic", 2);
        values.Set("told", true);
        values.Set("description", "A bruise");
        values.Set("topics", JsonSerializer.SerializeToElement(new[] { "home", "school" }));

        Assert.Equal(2, values.Get("topic").AsNumber());
        Assert.Equal(JsonValueKind.True, values.Get("told")?.ValueKind);
        Assert.Equal("A bruise", values.Get("description").AsText());
        Assert.Equal(["home", "school"], values.Get("topics").AsChoices()!);
    }

    [Fact]
    public void Set_replaces_and_remove_makes_the_key_absent_again()
    {
        var values = New();
        values.Set("topic", 1);
        values.Set("topic", (JsonElement?)null);
        Assert.Equal(JsonValueKind.Null, values.Get("topic")?.ValueKind);

        Assert.True(values.Remove("topic"));
        Assert.False(values.Contains("topic"));
        Assert.Null(values.Get("topic"));
    }

    [Fact]
    public void Keys_are_compared_ordinally()
    {
        var values = New();
        values.Set("Topic", 1);

        Assert.False(values.Contains("topic"));
        Assert.Null(values.Get("topic"));
    }

    [Fact]
    public void An_element_of_a_document_the_caller_disposes_stays_readable()
    {
        var values = New();
        using (var document = JsonDocument.Parse("""{"answer": ["home", "school"]}"""))
        {
            values.Set("topics", document.RootElement.GetProperty("answer"));
        }

        Assert.Equal("""["home", "school"]""", values.Get("topics")?.GetRawText());
    }

    [Fact]
    public void The_default_element_is_refused_rather_than_failing_the_save_later()
    {
        var values = New();

        var ex = Assert.Throws<ArgumentException>(() => values.Set("topic", default(JsonElement)));
        Assert.Contains("'topic'", ex.Message, StringComparison.Ordinal);
        Assert.False(values.Contains("topic"));
    }

    [Fact]
    public void A_stored_null_and_an_absent_key_stay_apart_through_a_save_and_a_load()
    {
        var state = new UserState();
        new StepValues(state.Values).Set("role", (JsonElement?)null);

        var saved = DialogJson.ToUtf8(state);
        Assert.Equal("""{"values":{"role":null}}""", Encoding.UTF8.GetString(saved));

        var loaded = new StepValues(JsonSerializer.Deserialize<UserState>(saved, DialogJson.Options)!.Values);
        Assert.True(loaded.Contains("role"));
        Assert.Equal(JsonValueKind.Null, loaded.Get("role")?.ValueKind);
        Assert.Null(loaded.Get("team"));
    }

    private static StepValues New() => new(new Dictionary<string, JsonElement>(StringComparer.Ordinal));
}
