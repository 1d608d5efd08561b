namespace TriageBot.Manifest;

/// <summary>One reason a manifest or package cannot be uploaded; <see cref="Path"/> uses the schema
/// validator's notation (<c>bots[0].botId</c>) so the tool's own rules and the schema read alike.</summary>
public sealed record ManifestFault(string Path, string Message)
{
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
