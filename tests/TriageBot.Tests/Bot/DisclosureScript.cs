namespace TriageBot.Tests.Bot;

/// <summary>
/// A disclosure of physical harm answered as a professional would, question by question (dialogs/disclosures.json and
/// Triage/AssessmentDialog.cs), mixing card presses and typed answers. Each question is recognised by its words, so
/// an unexpected or repeated question fails the walk instead of being answered blindly.
/// </summary>
internal static class DisclosureScript
{
    /// <summary>The child's words: typed in, and must never reach a log.</summary>
    public const string ChildsWords = "Zebulon says his stepdad Quentin hit him with a belt";

    public static readonly IReadOnlyList<(string Question, Func<BotConversation, Task> Answer)> Steps =
    [
        ("Is the child in immediate danger right now?", c => c.PressAsync("No")),
        ("How old is the child", c => c.SayAsync("7")),
        ("What are you worried about?", c => c.SubmitAsync("disclosures")),
        // The authored routing question: physical harm evidences Plymouth indicator ply.a1.1.
        ("What is the child or young person telling you about?", c => c.SubmitAsync("physical")),
        ("What is the young person actually saying?", c => c.SayAsync(ChildsWords)),
        ("Who have they disclosed to?", c => c.SayAsync("Only to me, at morning registration")),
        ("formal complaint to the police?", c => c.PressAsync("No")),
        ("Did anyone witness what is being disclosed?", c => c.SayAsync("no")),
        ("When did alleged incident happen?", c => c.SayAsync("yesterday")),
        ("Have parents been informed?", c => c.SayAsync("no")),
        ("Who is the allegation about?", c => c.PressAsync("Mum, dad or another parent figure")),
        ("Is the perpetrator a child?", c => c.SayAsync("no")),
        ("contact with other children?", c => c.PressAsync("Not known")),
        ("have the parents (or the young person, if appropriate) agreed", c => c.PressAsync("Not asked yet")),
        ("Would asking for consent (or telling the parents) place the child", c => c.SayAsync("yes")),
    ];

    /// <summary>Says hello and answers every question until the recommendation; returns it.</summary>
    public static async Task<string> WalkAsync(BotConversation conversation)
    {
        await conversation.SayAsync("hi");
        var left = Steps.ToList();
        while (!IsRecommendation(conversation.LastText))
        {
            var step = left.FirstOrDefault(s => conversation.LastText.Contains(s.Question, StringComparison.Ordinal));
            Assert.True(step.Answer is not null, $"The walk met a question it does not expect (or one already answered):\n{conversation.LastText}");
            left.Remove(step);
            await step.Answer!(conversation);
        }

        Assert.Empty(left);
        return conversation.LastText;
    }

    public static bool IsRecommendation(string text) => text.Contains("Level ", StringComparison.Ordinal) && text.Contains(" of 4", StringComparison.Ordinal);

    /// <summary>The "who to contact now" part of the recommendation's text, without the services and contacts below it.</summary>
    public static string ContactNow(string recommendation) =>
        recommendation[recommendation.IndexOf("Who to contact now", StringComparison.Ordinal)..recommendation.IndexOf("Consent:", StringComparison.Ordinal)];
}
