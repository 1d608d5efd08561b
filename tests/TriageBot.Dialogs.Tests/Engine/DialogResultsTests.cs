using System.Text.Json;
using NodaTime;
using TriageBot.Dialogs.Engine;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>Typed readers return answers, null for "not known", and fail clearly on the wrong shape.</summary>
public sealed class DialogResultsTests
{
    [Fact]
    public void Each_reader_returns_its_kind_of_answer()
    {
        Assert.Equal("text", Json("\"text\"").AsText());
        Assert.Equal(7, Json("7").AsNumber());
        Assert.Equal(new LocalDate(2026, 11, 24), Json("\"2026-11-24\"").AsDate());
        Assert.Equal(ConfirmAnswer.No, Json("\"no\"").AsConfirm());
        Assert.Equal("home", Json("\"home\"").AsChoice());
        Assert.Equal(["a", "b"], Json("[\"a\",\"b\"]").AsChoices());
        Assert.Equal(new Point(1, 2), Json("{\"x\":1,\"y\":2}").As<Point>());
    }

    [Fact]
    public void Not_known_reads_as_null_or_as_the_confirm_answer()
    {
        var notKnown = Json("null");
        Assert.True(notKnown.IsNotKnown());
        Assert.Null(notKnown.AsText());
        Assert.Null(notKnown.AsNumber());
        Assert.Null(notKnown.AsDate());
        Assert.Null(notKnown.AsChoices());
        Assert.Equal(ConfirmAnswer.NotKnown, Json("\"not-known\"").AsConfirm());
        Assert.True(Json("\"not-known\"").IsNotKnown());
        Assert.False(Json("\"no\"").IsNotKnown());
    }

    [Fact]
    public void A_reader_of_the_wrong_kind_fails_naming_what_it_expected_and_found()
    {
        Assert.Equal("Expected a whole number but the answer is a JSON string.",
            Assert.Throws<DialogResultException>(() => Json("\"7\"").AsNumber()).Message);
        Assert.Equal("Expected yes, no or not-known but the answer is a JSON string.",
            Assert.Throws<DialogResultException>(() => Json("\"maybe\"").AsConfirm()).Message);
        Assert.Equal("Expected a list of choices but the answer is a JSON string.",
            Assert.Throws<DialogResultException>(() => Json("\"a\"").AsChoices()).Message);
        Assert.Equal("Expected a text answer but there was no result.",
            Assert.Throws<DialogResultException>(() => ((JsonElement?)null).AsText()).Message);
        Assert.Contains("Expected a Point but the result does not fit it",
            Assert.Throws<DialogResultException>(() => Json("[1]").As<Point>()).Message, StringComparison.Ordinal);
    }

    private static JsonElement? Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private sealed record Point(int X, int Y);
}
