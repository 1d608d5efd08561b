using System.Globalization;
using System.Text;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>
/// The answer: the level in words, who to contact now with tap-to-call numbers, the consent step, why
/// (each indicator with its source), and the human step. Immediate danger puts "Call 999 now" before everything.
/// </summary>
public static class RecommendationCard
{
    // A service's elements, and their size as sent, are the same on every answer card that lists it, and elements
    // cannot be changed once made, so each card shares them: building them again for 60-odd services on every
    // answer was about 3 KB of the 58 KB a turn allocated over whole assessments.
    private static readonly PackMemo<ServiceView, ServiceBlock> s_services = new();

    public static CardResult Build(RecommendationView v)
    {
        Validate(v);
        var text = Text(v);

        // Most cards fit whole. A long list of services goes first, then the lowest-level indicators, each
        // replaced by a line saying how many were left out and where to find them; the text keeps everything.
        // Each try serializes the card, so how many to keep is estimated and then stepped to: the services' sizes
        // (the pack's, so measured once) say whether all of them can fit without serializing the whole card.
        var (services, indicators) = (v.Services.Count, v.Indicators.Count);
        var withoutServices = Measure(v, 0, indicators);
        if (withoutServices.Fits)
        {
            if (services == 0)
            {
                return withoutServices.Result(text);
            }

            var estimatedWhole = withoutServices.Bytes + v.Services.Sum(service => Block(service).Bytes);
            if (estimatedWhole <= CardProtocol.MaxCardBytes && Measure(v, services, indicators) is { Fits: true } whole)
            {
                return whole.Result(text);
            }

            return Largest(0, withoutServices, services, estimatedWhole, n => Measure(v, n, indicators)).Result(text);
        }

        var fewest = indicators == 1 ? withoutServices : Measure(v, 0, 1);
        return fewest.Fits
            ? Largest(1, fewest, indicators, withoutServices.Bytes, n => Measure(v, 0, n)).Result(text)
            : throw CardBudget.TooLarge(fewest.Bytes, "recommendation card");
    }

    private static Sized Measure(RecommendationView v, int services, int indicators)
    {
        var card = Card(v, services, indicators);
        var json = CardJson.Utf8Within(card, CardProtocol.MaxCardBytes, out var bytes);
        return new Sized(card, bytes, json);
    }

    /// <summary>
    /// The card showing the most items that fits, given that <paramref name="low"/> items fit and <paramref name="high"/>
    /// items would take <paramref name="highBytes"/>, over the budget. Starts where the items' average size says the
    /// budget runs out, then steps one at a time: one or two tries, where halving the range took seven or eight.
    /// </summary>
    private static Sized Largest(int low, Sized lowCard, int high, int highBytes, Func<int, Sized> measure)
    {
        var perItem = Math.Max(1.0, (double)(highBytes - lowCard.Bytes) / Math.Max(1, high - low));
        var guess = Math.Clamp(low + (int)((CardProtocol.MaxCardBytes - lowCard.Bytes) / perItem), low, high - 1);
        var (count, card) = (guess, guess == low ? lowCard : measure(guess));
        while (!card.Fits)
        {
            count--;
            card = count == low ? lowCard : measure(count);
        }

        // One more is tried only when the average says it might fit: usually it would not, and each try costs a
        // whole serialization of the card.
        while (count + 1 < high && card.Bytes + perItem <= CardProtocol.MaxCardBytes && measure(count + 1) is { Fits: true } larger)
        {
            (count, card) = (count + 1, larger);
        }

        return card;
    }

