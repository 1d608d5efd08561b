using System.Text.Json.Nodes;
using TriageBot.Cards.Model;
using TriageBot.Cards.Tests.Support;

namespace TriageBot.Cards.Tests.Model;

public sealed class CardJsonTests
{
    [Fact]
    public void Every_element_and_action_writes_its_type_first()
    {
        var json = KitchenSink().ToJson();

        foreach (var obj in CardQuery.Objects(json).Where(o => o.ContainsKey("type")))
        {
            Assert.Equal("type", obj.First().Key);
        }

        string[] expected =
        [
            "AdaptiveCard", "TextBlock", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column", "FactSet",
            "Image", "ActionSet", "Input.Text", "Input.Number", "Input.Date", "Input.Toggle", "Input.ChoiceSet",
            "Action.Submit", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute",
        ];
        var written = CardQuery.Objects(json).Select(o => (string?)o["type"]).OfType<string>().ToHashSet();
        Assert.Empty(expected.Except(written));
    }

    [Fact]
    public void Enums_are_written_as_the_schema_words()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock { Text = "Level 4 of 4", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Style = TextBlockStyle.Heading },
                new ChoiceSetInput { Id = "answer", Label = "Choose one", Choices = [new Choice("A", "a")], Style = ChoiceSetStyle.Filtered },
                new Container { Items = [new TextBlock { Text = "x" }], Style = ContainerStyle.Emphasis, Spacing = Spacing.ExtraLarge },
            ],
            Actions = [new SubmitAction { Title = "Back", AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive, Mode = ActionMode.Secondary }],
        };

        var json = card.ToJson();

        var text = json["body"]![0]!;
        Assert.Equal("extraLarge", (string?)text["size"]);
        Assert.Equal("bolder", (string?)text["weight"]);
        Assert.Equal("attention", (string?)text["color"]);
        Assert.Equal("heading", (string?)text["style"]);
        Assert.Equal("filtered", (string?)json["body"]![1]!["style"]);
        Assert.Equal("emphasis", (string?)json["body"]![2]!["style"]);
        Assert.Equal("extraLarge", (string?)json["body"]![2]!["spacing"]);
        var back = json["actions"]![0]!;
        Assert.Equal("none", (string?)back["associatedInputs"]);
        Assert.Equal("destructive", (string?)back["style"]);
        Assert.Equal("secondary", (string?)back["mode"]);
    }

    [Fact]
    public void Unset_properties_are_left_out()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Hello" }] };

        var json = card.ToJson();

        Assert.Equal(["type", "$schema", "version", "body"], json.Select(p => p.Key));
        Assert.Equal(["type", "text"], json["body"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal("1.5", (string?)json["version"]);
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
    }

    [Fact]
    public void A_nested_card_has_no_version_or_schema()
    {
        var card = new AdaptiveCard
        {
            Actions = [new ShowCardAction { Title = "More", Card = AdaptiveCard.Nested([new TextBlock { Text = "Inside" }]) }],
        };

        var nested = card.ToJson()["actions"]![0]!["card"]!.AsObject();

        Assert.Equal(["type", "body"], nested.Select(p => p.Key));
    }

    [Fact]
    public void Inputs_write_id_and_label_and_typed_values()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new DateInput { Id = "when", Label = "When did it happen?", Value = new DateOnly(2026, 11, 24), Max = new DateOnly(2026, 11, 30) },
                new NumberInput { Id = "age", Label = "Age", Min = 0, Max = 17, Value = 7 },
            ],
        };

        var body = card.ToJson()["body"]!;

        Assert.Equal("when", (string?)body[0]!["id"]);
        Assert.Equal("When did it happen?", (string?)body[0]!["label"]);
        Assert.Equal("2026-11-24", (string?)body[0]!["value"]);
        Assert.Equal("2026-11-30", (string?)body[0]!["max"]);
        Assert.Equal(17, (double?)body[1]!["max"]);
        Assert.Equal(7, (double?)body[1]!["value"]);
    }

    [Fact]
    public void A_tel_url_is_written_as_given()
    {
        var action = new OpenUrlAction { Title = "Call 01752 668000", Url = new Uri("tel:01752668000") };
        var card = new AdaptiveCard { Actions = [action] };

        Assert.Equal("tel:01752668000", (string?)card.ToJson()["actions"]![0]!["url"]);
    }

    [Fact]
    public void The_same_data_object_can_serve_two_buttons()
    {
        var data = new JsonObject { ["command"] = "back" };
        var card = new AdaptiveCard
        {
            Actions = [new SubmitAction { Title = "A", Data = data }, new SubmitAction { Title = "B", Data = data }],
        };

        var json = card.ToJson();

        Assert.Equal("back", (string?)json["actions"]![1]!["data"]!["command"]);
        Assert.Equal(json.ToJsonString(), card.ToJsonString());
    }

    [Fact]
    public void Text_is_not_escaped_beyond_what_json_needs()
    {
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Level 4 of 4 · Children's \"Gateway\"" }] };

        Assert.Contains("Level 4 of 4 · Children's \\\"Gateway\\\"", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Size_is_the_compact_utf8_length_each_time_a_card_is_measured()
    {
        // Measuring reuses one buffer per thread: a small card measured after a large one must not count the large one's bytes.
        var large = new AdaptiveCard { Body = [.. Enumerable.Range(0, 500).Select(i => new TextBlock { Text = $"Line {i} · Children's \"Gateway\"" })] };
        var small = new AdaptiveCard { Body = [new TextBlock { Text = "·" }] };

        foreach (var card in new[] { large, small, large })
        {
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()), card.Utf8Size());
        }
    }

    [Fact]
    public void Microsofts_renderer_knows_every_type_and_property_the_model_writes()
    {
        CardValidator.AssertValid(KitchenSink());
    }

    [Fact]
    public void The_validator_catches_a_property_the_renderer_does_not_know()
    {
        // Proves the harness can fail: "bleed" is a Container property, not a TextBlock one.
        var json = new AdaptiveCard { Body = [new TextBlock { Text = "x" }] }.ToJson();
        json["body"]![0]!["bleed"] = true;
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "x" }] };

        var report = CardValidator.ValidateJson(json);

        Assert.Contains("$.body[0].bleed", report.Dropped);
        Assert.Empty(CardValidator.Validate(card).Problems);
    }

    /// <summary>One of every type, with every property the model has set.</summary>
    internal static AdaptiveCard KitchenSink() => new()
    {
        FallbackText = "fallback",
        Speak = "speak",
        Body =
        [
            new TextBlock
            {
                Id = "t", Text = "Heading", Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Attention,
                IsSubtle = true, Wrap = true, Style = TextBlockStyle.Heading, MaxLines = 3, HorizontalAlignment = HorizontalAlignment.Center,
                Spacing = Spacing.Medium, Separator = true,
            },
            new RichTextBlock
            {
                Inlines =
                [
                    new TextRun { Text = "run", Size = TextSize.Small, Weight = TextWeight.Lighter, Color = TextColor.Good, IsSubtle = true, Italic = true, Highlight = true },
                    new TextRun { Text = "link", SelectAction = new OpenUrlAction { Title = "Open", Url = new Uri("https://www.plymouthonlinedirectory.com/") } },
                ],
                HorizontalAlignment = HorizontalAlignment.Left,
            },
            new Container
            {
                Id = "more", IsVisible = false, Style = ContainerStyle.Attention, Bleed = true,
                SelectAction = new SubmitAction { Title = "Select", Data = new JsonObject { ["command"] = "x" } },
                Items = [new TextBlock { Text = "inside" }],
            },
            new ColumnSet
            {
                Style = ContainerStyle.Emphasis, Bleed = true,
                Columns = [new Column { Id = "c", Width = "auto", Style = ContainerStyle.Good, Spacing = Spacing.Small, Separator = true, Items = [new TextBlock { Text = "col" }] }],
            },
            new FactSet { Facts = [new Fact("Phone", "01752 668000")] },
            new Image { Url = new Uri("https://example.org/logo.png"), AltText = "TriageBot logo", Size = ImageSize.Small, HorizontalAlignment = HorizontalAlignment.Right },
            new ActionSet { Actions = [new OpenUrlAction { Title = "Call 01752 668000", Url = new Uri("tel:01752668000") }] },
            new TextInput { Id = "text", Label = "Text", IsMultiline = true, MaxLength = 500, Placeholder = "p", IsRequired = true, ErrorMessage = "e", Value = "v", Style = TextInputStyle.Tel },
            new NumberInput { Id = "number", Label = "Number", Min = 0, Max = 17, Value = 7, Placeholder = "age" },
            new DateInput { Id = "date", Label = "Date", Value = new DateOnly(2026, 11, 24), Min = new DateOnly(2026, 1, 1), Max = new DateOnly(2026, 12, 31) },
            new ToggleInput { Id = "toggle", Label = "Toggle", Title = "Parents know", Value = "no", ValueOn = "yes", ValueOff = "no", Wrap = true },
            new ChoiceSetInput { Id = "choice", Label = "Choice", Choices = [new Choice("One", "1"), new Choice("Two", "2")], IsMultiSelect = true, Style = ChoiceSetStyle.Expanded, Value = "1", Placeholder = "pick", Wrap = true },
        ],
        Actions =
        [
            new SubmitAction { Title = "Send", Data = new JsonObject { ["answer"] = "yes", ["nonce"] = "n" }, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive, Tooltip = "Send the answer" },
            new ExecuteAction { Title = "Do", Verb = "refresh", Data = new JsonObject { ["x"] = 1 }, AssociatedInputs = AssociatedInputs.None },
            new ToggleVisibilityAction { Title = "Show more", TargetElements = ["more"] },
            new ShowCardAction { Title = "Services", Card = AdaptiveCard.Nested([new TextBlock { Text = "NSPCC" }]), Mode = ActionMode.Secondary },
        ],
    };
}
