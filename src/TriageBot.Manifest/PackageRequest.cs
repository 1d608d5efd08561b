namespace TriageBot.Manifest;

/// <summary>The deployment values that fill manifest/manifest.json's placeholders.</summary>
public sealed record PackageRequest(
    string ManifestDirectory,
    string? BotId,
    string? AppId,
    string? DeveloperName,
    string? WebsiteUrl,
    string? PrivacyUrl,
    string? TermsUrl,
    string AppName = "TriageBot",
    string? Version = null);
