namespace TriageBot.Thresholds.Model;

/// <summary>A source document a pack cites, by file name, and what the pack takes from it.</summary>
public sealed record SourceDocument(string File, string Title, string Use);

/// <summary>An assessment-triangle domain.</summary>
public sealed record Domain(string Id, string Name);
