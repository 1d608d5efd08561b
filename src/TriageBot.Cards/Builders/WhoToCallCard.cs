using System.Globalization;
using System.Text;
using TriageBot.Cards.Model;
using TriageBot.Cards.Views;

namespace TriageBot.Cards.Builders;

/// <summary>For out-of-hours staff: is the front door open now, which number to call now, and the 999 reminder.</summary>
public static class WhoToCallCard
{
    public static CardResult Build(WhoToCallView v)
    {
        Validate(v);
        var status = v.FrontDoorOpenNow ? "The front door is open now." : "The front door is closed now.";
        var nextOpens = NextOpens(v);
        var callNow = v.FrontDoorOpenNow ? v.FrontDoor : v.OutOfHours;
        var hours = $"Front door hours: {v.Hours}.";
        const string LocalSetting = "These opening hours are a local setting, not taken from the published guidance. Check them with your safeguarding lead.";

        var body = new List<CardElement>
        {
            Blocks.Emergency("In immediate danger? Call 999", "If a child is in immediate danger, call 999 now, before anything else."),
            Blocks.Words($"Who to call now · {v.AreaName}", subtle: true, size: TextSize.Small),
            Blocks.Heading(status, v.FrontDoorOpenNow ? TextColor.Good : TextColor.Warning),
        };
        if (nextOpens is not null)
        {
            body.Add(Blocks.Words(nextOpens));
        }

        body.Add(Blocks.SectionHeading(v.FrontDoorOpenNow ? "Call the front door now" : "Call the out-of-hours duty team now"));
        body.Add(Blocks.Verbatim(callNow.Service, weight: TextWeight.Bolder));
        body.Add(new ActionSet { Actions = [.. callNow.Phones.Select(p => (CardAction)Phones.Call(p))] });

        var other = v.FrontDoorOpenNow ? v.OutOfHours : v.FrontDoor;
        body.Add(Blocks.SectionHeading(v.FrontDoorOpenNow ? "Out of hours" : "When the front door is open"));
        body.Add(Blocks.Verbatim($"{other.Service}: {string.Join(" or ", other.Phones)}"));
        body.Add(Blocks.Verbatim(hours, subtle: true));
        if (v.HoursAreLocalSetting)
        {
            body.Add(Blocks.Words(LocalSetting, subtle: true));
        }

        body.AddRange(Blocks.Bulleted(v.Notes));
        body.Add(Blocks.Footer());

        var text = new StringBuilder()
            .AppendLine("If a child is in immediate danger, call 999 now.")
            .AppendLine(CultureInfo.InvariantCulture, $"Who to call now · {v.AreaName}: {status}");
        if (nextOpens is not null)
        {
            text.AppendLine(nextOpens);
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"Call now: {callNow.Service}, {string.Join(" or ", callNow.Phones)}.")
            .AppendLine(CultureInfo.InvariantCulture, $"{(v.FrontDoorOpenNow ? "Out of hours" : "When the front door is open")}: {other.Service}, {string.Join(" or ", other.Phones)}.")
            .AppendLine(hours);
        if (v.HoursAreLocalSetting)
        {
            text.AppendLine(LocalSetting);
        }

        foreach (var note in v.Notes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {note}");
        }

        text.Append(Wording.Footer);
        var card = Blocks.Card(body, null, $"{status} Call {callNow.Service} on {callNow.Phones[0]}. In immediate danger, call 999.");
        return CardBudget.Ensure(card, text.ToString(), "who-to-call card");
    }

    /// <summary>The caller gives the time already in the area's zone; this only prints its clock time and date.</summary>
    private static string? NextOpens(WhoToCallView v) =>
        v.FrontDoorOpenNow || v.NextOpens is not { } at
            ? null
            : $"It next opens on {at.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture)} (local time).";

    private static void Validate(WhoToCallView v)
    {
        ArgumentNullException.ThrowIfNull(v);
        ViewChecks.Text(v.AreaName, "The area's name");
        ViewChecks.Text(v.Hours, "The front door's hours");
        Contact(v.FrontDoor, "The front door");
        Contact(v.OutOfHours, "The out-of-hours team");
        ViewChecks.Texts(v.Notes, "The notes");
    }

    private static void Contact(ContactView contact, string what)
    {
        ArgumentNullException.ThrowIfNull(contact, what);
        ViewChecks.Text(contact.Service, $"{what}'s service");
        ViewChecks.Texts(contact.Phones, $"{what}'s phones");
        if (contact.Phones.Count is 0 or > 6)
        {
            throw new ArgumentException($"{what} has {contact.Phones.Count} phone numbers; give 1 to 6.");
        }

        foreach (var phone in contact.Phones)
        {
            Phones.TelUri(phone);
        }
    }
}
