using CsCheck;
using TriageBot.Cards.Builders;
using TriageBot.Cards.Tests.Support;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Tests.Builders;

/// <summary>Properties that must hold for any view, not just the Plymouth examples.</summary>
public sealed class PropertyTests
{
    private static readonly Gen<string> s_words = Gen.String[Gen.Char["abc XYZ_*[]()#>-–'’\"\\·\n"], 1, 60].Where(s => !string.IsNullOrWhiteSpace(s));

    [Fact]
    public void Any_phone_written_with_spaces_dials_exactly_its_digits()
    {
        Gen.String[Gen.Char["0123456789"], 1, 6].Array[1, 4].Sample(groups =>
        {
            var phone = string.Join(' ', groups);
            var digits = string.Concat(groups);
            var view = PlymouthViews.Disclosure() with { Route = PlymouthViews.Disclosure().Route with { Phones = [phone] } };
            if (digits.Length < 3)
            {
                Assert.Throws<ArgumentException>(() => RecommendationCard.Build(view));
                return;
            }

            var call = CardQuery.OfType(RecommendationCard.Build(view).Card.ToJson(), "Action.OpenUrl").First();
            Assert.Equal("tel:" + digits, (string?)call["url"]);
            Assert.Equal("Call " + phone, (string?)call["title"]);
        });
    }

    [Fact]
    public void A_contact_shows_exactly_the_values_supplied_whatever_the_sections_and_text()
    {
        var field = Gen.Select(Gen.Enum<HandoffSection>(), Gen.Bool, s_words, (section, given, words) => new HandoffField(section, given ? words : null));
        field.Array[1, 16].Select(fields => fields.DistinctBy(f => f.Section).ToArray()).Sample(fields =>
        {
            var view = PlymouthViews.Handoff() with { Fields = fields };

            var inputs = CardQuery.OfType(HandoffCard.Build(view).Card.ToJson(), "Input.Text").ToList();

            Assert.Equal(fields.Select(f => HandoffCard.InputId(f.Section)), inputs.Select(i => (string?)i["id"]));
            Assert.Equal(fields.Select(f => f.Value), inputs.Select(i => (string?)i["value"]));
        });
    }

    [Fact]
    public void Any_question_is_shown_verbatim_and_every_button_carries_its_nonce()
    {
        var option = Gen.Select(Gen.String[Gen.Char["abcdefghij"], 1, 8], s_words, (value, title) => new AnswerOption(value, title));
        var view = Gen.Select(s_words, Gen.Enum<QuestionKind>(), option.Array[2, 9], Gen.String[Gen.Char["0123456789abcdef"], 1, 16],
            (text, kind, options, nonce) => new QuestionView
            {
                Topic = "Injuries", Number = 1, Total = 1, Text = text, Kind = kind, Nonce = nonce, CanSkip = true,
                Options = kind is QuestionKind.Choice or QuestionKind.MultiChoice ? [.. options.DistinctBy(o => o.Value)] : [],
            }).Where(v => v.Kind is not (QuestionKind.Choice or QuestionKind.MultiChoice) || v.Options.Count >= 2);

        view.Sample(v =>
        {
            var result = QuestionCard.Build(v);
            var json = result.Card.ToJson();

            Assert.Contains(v.Text, CardQuery.OfType(json, "TextRun").Select(r => (string?)r["text"]));
            Assert.Contains(v.Text, result.Text, StringComparison.Ordinal);
            Assert.All(CardQuery.OfType(json, "Action.Submit"), a => Assert.Equal(v.Nonce, (string?)a["data"]!["nonce"]));
        });
    }
}
