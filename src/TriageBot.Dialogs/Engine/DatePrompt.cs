using NodaTime;
using NodaTime.Text;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// A date typed as yyyy-mm-dd or dd/mm/yyyy (UK order), or "today" / "yesterday" in the configured zone.
/// Returns it as a yyyy-MM-dd string; read it with <see cref="DialogResults.AsDate"/>.
/// </summary>
public sealed class DatePrompt(string id, PromptValidator? validator = null) : Prompt(id, PromptKind.Date, validator)
{
    private static readonly LocalDatePattern UkDate = LocalDatePattern.CreateWithInvariantCulture("d'/'M'/'uuuu");

    protected override PromptRecognition RecognizeText(PromptSpec spec, string text, TurnContext context)
    {
        var trimmed = text.Trim().TrimEnd('.');
        LocalDate? date = ChoiceMatcher.Normalize(trimmed) switch
        {
            "today" => context.Today,
            "yesterday" => context.Today.PlusDays(-1),
            _ => Parse(trimmed),
        };

        return date is { } found
            ? PromptRecognition.Success(DialogResults.IsoDate.Format(found))
            : PromptRecognition.Failure($"\"{text.Trim()}\" is not a date I can read. {Instruction(spec)}");
    }

    protected override string Instruction(PromptSpec spec) =>
        "Please give a date as dd/mm/yyyy (for example 24/11/2026) or yyyy-mm-dd, or type today or yesterday.";

    private static LocalDate? Parse(string text)
    {
        var iso = DialogResults.IsoDate.Parse(text);
        if (iso.Success)
        {
            return iso.Value;
        }

        var uk = UkDate.Parse(text);
        return uk.Success ? uk.Value : null;
    }
}
