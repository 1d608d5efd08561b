using System.Text.Json.Serialization;

namespace TriageBot.Dialogs.QuestionBank;

/// <summary>One file of dialogs/: a topic of Appendix 2 (or the Appendix 1 checklist) and its questions in source order.</summary>
public sealed record Topic
{
    /// <summary>Kept so the file round-trips; it is the note for a safeguarding lead, never shown to users.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }

    [JsonPropertyName("topic")]
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>One plain line for the "not sure which topic" list.</summary>
    public required string Hint { get; init; }

    /// <summary>Document and section the questions come from, e.g. "001_9322bea10a27a627.txt, Appendix 2: NEGLECT".</summary>
    public required string Source { get; init; }

    public required IReadOnlyList<Question> Questions { get; init; }

    /// <summary>The file (or resource) it was read from, so every problem report can name it.</summary>
    [JsonIgnore]
    public string File { get; init; } = "";
}
