namespace TriageBot.Cards.Views;

/// <summary>One field of the contact. A null value was not given in the conversation and stays empty.</summary>
public sealed record HandoffField(HandoffSection Section, string? Value);
