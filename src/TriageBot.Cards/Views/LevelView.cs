namespace TriageBot.Cards.Views;

/// <summary>A level of need, e.g. 4 of 4, "Statutory".</summary>
public sealed record LevelView(int Number, int Count, string Name)
{
    /// <summary>"Level 4 of 4 · Statutory": the words carry the level, so colour is never the only signal.</summary>
    public string Words => $"Level {Number} of {Count} · {Name}";

    internal void Validate(string what)
    {
        if (Count < 1 || Number < 1 || Number > Count)
        {
            throw new ArgumentException($"{what}: level {Number} of {Count} is not a level (the number must be 1 to the count).");
        }

        ViewChecks.Text(Name, $"{what}: the level's name");
    }
}
