using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TriageBot.Manifest;

/// <summary>Builds the upload package from the committed manifest folder and the deployment values.</summary>
public static partial class AppPackager
{
    /// <summary>Fills and validates; returns the package only when it has no fault.</summary>
    public static (AppPackage? Package, IReadOnlyList<ManifestFault> Faults) Build(PackageRequest request)
    {
        var faults = new List<ManifestFault>();
        var manifestPath = Path.Combine(request.ManifestDirectory, AppPackage.ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            faults.Add(new("", $"no {AppPackage.ManifestFileName} in {request.ManifestDirectory}"));
            return (null, faults);
        }
        if (AppPackage.ParseManifest(File.ReadAllBytes(manifestPath), manifestPath, faults) is not { } template)
        {
            return (null, faults);
        }

        // Only the values given are filled: a missing one stays a placeholder and is reported by name.
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Set(string token, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[token] = value.Trim();
            }
        }
        Set(ManifestTemplate.AppId, request.AppId);
        Set(ManifestTemplate.BotId, request.BotId);
        Set(ManifestTemplate.AppName, request.AppName);
        Set(ManifestTemplate.DeveloperName, request.DeveloperName);
        Set(ManifestTemplate.WebsiteUrl, request.WebsiteUrl);
        Set(ManifestTemplate.PrivacyUrl, request.PrivacyUrl);
        Set(ManifestTemplate.TermsUrl, request.TermsUrl);
        var manifest = ManifestTemplate.Fill(template, values);

        if (request.Version is { } version)
        {
            if (!SemVer().IsMatch(version))
            {
                faults.Add(new("version", $"version '{version}' is not MAJOR.MINOR.PATCH (like 1.0.1)"));
            }
            manifest["version"] = version;
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in new[] { "color", "outline" })
        {
            if (manifest["icons"]?[key] is JsonValue name && name.TryGetValue<string>(out var file) &&
                AppPackage.IsRootFileName(file) && File.Exists(Path.Combine(request.ManifestDirectory, file)))
            {
                files[file] = File.ReadAllBytes(Path.Combine(request.ManifestDirectory, file));
            }
        }

        var package = new AppPackage(manifest, files);
        faults.AddRange(package.Validate());
        return faults.Count == 0 ? (package, faults) : (null, faults);
    }

    // The schema's semver definition: no leading zeros.
    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemVer();
}
