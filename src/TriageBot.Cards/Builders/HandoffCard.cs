using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>
/// The contact for the front door, pre-filled from the conversation as editable fields in the area's form order.
/// A field the professional did not give stays empty with a placeholder: nothing is ever invented.
/// </summary>
public static class HandoffCard
{
    private const string NotGiven = "(not given)";

    public static CardResult Build(HandoffView v)
    {
        Validate(v);
        var text = Text(v);
        var card = FullCard(v);
        // Long answers can outgrow a phone's card. The professional's words are never cut: the short card
        // says so and the plain text (sent with it, and on "Copy as plain text") carries every field.
        return CardBudget.Fit(card, text, out _) ?? CardBudget.Ensure(ShortCard(v), text, "contact card");
    }

    /// <summary>The id of a field's input, under which its edited value comes back in the submitted data.</summary>
    public static string InputId(HandoffSection section) => JsonNamingPolicy.CamelCase.ConvertName(section.ToString());

    /// <summary>
    /// The view with the values the professional edited on the card (the submitted <c>value</c>). A field
    /// emptied on the card becomes not given; a field absent from the submission keeps its value.
    /// </summary>
    public static HandoffView WithEdits(HandoffView v, JsonObject submitted)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(submitted);
        var fields = v.Fields.Select(field =>
        {
            var id = InputId(field.Section);
            if (!submitted.TryGetPropertyValue(id, out var node))
            {
                return field;
            }

            if (node is not JsonValue value || !value.TryGetValue<string>(out var edited))
            {
                throw new ArgumentException($"The submitted field \"{id}\" is not text.", nameof(submitted));
            }

            return field with { Value = string.IsNullOrWhiteSpace(edited) ? null : edited.Trim() };
        });
        return v with { Fields = [.. fields] };
    }

    /// <summary>"Level 4 of 4 · Statutory" and one line per indicator with its level and source, for the LevelAndIndicators field.</summary>
    public static string LevelAndIndicators(LevelView level, IReadOnlyList<IndicatorView> indicators)
    {
        ArgumentNullException.ThrowIfNull(level);
        ArgumentNullException.ThrowIfNull(indicators);
        level.Validate("The contact");
        var text = new StringBuilder(level.Words);
        foreach (var indicator in indicators.OrderByDescending(i => i.Level))
        {
            indicator.Validate();
            text.Append('\n').Append("- ").Append(Wording.IndicatorLine(indicator));
        }

        return text.ToString();
    }

    /// <summary>The consent status as the form records it, for the ConsentStatus field.</summary>
    public static string ConsentStatus(ConsentKind kind) => Wording.ConsentStatus(kind);

    public static string Label(HandoffSection section) => section switch
    {
        HandoffSection.NatureOfConcerns => "Nature of concerns (in your words)",
        HandoffSection.ChildsOwnWords => "The child's own words",
        HandoffSection.LevelAndIndicators => "Level of need and indicators, with sources",
        HandoffSection.HarmOrRisk => "Harm, or risk of harm",
        HandoffSection.DevelopmentalNeeds => "The child's developmental needs",
        HandoffSection.ParentalCapacity => "Parental capacity",
        HandoffSection.FamilyAndEnvironment => "Family and environmental factors",
        HandoffSection.Strengths => "Strengths",
        HandoffSection.ViewsOfChildAndFamily => "Views of the child and family",
        HandoffSection.ConsentStatus => "Consent",
        HandoffSection.ConsentRationale => "Why you are sharing without consent, and who agreed",
        HandoffSection.WhatHasBeenTried => "What has been tried, and by whom",
        HandoffSection.AgenciesInvolved => "Agencies involved",
        HandoffSection.ChildDetails => "The child's details",
        HandoffSection.ParentsCarersDetails => "Parents' and carers' details",
        HandoffSection.ReferrerDetails => "Your details (referrer)",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "Unknown contact section."),
    };

    private static AdaptiveCard FullCard(HandoffView v)
    {
        var body = Header(v);
        body.Add(Blocks.Words("Check each field and change anything that is not right. Empty fields were not given in the conversation: add them if you know them. Nothing has been sent.", subtle: true));
        body.AddRange(v.Fields.Select(field => (CardElement)new TextInput
        {
            Id = InputId(field.Section),
            Label = Label(field.Section),
            Value = field.Value,
            Placeholder = field.Value is null ? "Not given in the conversation: add it if you know it" : null,
            IsMultiline = true,
            Spacing = Spacing.Medium,
        }));
        body.Add(Reminder());
        return Blocks.Card(body, [CopyButton()], Fallback(v));
    }

    private static AdaptiveCard ShortCard(HandoffView v)
    {
        var body = Header(v);
        body.Add(Blocks.Words("This contact is too long to show as a form on this card. Every field is in the plain-text version sent with it: copy it from there, or choose Copy as plain text.", weight: TextWeight.Bolder));
        body.Add(Reminder());
        return Blocks.Card(body, [Blocks.Command("Copy as plain text", CardProtocol.CommandHandoffText)], Fallback(v));
    }

    private static List<CardElement> Header(HandoffView v) =>
    [
        Blocks.Words($"Contact for the front door · {v.AreaName}", subtle: true, size: TextSize.Small),
        Blocks.Heading(v.FormName),
    ];

    private static Container Reminder() => new()
    {
        Style = ContainerStyle.Warning,
        Spacing = Spacing.Large,
        Items =
        [
            Blocks.Words(Wording.SecureRoutes, weight: TextWeight.Bolder),
            Blocks.Verbatim(Wording.SecureRoutesSource, subtle: true, size: TextSize.Small),
        ],
    };

    /// <summary>Gathers the fields as edited, so the plain text reflects the professional's changes.</summary>
    private static SubmitAction CopyButton() =>
        Blocks.Submit("Copy as plain text", new JsonObject { [CardProtocol.CommandKey] = CardProtocol.CommandHandoffText });

    private static string Fallback(HandoffView v) => $"{v.FormName} for {v.AreaName}, prepared from the conversation. Check it before you send it.";

    private static string Text(HandoffView v)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"{v.FormName} · {v.AreaName}")
            .AppendLine("Prepared by TriageBot from the conversation: check it before you send it.");
        foreach (var field in v.Fields)
        {
            text.AppendLine()
                .AppendLine(Label(field.Section))
                .AppendLine(field.Value ?? NotGiven);
        }

        return text.AppendLine().Append(Wording.SecureRoutes).ToString();
    }

    private static void Validate(HandoffView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.AreaName, "The area's name");
        ViewChecks.Text(v.FormName, "The form's name");
        ArgumentNullException.ThrowIfNull(v.Fields, "The contact's fields");
        if (v.Fields.Count == 0)
        {
            throw new ArgumentException("The contact has no fields; list the sections of the area's form.", nameof(v));
        }

        var seen = new HashSet<HandoffSection>();
        foreach (var field in v.Fields)
        {
            ArgumentNullException.ThrowIfNull(field, "A contact field");
            if (!Enum.IsDefined(field.Section))
            {
                throw new ArgumentException($"{field.Section} is not a contact section.", nameof(v));
            }

            if (!seen.Add(field.Section))
            {
                throw new ArgumentException($"The contact lists the section {field.Section} twice.", nameof(v));
            }
        }
    }
}
