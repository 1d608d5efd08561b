namespace TriageBot.Cards.Views;

public sealed record ConsentView(ConsentKind Kind, IReadOnlyList<string> Steps);
