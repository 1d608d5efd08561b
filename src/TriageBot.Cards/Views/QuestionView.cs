namespace TriageBot.Cards.Views;

/// <summary>One question of the conversation, ready to show.</summary>
public sealed record QuestionView
{
    /// <summary>"Injuries".</summary>
    public required string Topic { get; init; }

    /// <summary>The sub-heading the question sits under, verbatim (e.g. "Child presents as unkempt:-"), if any.</summary>
    public string? Prompt { get; init; }

    /// <summary>Position in this topic's questions, from 1.</summary>
    public required int Number { get; init; }

    public required int Total { get; init; }

    /// <summary>The question, verbatim.</summary>
    public required string Text { get; init; }

    /// <summary>Where the question comes from, e.g. "001_9322bea10a27a627.txt, Appendix 2 (Injuries)".</summary>
    public string? Source { get; init; }

    public required QuestionKind Kind { get; init; }

    /// <summary>The options of a Choice or MultiChoice question.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>Echoed back by every button, so an answer to an old card can be told apart.</summary>
    public required string Nonce { get; init; }

    public bool CanGoBack { get; init; }

    public bool CanSkip { get; init; }

    /// <summary>Bounds of a Number question.</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    /// <summary>Longest answer a Text question takes.</summary>
    public int MaxLength { get; init; } = 2000;
}
