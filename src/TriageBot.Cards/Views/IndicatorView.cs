namespace TriageBot.Cards.Views;

/// <summary>An indicator that was evidenced, with its source text verbatim and where to find it.</summary>
public sealed record IndicatorView(string Text, int Level, string Document, string Section)
{
    /// <summary>"001_9322bea10a27a627.txt, Appendix 1".</summary>
    public string Source => $"{Document}, {Section}";

    internal void Validate()
    {
        ViewChecks.Text(Text, "An indicator's text");
        ViewChecks.Text(Document, $"The document of indicator \"{Text}\"");
        ViewChecks.Text(Section, $"The section of indicator \"{Text}\"");
        if (Level < 1)
        {
            throw new ArgumentException($"Indicator \"{Text}\" has level {Level}; levels start at 1.");
        }
    }
}
