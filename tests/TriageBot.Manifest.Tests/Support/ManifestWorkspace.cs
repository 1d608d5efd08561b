using System.Text.Json.Nodes;

namespace TriageBot.Manifest.Tests.Support;

/// <summary>A throw-away copy of the committed manifest/ folder for a test to break on purpose.</summary>
internal sealed class ManifestWorkspace : IDisposable
{
    public const string BotId = "0b5c2f7e-3c1a-4e6b-9d2f-1a2b3c4d5e6f";
    public const string AppId = "4f1d7e2a-8b3c-4d5e-a6f7-0123456789ab";

    public ManifestWorkspace()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("triagebot-manifest-").FullName;
        foreach (var file in System.IO.Directory.GetFiles(RepoPaths.ManifestDirectory))
        {
            File.Copy(file, Path.Combine(Directory, Path.GetFileName(file)));
        }
    }

    public string Directory { get; }

    public string ManifestPath => Path.Combine(Directory, "manifest.json");

    public PackageRequest Request(string? botId = BotId, string? appId = AppId) => new(
        Directory, botId, appId, "Plymouth Safeguarding Team",
        "https://example.org/triagebot", "https://example.org/triagebot/privacy", "https://example.org/triagebot/terms");

    /// <summary>Changes manifest.json through its parsed tree, as a person editing it would.</summary>
    public void EditManifest(Action<JsonObject> edit)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(ManifestPath))!.AsObject();
        edit(manifest);
        File.WriteAllText(ManifestPath, manifest.ToJsonString());
    }

    public void WriteIcon(string name, byte[] png) => File.WriteAllBytes(Path.Combine(Directory, name), png);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
