namespace TriageBot.Cards.Views;

/// <summary>A service and its phone numbers as published.</summary>
public sealed record ContactView(string Service, IReadOnlyList<string> Phones);
