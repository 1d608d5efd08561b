using TriageBot.Dialogs.Tests.Engine.Sample;

namespace TriageBot.Dialogs.Tests.Engine;

/// <summary>Invalid answers are re-asked with the problem named; the retry limit ends in "not known".</summary>
public sealed class PromptValidationTests
{
    [Fact]
    public async Task An_unknown_option_is_re_asked_naming_the_options_and_keeps_the_same_card_valid()
    {
        string? nonce = null;
        await SampleFlows.Flow()
            .Send("hi")
            .WithPrompt(p => nonce = p.Nonce)
            .Send("maybe")
            .AssertReply(m => m.Text.StartsWith("Please answer with one of: 1. Yes, 2. No, 3. Not known.", StringComparison.Ordinal)
                && m.Text.Contains(QuestionnaireDialog.DangerQuestion, StringComparison.Ordinal))
            .AssertPrompt(p => Assert.Equal(nonce, p.Nonce))
            .Answer("no")
            .AssertReply(QuestionnaireDialog.TopicsQuestion)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("ten", "\"ten\" is not a whole number. Please answer with a whole number from 0 to 10.")]
    [InlineData("11", "11 is out of range. Please answer with a whole number from 0 to 10.")]
    [InlineData("-1", "-1 is out of range.")]
    [InlineData("2.5", "is not a whole number")]
    public async Task Number_outside_the_rules_is_re_asked_with_the_problem(string answer, string problem)
    {
        await SampleFlows.Flow()
            .ToAdultsQuestion()
            .Send(answer)
            .AssertReply(m => m.Text.Contains(problem, StringComparison.Ordinal) && m.Text.Contains(HomeDialog.AdultsQuestion, StringComparison.Ordinal))
            .Send("10")
            .AssertReply(SchoolDialog.SeenQuestion)
            .StartTestAsync();
    }

    [Theory]
    [InlineData("31/02/2026", "\"31/02/2026\" is not a date I can read.")]
    [InlineData("next week", "is not a date I can read. Please give a date as dd/mm/yyyy")]
    [InlineData("2026-07-02", SchoolDialog.FutureDate)]
    public async Task Date_that_cannot_be_read_or_fails_the_dialogs_rule_is_re_asked(string answer, string problem)
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("school")
            .Send(answer)
            .AssertReply(m => m.Text.Contains(problem, StringComparison.Ordinal) && m.Text.Contains(SchoolDialog.SeenQuestion, StringComparison.Ordinal))
            .Send("1/7/2026")
            .AssertReply(SchoolDialog.DescriptionQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Multi_choice_names_the_parts_it_did_not_recognise()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no")
            .Send("1, 7, garden")
            .AssertReply("I didn't recognise \"7\", \"garden\". Please answer with one or more of: 1. Home conditions, 2. School.")
            .Send("home conditions and school")
            .AssertReply(HomeDialog.BeddingQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Text_longer_than_the_limit_is_re_asked()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("school").Send("today")
            .Send(new string('x', 201))
            .AssertReply("That answer is 201 characters long; please keep it to 200.")
            .StartTestAsync();
    }

    [Fact]
    public async Task After_the_retry_limit_the_question_is_recorded_as_not_known_and_the_flow_moves_on()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("home")
            .Send("purple").AssertReply("Please answer with one of")
            .Send("green").AssertReply("Please answer with one of")
            .Send("blue")
            .AssertReply("I've recorded that as not known and moved on.")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("0")
            .AssertReply("Summary: topics=home; bedding=not known; adults=0")
            .StartTestAsync();
    }

    [Fact]
    public async Task An_empty_message_is_re_asked()
    {
        await SampleFlows.Flow()
            .Send("hi")
            .Send("   ")
            .AssertReply("I didn't get an answer. Please answer with one of: 1. Yes, 2. No, 3. Not known.")
            .StartTestAsync();
    }

    [Fact]
    public async Task Typed_choice_ignores_case_and_punctuation_and_accepts_the_number()
    {
        await SampleFlows.Flow()
            .Send("hi").Send("no").Send("HOME CONDITIONS!")
            .AssertReply(HomeDialog.BeddingQuestion)
            .Send("Dirty - urine or faeces soaked.")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("back")
            .Send("3)")
            .AssertReply(HomeDialog.AdultsQuestion)
            .Send("1").AssertReply("Summary: topics=home; bedding=none; adults=1")
            .StartTestAsync();
    }
}
