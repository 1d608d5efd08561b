namespace TriageBot.Cards.Views;

/// <summary>A service that works at the recommended level; the phone as published, when there is one.</summary>
public sealed record ServiceView(string Name, string? Phone = null, string? Detail = null);
