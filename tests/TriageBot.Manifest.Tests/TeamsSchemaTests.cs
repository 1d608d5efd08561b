using System.Text.RegularExpressions;
using TriageBot.Manifest.Tests.Support;

namespace TriageBot.Manifest.Tests;

public sealed class TeamsSchemaTests
{
    private static string BundledSchemas =>
        Path.Combine(RepoPaths.NodeCheckDirectory, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    [Fact]
    public void Embedded_schema_is_the_one_Microsofts_package_bundles()
    {
        var embedded = Path.Combine(RepoPaths.Root, "src", "TriageBot.Manifest", "Schema", "MicrosoftTeams.v1.30.schema.json");
        var bundled = Path.Combine(BundledSchemas, "v" + TeamsSchema.ManifestVersion, "MicrosoftTeams.schema.json");

        Assert.Equal(File.ReadAllBytes(bundled), File.ReadAllBytes(embedded));
    }

    // When the npm package is updated, this says the manifest and the embedded schema should move too.
    [Fact]
    public void Schema_version_is_the_newest_released_one_the_package_bundles()
    {
        var newest = Directory.GetDirectories(BundledSchemas)
            .Select(Path.GetFileName)
            .Select(name => Regex.Match(name!, @"^v(\d+)\.(\d+)$"))
            .Where(m => m.Success)
            .Select(m => new Version(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                                     int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Max();

        Assert.Equal(TeamsSchema.ManifestVersion, newest!.ToString());
    }

    [Fact]
    public void Schema_faults_name_the_place_and_the_rule()
    {
        var faults = TeamsSchema.Validate("""{ "manifestVersion": "1.30", "accentColor": "red", "extra": 1 }""");

        Assert.Contains(new ManifestFault("accentColor", "schema: does not match the pattern ^#[0-9a-fA-F]{6}$"), faults);
        Assert.Contains(new ManifestFault("", "schema: property 'extra' is not in the schema"), faults);
        Assert.Contains(new ManifestFault("", "schema: required property 'id' is missing"), faults);
    }
}
