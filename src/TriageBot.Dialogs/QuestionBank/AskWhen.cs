using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// "Ask this only if the answer to an earlier question was one of <see cref="In"/>" (or, for a number,
/// at least <see cref="AtLeast"/> / at most <see cref="AtMost"/>).
/// </summary>
public sealed record AskWhen
{
    public required string Question { get; init; }

    [JsonPropertyName("in")]
    public IReadOnlyList<string>? In { get; init; }

    public decimal? AtLeast { get; init; }

    public decimal? AtMost { get; init; }

    [JsonIgnore]
    public AnswerCondition Condition => new(In, AtLeast, AtMost);
}
