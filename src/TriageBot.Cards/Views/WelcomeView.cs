namespace TriageBot.Cards.Views;

public sealed record WelcomeView(string AreaName);
