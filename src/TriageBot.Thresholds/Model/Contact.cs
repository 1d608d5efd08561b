namespace TriageBot.Thresholds.Model;

/// <summary>A useful contact as the document lists it; <paramref name="Dial"/> is the number as dialled (area code added).</summary>
public sealed record Contact(string Name, string Phone, IReadOnlyList<string> Dial, string Source);
