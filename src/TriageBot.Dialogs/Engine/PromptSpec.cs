namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Everything a renderer needs to show one question, as plain text or as a card. Persisted with the prompt,
/// so a restarted process can show it again.
/// </summary>
public sealed record PromptSpec
{
    public required PromptKind Kind { get; init; }

    public required string Text { get; init; }

    /// <summary>A stable id for the question (e.g. the question bank id); cards can use it as the input id.</summary>
    public string? QuestionId { get; init; }

    public IReadOnlyList<PromptChoice> Choices { get; init; } = [];

    /// <summary>Number: smallest value. Multi-choice: fewest options (default 1). Text: unused.</summary>
    public int? Min { get; init; }

    /// <summary>Number: largest value. Multi-choice: most options. Text: longest answer in characters.</summary>
    public int? Max { get; init; }

    public PromptProgress? Progress { get; init; }

    /// <summary>Per-question help shown for "help"; the dialogs' own help is used when this is null.</summary>
    public string? Help { get; init; }

    /// <summary>Whether "skip" / "don't know" may answer this question as not known.</summary>
    public bool AllowSkip { get; init; }

    /// <summary>Whether "back" is offered; the engine clears it on the first question.</summary>
    public bool AllowBack { get; init; } = true;

    /// <summary>How many invalid answers before the question is recorded as not known; null uses the runner's default.</summary>
    public int? RetryLimit { get; init; }

    /// <summary>Set by the prompt when asked: a card's submit must carry it back, so a stale card is recognised.</summary>
    public string Nonce { get; init; } = "";

    /// <summary>Set by the prompt when re-asking: what was wrong with the last answer.</summary>
    public string? Problem { get; init; }

    public static PromptSpec ForText(string text) => new() { Kind = PromptKind.Text, Text = text };

    public static PromptSpec ForNumber(string text, int? min = null, int? max = null) =>
        new() { Kind = PromptKind.Number, Text = text, Min = min, Max = max };

    public static PromptSpec ForDate(string text) => new() { Kind = PromptKind.Date, Text = text };

    public static PromptSpec ForConfirm(string text) => new() { Kind = PromptKind.Confirm, Text = text };

    public static PromptSpec ForChoice(string text, params IReadOnlyList<PromptChoice> choices) =>
        new() { Kind = PromptKind.Choice, Text = text, Choices = choices };

    public static PromptSpec ForMultiChoice(string text, params IReadOnlyList<PromptChoice> choices) =>
        new() { Kind = PromptKind.MultiChoice, Text = text, Choices = choices };
}
