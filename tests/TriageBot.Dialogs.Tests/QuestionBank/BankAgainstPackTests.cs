using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

/// <summary>The embedded bank is valid, and every indicator it names is one the Plymouth pack defines.</summary>
public sealed class BankAgainstPackTests
{
    [Fact]
    public void Every_indicator_id_named_in_the_bank_exists_in_the_embedded_plymouth_pack()
    {
        var named = Bank.Questions.SelectMany(q => q.Evidence.Select(e => (q.Id, e.Indicator))).ToList();

        Assert.NotEmpty(named);
        Assert.DoesNotContain(named, n => !Bank.PackIndicators.ContainsKey(n.Indicator));
    }

    [Fact]
    public void The_embedded_bank_has_no_problems_when_checked_against_the_pack()
    {
        var problems = QuestionBankValidator.Validate(Bank.Topics, Bank.PackIndicators.Keys.ToHashSet(StringComparer.Ordinal));

        Assert.Empty(problems);
    }

    [Fact]
    public void Every_evidence_rule_is_reachable_by_some_answer_and_has_a_rationale()
    {
        foreach (var q in Bank.Questions)
        {
            foreach (var rule in q.Evidence)
            {
                var reachedBy = q.Answer.Values.Where(v => rule.When.Matches(Answer.Choice(v)));
                Assert.True(reachedBy.Any(), $"{q.Id}: evidence for {rule.Indicator} matches no answer");
                Assert.False(string.IsNullOrWhiteSpace(rule.Rationale), $"{q.Id}: evidence for {rule.Indicator} has no rationale");
            }
        }
    }
}
