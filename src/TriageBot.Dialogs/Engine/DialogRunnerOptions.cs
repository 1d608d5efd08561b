namespace TriageBot.Dialogs.Engine;

public sealed class DialogRunnerOptions
{
    public EngineTexts Texts { get; set; } = new();

    /// <summary>IANA zone in which "today" and "yesterday" are read.</summary>
    public string TimeZoneId { get; set; } = "Europe/London";

    /// <summary>Invalid answers allowed before a question is recorded as not known.</summary>
    public int RetryLimit { get; set; } = 3;

    /// <summary>How many earlier questions "back" can return to.</summary>
    public int MaxBackSteps { get; set; } = 40;

    /// <summary>How many recent activity ids are remembered to drop redelivered messages.</summary>
    public int RecentActivityIds { get; set; } = 32;
}
