namespace TriageBot.Cards.Views;

/// <summary>Who to contact now: the kind of route, the service, its phone numbers as published, and the next steps.</summary>
public sealed record RouteView(RouteKind Kind, string Service, IReadOnlyList<string> Phones, IReadOnlyList<string> NextSteps);
