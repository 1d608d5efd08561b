namespace TriageBot.Cards.Views;

/// <summary>Who to contact, as in every TriageBot output.</summary>
public enum RouteKind
{
    /// <summary>999: immediate danger, whatever the level.</summary>
    Emergency,

    /// <summary>The front door (Level 4 in its hours).</summary>
    FrontDoor,

    /// <summary>The out-of-hours duty team (Level 4 outside the front door's hours).</summary>
    OutOfHours,

    /// <summary>Early help (Levels 2 and 3).</summary>
    EarlyHelp,

    /// <summary>Universal services (Level 1).</summary>
    Universal,
}
