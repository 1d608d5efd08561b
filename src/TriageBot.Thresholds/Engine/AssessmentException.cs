using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Engine;

/// <summary>Input the engine cannot answer, with a code a program can check and a message a person can act on.</summary>
public sealed class AssessmentException(string code, string message, IReadOnlyList<Indicator>? candidates = null) : Exception(message)
{
    /// <summary>unknown-area, unknown-indicator, ambiguous-indicator, no-indicators, bad-request.</summary>
    public string Code { get; } = code;

    /// <summary>For an ambiguous or unknown indicator: the indicators the person may have meant.</summary>
    public IReadOnlyList<Indicator> Candidates { get; } = candidates ?? [];
}
