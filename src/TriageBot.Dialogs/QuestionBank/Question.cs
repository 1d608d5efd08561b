using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>
/// One question of the bank. <see cref="Text"/> is verbatim from the source unless <see cref="Authored"/>
/// (a routing question the team wrote).
/// </summary>
public sealed record Question
{
    public required string Id { get; init; }

    /// <summary>The source's sub-heading above the question, verbatim; null where the topic has none.</summary>
    public string? Subheading { get; init; }

    public required string Text { get; init; }

    /// <summary>Required in the file so nobody can add a question without saying where its words come from.</summary>
    public required bool Authored { get; init; }

    public required AnswerSpec Answer { get; init; }

    /// <summary>Ask only when one of these holds (any); empty means always ask.</summary>
    [JsonConverter(typeof(OneOrManyConverter<AskWhen>))]
    public IReadOnlyList<AskWhen> AskWhen { get; init; } = [];

    public IReadOnlyList<EvidenceRule> Evidence { get; init; } = [];

    public ImmediateDangerRule? ImmediateDanger { get; init; }

    /// <summary>Where the answer goes on the hand-off contact (one of <see cref="ContactFields.All"/>), or null.</summary>
    public string? ContactField { get; init; }
}
