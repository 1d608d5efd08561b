namespace TriageBot.Thresholds.Model;

/// <summary>Who to contact now. Wire names: emergency, front-door, out-of-hours, early-help, universal.</summary>
public enum RouteKind
{
    Emergency,
    FrontDoor,
    OutOfHours,
    EarlyHelp,
    Universal,
}
