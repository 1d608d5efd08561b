using System.Globalization;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TriageBot.Manifest;

/// <summary>Microsoft's Teams app manifest schema, embedded so validation works offline.</summary>
public static class TeamsSchema
{
    /// <summary>The newest manifest version that npm @microsoft/app-manifest 1.1.2 bundles.</summary>
    public const string ManifestVersion = "1.30";

    public const string Url = "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json";

    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Validates manifest JSON text. NJsonSchema reads this draft-04 schema fully except the
    /// draft-06 <c>const</c> keyword (<c>manifestVersion</c>), which <see cref="ManifestValidator"/> checks itself.</summary>
    public static IReadOnlyList<ManifestFault> Validate(string manifestJson)
    {
        var faults = new List<ManifestFault>();
        foreach (var error in Schema.Value.Validate(manifestJson))
        {
            Flatten(error, faults);
        }
        return faults;
    }

    private static JsonSchema Load()
    {
        using var stream = typeof(TeamsSchema).Assembly.GetManifestResourceStream("MicrosoftTeams.schema.json")
            ?? throw new InvalidOperationException("The Teams manifest schema is not embedded in this build.");
        using var reader = new StreamReader(stream);
        // NJsonSchema parses only asynchronously; a console tool has no synchronisation context to deadlock.
        return JsonSchema.FromJsonAsync(reader.ReadToEnd()).GetAwaiter().GetResult();
    }

    // An invalid array item or a failed anyOf wraps the real faults; report the innermost ones.
    private static void Flatten(ValidationError error, List<ManifestFault> faults)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var inner in child.Errors.Values.SelectMany(list => list))
            {
                Flatten(inner, faults);
            }
            return;
        }
        faults.Add(new ManifestFault(PathOf(error), "schema: " + Describe(error)));
    }

    private static string PathOf(ValidationError error)
    {
        var path = error.Path ?? "";
        path = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        // NJsonSchema names a missing or unexpected property in the path; the fault belongs to its parent.
        if (error.Kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed
            && error.Property is { Length: > 0 } property && path.EndsWith(property, StringComparison.Ordinal))
        {
            path = path[..^property.Length].TrimEnd('.');
        }
        return path;
    }

    private static string Describe(ValidationError error)
    {
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.StringTooLong => $"longer than the {schema?.MaxLength} characters allowed",
            ValidationErrorKind.PatternMismatch => $"does not match the pattern {schema?.Pattern}",
            ValidationErrorKind.NotInEnumeration =>
                $"not one of the allowed values ({string.Join(", ", schema?.Enumeration ?? [])})",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not in the schema",
            ValidationErrorKind.PropertyRequired => $"required property '{error.Property}' is missing",
            ValidationErrorKind.TooManyItems => $"more than the {schema?.MaxItems} items allowed",
            ValidationErrorKind.TooFewItems => $"fewer than the {schema?.MinItems} items required",
            _ => string.Create(CultureInfo.InvariantCulture, $"{error.Kind}"),
        };
    }
}