    private static AdaptiveCard Card(RecommendationView v, int servicesShown, int indicatorsShown)
    {
        var body = new List<CardElement>();
        if (v.ImmediateDanger)
        {
            body.Add(Blocks.Emergency(Wording.Call999Heading, Wording.Call999Sentence));
        }

        body.Add(new Container
        {
            Style = ContainerStyle.Emphasis,
            Items =
            [
                Blocks.Words($"Recommendation · {v.AreaName}", subtle: true, size: TextSize.Small),
                Blocks.Heading(v.Level.Words, Wording.LevelColor(v.Level)),
                Blocks.Verbatim(v.LevelMeaning),
            ],
        });

        body.Add(Blocks.SectionHeading("Who to contact now"));
        body.Add(Blocks.Words(Wording.Route(v.Route.Kind), weight: TextWeight.Bolder));
        body.Add(Blocks.Verbatim(v.Route.Service));
        if (v.Route.Phones.Count > 0)
        {
            body.Add(new ActionSet { Actions = [.. v.Route.Phones.Select(p => (CardAction)Phones.Call(p))] });
        }

        body.AddRange(Blocks.Numbered(v.Route.NextSteps));

        body.Add(Blocks.SectionHeading($"Consent: {Wording.ConsentStep(v.Consent.Kind)}"));
        body.AddRange(Blocks.Numbered(v.Consent.Steps));

        body.Add(Blocks.SectionHeading("Why this level"));
        if (v.Indicators.Count == 0)
        {
            body.Add(Blocks.Words("No indicators were recorded in this conversation."));
        }

        var shown = v.Indicators.OrderByDescending(i => i.Level).Take(indicatorsShown).ToList();
        foreach (var indicator in shown)
        {
            body.Add(new RichTextBlock
            {
                Spacing = Spacing.Small,
                Inlines =
                [
                    Blocks.Run($"• {indicator.Text}"),
                    Blocks.Run($" (Level {indicator.Level}; {indicator.Source})", subtle: true, size: TextSize.Small),
                ],
            });
        }

        if (shown.Count < v.Indicators.Count)
        {
            body.Add(Blocks.Words(
                $"{v.Indicators.Count - shown.Count} more indicators at lower levels are not shown here, to keep this card small. The plain-text version and the contact list them all.",
                subtle: true));
        }

        if (!string.IsNullOrWhiteSpace(v.CombineNote))
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Warning,
                Spacing = Spacing.Medium,
                Items = [Blocks.Words("Needs may combine", weight: TextWeight.Bolder), Blocks.Verbatim(v.CombineNote)],
            });
        }

        if (v.Notes.Count > 0)
        {
            body.Add(Blocks.SectionHeading("Notes"));
            body.AddRange(Blocks.Bulleted(v.Notes));
        }

        if (servicesShown < v.Services.Count)
        {
            body.Add(Blocks.Words(
                $"{v.Services.Count - servicesShown} of the {v.Services.Count} services for this level are not shown here, to keep this card small. The plain-text version lists them all.",
                subtle: true));
        }

        body.Add(Blocks.Footer());

        var actions = new List<CardAction>();
        if (servicesShown > 0)
        {
            actions.Add(new ShowCardAction
            {
                Title = $"Services for level {v.Level.Number} ({servicesShown})",
                Card = AdaptiveCard.Nested([.. v.Services.Take(servicesShown).SelectMany(service => Block(service).Elements)]),
            });
        }

        // A contact is for someone else to act on; at the universal level there is no one to hand it to.
        if (v.Route.Kind != RouteKind.Universal)
        {
            actions.Add(Blocks.Command("Prepare the contact", CardProtocol.CommandPrepareContact));
        }

        actions.Add(Blocks.Command("Start again", CardProtocol.CommandStartAgain));
        return Blocks.Card(body, actions, Headline(v));
    }

    private static ServiceBlock Block(ServiceView service) => s_services.Get(service, static service =>
    {
        IReadOnlyList<TextRun> runs = string.IsNullOrWhiteSpace(service.Detail)
            ? [Blocks.Run(service.Name, weight: TextWeight.Bolder)]
            : [Blocks.Run(service.Name, weight: TextWeight.Bolder), Blocks.Run($" · {service.Detail}", subtle: true)];
        var text = new RichTextBlock { Inlines = runs, Spacing = Spacing.Medium };
        IReadOnlyList<CardElement> elements = string.IsNullOrWhiteSpace(service.Phone)
            ? [text]
            : [text, new ActionSet { Actions = [Phones.Call(service.Phone)], Spacing = Spacing.Small }];
        return new ServiceBlock(elements, elements.Sum(element => CardJson.Utf8Size(element) + 1));
    });

    /// <summary>The one line a notification or a card-less client shows: level and the first call to make.</summary>
    private static string Headline(RecommendationView v)
    {
        var call = v.Route.Phones.Count > 0 ? $" on {v.Route.Phones[0]}" : string.Empty;
        var first = v.ImmediateDanger ? "Call 999 now. " : string.Empty;
        return $"{first}{v.Level.Words}. Contact {v.Route.Service}{call}.";
    }

    private static string Text(RecommendationView v)
    {
        var text = new StringBuilder();
        if (v.ImmediateDanger)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Wording.Call999Heading}. {Wording.Call999Sentence}").AppendLine();
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Recommendation · {v.AreaName}: {v.Level.Words}.");
        text.AppendLine(v.LevelMeaning).AppendLine();

        text.AppendLine(CultureInfo.InvariantCulture, $"Who to contact now: {Wording.Route(v.Route.Kind)}.");
        text.AppendLine(v.Route.Service);
        foreach (var phone in v.Route.Phones)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Phone: {phone}");
        }

        AppendNumbered(text, v.Route.NextSteps);
        text.AppendLine();

        text.AppendLine(CultureInfo.InvariantCulture, $"Consent: {Wording.ConsentStep(v.Consent.Kind)}.");
        AppendNumbered(text, v.Consent.Steps);
        text.AppendLine();

        text.AppendLine("Why this level:");
        if (v.Indicators.Count == 0)
        {
            text.AppendLine("No indicators were recorded in this conversation.");
        }

        foreach (var indicator in v.Indicators.OrderByDescending(i => i.Level))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {Wording.IndicatorLine(indicator)}");
        }

        if (!string.IsNullOrWhiteSpace(v.CombineNote))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Needs may combine: {v.CombineNote}");
        }

        if (v.Notes.Count > 0)
        {
            text.AppendLine().AppendLine("Notes:");
            foreach (var note in v.Notes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
            }
        }

        if (v.Services.Count > 0)
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Services for level {v.Level.Number}:");
            foreach (var service in v.Services)
            {
                var detail = string.IsNullOrWhiteSpace(service.Detail) ? string.Empty : $" ({service.Detail})";
                var phone = string.IsNullOrWhiteSpace(service.Phone) ? string.Empty : $": {service.Phone}";
                text.AppendLine(CultureInfo.InvariantCulture, $"- {service.Name}{detail}{phone}");
            }
        }

        text.AppendLine().Append(Wording.Footer);
        return text.ToString();
    }

    private static void AppendNumbered(StringBuilder text, IReadOnlyList<string> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. {steps[i]}");
        }
    }

    private static void Validate(RecommendationView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.AreaName, "The area's name");
        ArgumentNullException.ThrowIfNull(v.Level, "The recommendation's level");
        v.Level.Validate("The recommendation");
        ViewChecks.Text(v.LevelMeaning, "The sentence on what the level means");
        ArgumentNullException.ThrowIfNull(v.Route, "The recommendation's route");
        ViewChecks.Text(v.Route.Service, "The route's service");
        ViewChecks.Texts(v.Route.Phones, "The route's phones");
        ViewChecks.Texts(v.Route.NextSteps, "The route's next steps");
        foreach (var phone in v.Route.Phones)
        {
            Phones.TelUri(phone);
        }

        // Teams shows at most six buttons in one row of actions.
        if (v.Route.Phones.Count > 6)
        {
            throw new ArgumentException($"The route has {v.Route.Phones.Count} phone numbers; a card shows at most 6.", nameof(v));
        }

        ArgumentNullException.ThrowIfNull(v.Consent, "The recommendation's consent step");
        ViewChecks.Texts(v.Consent.Steps, "The consent steps");
        ArgumentNullException.ThrowIfNull(v.Indicators, "The recommendation's indicators");
        foreach (var indicator in v.Indicators)
        {
            ArgumentNullException.ThrowIfNull(indicator, "An indicator");
            indicator.Validate();
        }

        ViewChecks.Texts(v.Notes, "The notes");
        ArgumentNullException.ThrowIfNull(v.Services, "The services");
        foreach (var service in v.Services)
        {
            ArgumentNullException.ThrowIfNull(service, "A service");
            ViewChecks.Text(service.Name, "A service's name");
            if (!string.IsNullOrWhiteSpace(service.Phone))
            {
                Phones.TelUri(service.Phone);
            }
        }
    }

    /// <summary>A service's elements on the card, and what they add to its size (each element and its comma); a pack has a few hundred services at most.</summary>
    private sealed record ServiceBlock(IReadOnlyList<CardElement> Elements, int Bytes);

    private sealed record Sized(AdaptiveCard Card, int Bytes, byte[]? Json)
    {
        public bool Fits => Json is not null;

        public CardResult Result(string text) => new(Card, text) { Utf8Json = Json ?? throw new InvalidOperationException("Only a card that fits is sent.") };
    }
}
