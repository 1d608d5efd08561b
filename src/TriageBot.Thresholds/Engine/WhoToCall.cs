using TriageBot.Thresholds.Model;

namespace TriageBot.Thresholds.Engine;

/// <summary>
/// "Who do I call now?": the front door open or closed at this moment, when it next opens, the number for a
/// Level 4 concern now, the out-of-hours number, and 999 for immediate danger.
/// </summary>
/// <param name="CallNow">The front door while it is open, otherwise the out-of-hours team.</param>
/// <param name="Notes">Bank holiday and "hours are a local setting" sentences, as in an assessment.</param>
public sealed record WhoToCall(
    string Area,
    FrontDoorStatus FrontDoor,
    Route FrontDoorRoute,
    Route OutOfHours,
    Route Emergency,
    Route CallNow,
    IReadOnlyList<string> Notes);
