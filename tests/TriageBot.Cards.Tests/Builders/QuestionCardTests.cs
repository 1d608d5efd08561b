using System.Text.Json.Nodes;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

public sealed class QuestionCardTests
{
    private static readonly AnswerOption[] s_bedding =
    [
        new("none", "No bedding"),
        new("dirty", "Dirty"),
        new("soaked", "Urine or faeces soaked"),
        new("clean", "Clean enough"),
    ];

    private static readonly AnswerOption[] s_between =
    [
        new("parents", "Parents or carers"),
        new("new-partner", "A parent and a new partner"),
        new("ex-partner", "A parent and an ex-partner"),
        new("other-adult", "A parent and another adult in the home"),
        new("young-person-parent", "A young person and a parent"),
        new("young-people", "Young people in a relationship"),
    ];

    private static readonly AnswerOption[] s_abuse =
    [
        new("verbal", "Verbal"),
        new("physical", "Physical"),
        new("sexual", "Sexual"),
        new("emotional", "Emotional"),
        new("financial", "Financial"),
        new("coercive-control", "Coercive control"),
    ];

    public static TheoryData<string> Names => [.. Views.Keys];

    private static Dictionary<string, QuestionView> Views => new()
    {
        ["question-yes-no"] = PlymouthViews.Question("Have you completed a skin map?", QuestionKind.YesNoUnknown, 6, 8),
        ["question-choice-buttons"] = PlymouthViews.Question("Bedding – is there any? Is it dirty, urine and or faeces soaked?", QuestionKind.Choice, 1, 9, s_bedding),
        ["question-choice-list"] = PlymouthViews.Question("Who is it between?", QuestionKind.Choice, 2, 11, s_between),
        ["question-multi-choice"] = PlymouthViews.Question("What is the abuse? Verbal, physical etc.?", QuestionKind.MultiChoice, 1, 11, s_abuse),
        ["question-number"] = new QuestionView
        {
            Topic = "About the child", Number = 1, Total = 2, Text = "How old is the child, in years?", Kind = QuestionKind.Number,
            Min = 0, Max = 17, Nonce = "age-1", CanSkip = true,
        },
        ["question-date"] = PlymouthViews.Question("When did alleged incident happen?", QuestionKind.Date, 5, 9),
        ["question-text"] = PlymouthViews.Question("What is the young person actually saying? Their words.", QuestionKind.Text, 1, 9),
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_its_snapshot_and_fits_the_budget(string name)
    {
        var result = QuestionCard.Build(Views[name]);

        Snapshot.Match(name, result.Card);
        Assert.InRange(result.Card.Utf8Size(), 1, CardProtocol.MaxCardBytes);
    }

    [Fact]
    public void Every_kind_parses_in_Microsofts_renderer_without_a_warning()
    {
        CardValidator.AssertValid([.. Views.Values.Select(v => QuestionCard.Build(v).Card)]);
    }

    [Fact]
    public void Every_Appendix_2_question_shows_verbatim_and_parses()
    {
        var questions = PlymouthInventory.Load.Appendix2;
        Assert.Equal(89, questions.Count);

        var cards = questions.Select((q, i) => QuestionCard.Build(PlymouthViews.Question(q, QuestionKind.Text, 1, 1) with { Nonce = $"n{i}" })).ToList();

        for (var i = 0; i < questions.Count; i++)
        {
            var runs = CardQuery.OfType(cards[i].Card.ToJson(), "TextRun").Select(r => (string?)r["text"]);
            Assert.Contains(questions[i].Question, runs);
            Assert.Contains(questions[i].Question, cards[i].Text, StringComparison.Ordinal);
        }

        CardValidator.AssertValid([.. cards.Select(c => c.Card)]);
    }

    [Fact]
    public void Yes_no_not_known_are_three_buttons_carrying_the_answer_and_nonce()
    {
        var view = Views["question-yes-no"];

        var json = QuestionCard.Build(view).Card.ToJson();

        var answers = AnswerButtons(json);
        Assert.Equal(["Yes", "No", "Not known"], answers.Select(a => (string?)a["title"]));
        Assert.Equal(["yes", "no", "not-known"], answers.Select(a => (string?)a["data"]!["answer"]));
        Assert.All(answers, a => Assert.Equal(view.Nonce, (string?)a["data"]!["nonce"]));
    }

    [Fact]
    public void Back_skip_and_cancel_send_commands_that_ignore_the_inputs()
    {
        var view = Views["question-text"] with { Number = 2, CanGoBack = true, CanSkip = true };

        var json = QuestionCard.Build(view).Card.ToJson();

        var navigation = json["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Back", "Skip / don't know", "Cancel"], navigation.Select(a => (string?)a["title"]));
        Assert.Equal(["back", "skip", "cancel"], navigation.Select(a => (string?)a["data"]!["command"]));
        Assert.All(navigation, a => Assert.Equal(view.Nonce, (string?)a["data"]!["nonce"]));
        // A required answer must not block leaving the question.
        Assert.All(navigation, a => Assert.Equal("none", (string?)a["associatedInputs"]));
    }

