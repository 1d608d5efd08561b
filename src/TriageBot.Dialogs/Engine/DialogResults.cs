using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace TriageBot.Dialogs.Engine;

/// <summary>
/// Typed readers for prompt answers and stored values. A skipped question ("not known") reads as null
/// (confirm: <see cref="ConfirmAnswer.NotKnown"/>); a value of the wrong shape throws a
/// <see cref="DialogResultException"/> naming what was expected and what was found.
/// </summary>
public static class DialogResults
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string NotKnown = "not-known";

    internal static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    public static bool IsNotKnown(this JsonElement? result) =>
        result is { ValueKind: JsonValueKind.Null }
        || (result is { ValueKind: JsonValueKind.String } text && text.GetString() == NotKnown);

    public static string? AsText(this JsonElement? result) =>
        Known(result, "text") is { } element ? ExpectString(element, "text") : null;

    public static int? AsNumber(this JsonElement? result)
    {
        if (Known(result, "number") is not { } element)
        {
            return null;
        }

        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var number)
            ? number
            : throw Mismatch("a whole number", element);
    }

    public static LocalDate? AsDate(this JsonElement? result)
    {
        if (Known(result, "date") is not { } element)
        {
            return null;
        }

        var parsed = IsoDate.Parse(ExpectString(element, "date"));
        return parsed.Success ? parsed.Value : throw Mismatch("a yyyy-MM-dd date", element);
    }

    public static ConfirmAnswer AsConfirm(this JsonElement? result)
    {
        var element = result ?? throw new DialogResultException("Expected a yes/no answer but there was no result.");
        return element.ValueKind switch
        {
            JsonValueKind.Null => ConfirmAnswer.NotKnown,
            JsonValueKind.String => element.GetString() switch
            {
                Yes => ConfirmAnswer.Yes,
                No => ConfirmAnswer.No,
                NotKnown => ConfirmAnswer.NotKnown,
                _ => throw Mismatch("yes, no or not-known", element),
            },
            _ => throw Mismatch("yes, no or not-known", element),
        };
    }

    /// <summary>The chosen option's value (not its label), or null when not known.</summary>
    public static string? AsChoice(this JsonElement? result) =>
        Known(result, "choice") is { } element ? ExpectString(element, "choice") : null;

    /// <summary>The chosen options' values in the order they were offered, or null when not known.</summary>
    public static IReadOnlyList<string>? AsChoices(this JsonElement? result)
    {
        if (Known(result, "list of choices") is not { } element)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Mismatch("a list of choices", element);
        }

        return element.EnumerateArray().Select(item => ExpectString(item, "choice")).ToList();
    }

    /// <summary>A known record type (e.g. a child dialog's result), deserialized as exactly that type.</summary>
    public static T As<T>(this JsonElement? result)
    {
        var element = result ?? throw new DialogResultException($"Expected a {typeof(T).Name} but there was no result.");
        try
        {
            return element.Deserialize<T>(DialogJson.Options) ?? throw Mismatch($"a {typeof(T).Name}", element);
        }
        catch (JsonException ex)
        {
            throw new DialogResultException($"Expected a {typeof(T).Name} but the result does not fit it: {ex.Message}", ex);
        }
    }

    private static JsonElement? Known(JsonElement? result, string expected)
    {
        var element = result ?? throw new DialogResultException($"Expected a {expected} answer but there was no result.");
        return element.ValueKind == JsonValueKind.Null ? null : element;
    }

    private static string ExpectString(JsonElement element, string expected) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() ?? "" : throw Mismatch(expected, element);

    private static DialogResultException Mismatch(string expected, JsonElement element) =>
        new($"Expected {expected} but the answer is a JSON {element.ValueKind.ToString().ToLowerInvariant()}.");
}
