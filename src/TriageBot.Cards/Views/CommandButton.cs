namespace TriageBot.Cards.Views;

/// <summary>A button that sends {"command": Command}.</summary>
public sealed record CommandButton(string Title, string Command);