    [Fact]
    public void Skip_and_back_are_offered_only_when_allowed()
    {
        var view = Views["question-yes-no"] with { CanGoBack = false, CanSkip = false };

        var result = QuestionCard.Build(view);

        Assert.Equal(["Cancel"], result.Card.ToJson()["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.EndsWith("You can also type: cancel.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_choice_is_numbered_buttons_so_it_can_be_typed()
    {
        var json = QuestionCard.Build(Views["question-choice-buttons"]).Card.ToJson();

        var answers = AnswerButtons(json);
        Assert.Equal(["1. No bedding", "2. Dirty", "3. Urine or faeces soaked", "4. Clean enough"], answers.Select(a => (string?)a["title"]));
        Assert.Equal(["none", "dirty", "soaked", "clean"], answers.Select(a => (string?)a["data"]!["answer"]));
        Assert.Empty(CardQuery.OfType(json, "Input.ChoiceSet"));
    }

    [Fact]
    public void More_than_five_options_become_an_expanded_list_with_a_send_button()
    {
        var view = Views["question-choice-list"];

        var json = QuestionCard.Build(view).Card.ToJson();

        var list = Assert.Single(CardQuery.OfType(json, "Input.ChoiceSet"));
        Assert.Equal("answer", (string?)list["id"]);
        Assert.Equal("expanded", (string?)list["style"]);
        Assert.Null(list["isMultiSelect"]);
        Assert.Equal(6, list["choices"]!.AsArray().Count);
        var send = Assert.Single(CardQuery.OfType(json, "Action.Submit"), a => (string?)a["title"] == "Send answer");
        Assert.Equal(view.Nonce, (string?)send["data"]!["nonce"]);
    }

    [Fact]
    public void Options_too_long_for_a_phone_button_become_a_list()
    {
        AnswerOption[] options = [new("a", "Yes, and the explanation was consistent"), new("b", "No")];
        var view = Views["question-choice-buttons"] with { Options = options };

        var json = QuestionCard.Build(view).Card.ToJson();

        Assert.Single(CardQuery.OfType(json, "Input.ChoiceSet"));
    }

    [Fact]
    public void Multi_choice_is_an_expanded_multi_select_list()
    {
        var json = QuestionCard.Build(Views["question-multi-choice"]).Card.ToJson();

        var list = Assert.Single(CardQuery.OfType(json, "Input.ChoiceSet"));
        Assert.Equal(true, (bool?)list["isMultiSelect"]);
        Assert.Equal("expanded", (string?)list["style"]);
        Assert.Equal("answer", (string?)list["id"]);
    }

    [Theory]
    [InlineData("question-number", "Input.Number")]
    [InlineData("question-date", "Input.Date")]
    [InlineData("question-text", "Input.Text")]
    public void Typed_inputs_submit_their_value_as_the_answer(string name, string inputType)
    {
        var view = Views[name];

        var json = QuestionCard.Build(view).Card.ToJson();

        var input = Assert.Single(CardQuery.OfType(json, inputType));
        Assert.Equal(CardProtocol.AnswerKey, (string?)input["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)input["label"]));
        Assert.Equal(true, (bool?)input["isRequired"]);
        var send = Assert.Single(CardQuery.OfType(json, "Action.Submit"), a => (string?)a["title"] == "Send answer");
        Assert.Equal(view.Nonce, (string?)send["data"]!["nonce"]);
        Assert.Null(send["data"]!["answer"]);
    }

    [Fact]
    public void Number_question_carries_its_range_to_the_input_and_the_text()
    {
        var result = QuestionCard.Build(Views["question-number"]);

        var input = Assert.Single(CardQuery.OfType(result.Card.ToJson(), "Input.Number"));
        Assert.Equal(0, (double?)input["min"]);
        Assert.Equal(17, (double?)input["max"]);
        Assert.Contains("Answer with a number from 0 to 17.", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_card_shows_progress_prompt_question_and_source()
    {
        var view = Views["question-choice-buttons"];

        var result = QuestionCard.Build(view);

        var text = CardQuery.AllText(result.Card.ToJson());
        Assert.Contains("Question 1 of 9 · Neglect", text, StringComparison.Ordinal);
        Assert.Contains("If concerns are the home conditions are filthy: think about", text, StringComparison.Ordinal);
        Assert.Contains("Bedding – is there any? Is it dirty, urine and or faeces soaked?", text, StringComparison.Ordinal);
        Assert.Contains("Source: 001_9322bea10a27a627.txt, Appendix 2 (Neglect)", text, StringComparison.Ordinal);
        Assert.Contains("type your answer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_says_the_same_as_the_card()
    {
        var result = QuestionCard.Build(Views["question-choice-buttons"]);

        Assert.Equal(
            """
            Question 1 of 9 · Neglect
            If concerns are the home conditions are filthy: think about
            Bedding – is there any? Is it dirty, urine and or faeces soaked?
            Source: 001_9322bea10a27a627.txt, Appendix 2 (Neglect)
            Choose one:
            1. No bedding
            2. Dirty
            3. Urine or faeces soaked
            4. Clean enough
            Tap an answer, or type your answer (its words or its number).
            You can also type: skip, cancel.
            """.ReplaceLineEndings(Environment.NewLine),
            result.Text);
    }

    [Theory]
    [InlineData("nonce")]
    [InlineData("position")]
    [InlineData("comma")]
    [InlineData("duplicate")]
    [InlineData("one-option")]
    [InlineData("options-on-text")]
    [InlineData("range")]
    public void A_bad_view_gets_an_error_naming_the_problem(string problem)
    {
        var choice = Views["question-multi-choice"];
        var (view, expected) = problem switch
        {
            "nonce" => (choice with { Nonce = " " }, "nonce"),
            "position" => (choice with { Number = 12 }, "Question 12 of 11"),
            "comma" => (choice with { Options = [new("a,b", "A or B"), new("c", "C")] }, "comma"),
            "duplicate" => (choice with { Options = [new("a", "A"), new("a", "Also A")] }, "share the value \"a\""),
            "one-option" => (choice with { Options = [new("a", "A")] }, "at least two options"),
            "options-on-text" => (Views["question-text"] with { Options = [new("a", "A"), new("b", "B")] }, "takes no options"),
            _ => (Views["question-number"] with { Min = 18, Max = 0 }, "range is empty"),
        };

        var error = Assert.Throws<ArgumentException>(() => QuestionCard.Build(view));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static List<JsonObject> AnswerButtons(JsonObject card) =>
        [.. CardQuery.OfType(card, "ActionSet").SelectMany(s => s["actions"]!.AsArray()).Select(a => a!.AsObject())
            .Where(a => a["data"]?["answer"] is not null)];
}
