using TriageBot.Dialogs.QuestionBank;

namespace TriageBot.Dialogs.Tests.QuestionBank;

public sealed class QuestionBankLoaderTests
{
    [Theory]
    [InlineData("""{"topic": "t", "title": "T", """, "LineNumber")]
    [InlineData("""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "yes-no"}, "askwhen": {"question": "t.z", "in": ["yes"]}}]}""", "askwhen")]
    [InlineData("""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{"id": "t.a", "authored": false, "answer": {"type": "yes-no"}}]}""", "text")]
    [InlineData("""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{"id": "t.a", "text": "A?", "answer": {"type": "yes-no"}}]}""", "authored")]
    [InlineData("""{"topic": "t", "title": null, "hint": "h", "source": "s", "questions": []}""", "title")]
    [InlineData("""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "yes-no"}, "evidence": [{"when": "yes", "indicator": "i", "rationale": "r"}]}]}""", "list of answer values")]
    [InlineData("""{"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [{"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "number"}, "evidence": [{"when": {}, "indicator": "i", "rationale": "r"}]}]}""", "atLeast or atMost")]
    public void Bad_files_fail_with_an_error_naming_the_file_and_the_problem(string json, string named)
    {
        var error = Assert.Throws<InvalidDataException>(() => Bank.Parse(json, "broken.json"));

        Assert.StartsWith("broken.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_ask_when_and_a_list_of_them_both_load()
    {
        var topic = Bank.Parse("""
            {"topic": "t", "title": "T", "hint": "h", "source": "s", "questions": [
              {"id": "t.a", "text": "A?", "authored": false, "answer": {"type": "number", "allowNotKnown": true}},
              {"id": "t.b", "text": "B?", "authored": false, "answer": {"type": "yes-no"}, "askWhen": {"question": "t.a", "atLeast": 1}},
              {"id": "t.c", "text": "C?", "authored": false, "answer": {"type": "yes-no"},
               "askWhen": [{"question": "t.a", "atMost": 0}, {"question": "t.a", "in": ["not-known"]}]}]}
            """);

        Assert.Single(topic.Questions[1].AskWhen);
        Assert.Equal(2, topic.Questions[2].AskWhen.Count);
        Assert.Empty(topic.Questions[0].AskWhen);
        Assert.Equal("t.json", topic.File);
    }

    [Fact]
    public void The_embedded_bank_loads_every_topic_with_its_questions()
    {
        var topics = QuestionBankLoader.LoadEmbedded();

        Assert.Equal(8, topics.Count);
        Assert.All(topics, t => Assert.NotEmpty(t.Questions));
        Assert.All(topics, t => Assert.False(string.IsNullOrWhiteSpace(t.Comment), $"{t.File} needs its $comment for reviewers"));
    }
}
