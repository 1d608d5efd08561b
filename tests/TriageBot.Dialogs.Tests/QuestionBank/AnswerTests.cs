using System.Text.Json;
using CsCheck;
using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

public sealed class AnswerTests
{
    public static TheoryData<Answer> Answers => new()
    {
        Answer.Yes,
        Answer.Choices("witnessed", "hurt"),
        Answer.OfNumber(3.5m),
        Answer.OnDate(new DateOnly(2026, 11, 20)),
        Answer.OfText("She said \"he hurt me\"."),
        Answer.NotKnown,
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public void Survives_a_json_round_trip_so_conversation_state_can_store_it(Answer answer)
    {
        var json = JsonSerializer.Serialize(answer);

        Assert.Equal(answer, JsonSerializer.Deserialize<Answer>(json));
    }

    [Fact]
    public void Any_answer_survives_a_json_round_trip()
    {
        var anyAnswer = Gen.OneOf(
            Gen.String[Gen.Char.AlphaNumeric, 1, 12].Array[1, 4].Select(values => Answer.Choices(values)),
            Gen.Decimal.Select(Answer.OfNumber),
            Gen.Int[1, 3_000_000].Select(day => Answer.OnDate(DateOnly.FromDayNumber(day))),
            Gen.String.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Answer.OfText),
            Gen.Const(Answer.NotKnown));

        anyAnswer.Sample(answer => Assert.Equal(answer, JsonSerializer.Deserialize<Answer>(JsonSerializer.Serialize(answer))));
    }

    [Fact]
    public void Equality_compares_contents()
    {
        Assert.Equal(Answer.Choices("a", "b"), Answer.Choices(new List<string> { "a", "b" }));
        Assert.Equal(Answer.Choices("a", "b").GetHashCode(), Answer.Choices("a", "b").GetHashCode());
        Assert.NotEqual(Answer.Choices("a", "b"), Answer.Choices("a"));
        Assert.NotEqual(Answer.OfText("yes"), Answer.Yes);
    }

    [Fact]
    public void The_not_known_button_value_becomes_the_not_known_answer()
    {
        Assert.True(Answer.Choice(Answer.NotKnownValue).IsNotKnown);
    }

    [Fact]
    public void Empty_answers_are_refused()
    {
        Assert.Throws<ArgumentException>(() => Answer.OfText("  "));
        Assert.Throws<ArgumentException>(() => Answer.Choices());
        Assert.Throws<ArgumentException>(() => Answer.Choice(""));
    }

    [Fact]
    public void ToString_never_shows_what_was_said()
    {
        Assert.DoesNotContain("Alice", Answer.OfText("Alice said dad hit her").ToString(), StringComparison.Ordinal);
    }
}
