namespace TriageBot.Cards.Views;

/// <summary>What the engine recommended, ready to show.</summary>
public sealed record RecommendationView
{
    /// <summary>"Plymouth".</summary>
    public required string AreaName { get; init; }

    public required LevelView Level { get; init; }

    /// <summary>One plain sentence on what the level means for this child.</summary>
    public required string LevelMeaning { get; init; }

    /// <summary>When true the card opens with "Call 999 now", before everything else.</summary>
    public bool ImmediateDanger { get; init; }

    public required RouteView Route { get; init; }

    public required ConsentView Consent { get; init; }

    public IReadOnlyList<IndicatorView> Indicators { get; init; } = [];

    /// <summary>"Needs may combine to a higher level — discuss with your safeguarding lead", when the engine says so.</summary>
    public string? CombineNote { get; init; }

    public IReadOnlyList<ServiceView> Services { get; init; } = [];

    /// <summary>E.g. "Opening hours are a local setting".</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
