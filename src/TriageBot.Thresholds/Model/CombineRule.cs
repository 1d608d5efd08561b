namespace TriageBot.Thresholds.Model;

/// <summary>
/// When to warn that needs may combine to a higher level. The warning never changes the level.
/// </summary>
/// <param name="DistinctDomainsAtLevel">Warn when indicators at the recommended level span at least this many domains.</param>
/// <param name="IndicatorsOneLevelBelow">Warn when at least this many indicators sit one level below the recommended level.</param>
public sealed record CombineRule(int DistinctDomainsAtLevel, int IndicatorsOneLevelBelow, string Note, string Source);
