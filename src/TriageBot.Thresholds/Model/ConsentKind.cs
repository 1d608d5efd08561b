namespace TriageBot.Thresholds.Model;

/// <summary>The consent step. Wire names: seek, given, override-risk, declined.</summary>
public enum ConsentKind
{
    Seek,
    Given,
    OverrideRisk,
    Declined,
}

/// <summary>What the professional says about consent. Wire names: not-yet-sought, given, declined, would-place-at-risk.</summary>
public enum ConsentStatus
{
    NotYetSought,
    Given,
    Declined,
    WouldPlaceAtRisk,
}
