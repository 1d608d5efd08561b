namespace TriageBot.Thresholds.Model;

/// <summary>
/// One threshold indicator, its text verbatim from the source document (typos included) so a reviewer can find it.
/// </summary>
/// <param name="Domain">Assessment-triangle domain id; null for signs listed outside the domains (Appendix 1).</param>
/// <param name="SignificantHarm">An Appendix 1 / "immediate referral" sign: always Level 4.</param>
public sealed record Indicator(
    string Id,
    int Level,
    string? Domain,
    string? Dimension,
    string Text,
    string Source,
    bool SignificantHarm);
