namespace TriageBot.Cards.Views;

/// <summary>Whether the front door is open now, and the numbers to call.</summary>
public sealed record WhoToCallView
{
    public required string AreaName { get; init; }

    public required bool FrontDoorOpenNow { get; init; }

    public required ContactView FrontDoor { get; init; }

    public required ContactView OutOfHours { get; init; }

    /// <summary>
    /// When the front door next opens, in the area's local time (the caller converts with the area's time zone;
    /// the card only prints the clock time this value carries).
    /// </summary>
    public DateTimeOffset? NextOpens { get; init; }

    /// <summary>"Monday to Friday, 09:00 to 17:00".</summary>
    public required string Hours { get; init; }

    /// <summary>True when the hours are a local setting rather than published in the area's documents.</summary>
    public bool HoursAreLocalSetting { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
