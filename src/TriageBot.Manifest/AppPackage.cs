using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriageBot.Manifest;

/// <summary>The Teams upload zip: manifest.json and the files it names, all at the zip's root.</summary>
public sealed class AppPackage
{
    public const string ManifestFileName = "manifest.json";

    // A manifest and two small icons; anything bigger is not what it claims, and is not read into memory.
    private const long MaxEntryBytes = 4 * 1024 * 1024;

    // Fixed entry times make the same inputs give the same bytes, so a rebuilt package can be compared.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // The file is read by Teams, not embedded in HTML: keep apostrophes and non-ASCII text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public AppPackage(JsonObject manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        Manifest = manifest;
        Files = files;
    }

    public JsonObject Manifest { get; }

    /// <summary>The other files at the root (the icons), by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Files { get; }

    public static bool IsRootFileName(string name) =>
        name.Length > 0 && name.IndexOfAny(['/', '\\']) < 0 && name is not "." and not ".." &&
        name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) < 0;

    public IReadOnlyList<ManifestFault> Validate() =>
        ManifestValidator.Validate(Manifest, name => Files.TryGetValue(name, out var bytes) ? bytes : null);

    /// <summary>Writes the zip to <paramref name="path"/> through a temporary file, so a failed write never
    /// leaves half a package where the old one was.</summary>
    public void WriteZip(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var temp = full + ".tmp";
        try
        {
            using (var file = File.Create(temp))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                Add(zip, ManifestFileName, JsonSerializer.SerializeToUtf8Bytes(Manifest, WriteOptions));
                foreach (var (name, bytes) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
                {
                    Add(zip, name, bytes);
                }
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>Reads a package zip; faults say what keeps it from being a well-formed package.</summary>
    public static (AppPackage? Package, IReadOnlyList<ManifestFault> Faults) ReadZip(string path)
    {
        var faults = new List<ManifestFault>();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? manifestBytes = null;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.EndsWith('/'))
                {
                    faults.Add(new(entry.FullName, "the package has a folder; Teams wants every file at the zip's root"));
                    continue;
                }
                if (!IsRootFileName(entry.FullName))
                {
                    faults.Add(new(entry.FullName, "file is inside a folder; Teams wants every file at the zip's root"));
                    continue;
                }
                if (entry.Length > MaxEntryBytes)
                {
                    faults.Add(new(entry.FullName, $"file is {entry.Length} bytes, more than this tool reads ({MaxEntryBytes})"));
                    continue;
                }
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                if (entry.FullName == ManifestFileName)
                {
                    manifestBytes = buffer.ToArray();
                }
                else
                {
                    files[entry.FullName] = buffer.ToArray();
                }
            }
        }
        catch (InvalidDataException e)
        {
            faults.Add(new("", $"{path} is not a readable zip file ({e.Message})"));
            return (null, faults);
        }
        if (manifestBytes is null)
        {
            faults.Add(new("", "the package has no manifest.json at its root"));
            return (null, faults);
        }
        if (ParseManifest(manifestBytes, ManifestFileName, faults) is not { } manifest)
        {
            return (null, faults);
        }
        var package = new AppPackage(manifest, files);
        var named = new[] { manifest["icons"]?["color"], manifest["icons"]?["outline"] }
            .Select(n => n?.GetValueKind() == JsonValueKind.String ? n.GetValue<string>() : null)
            .ToHashSet(StringComparer.Ordinal);
        faults.AddRange(files.Keys.Where(name => !named.Contains(name)).Order(StringComparer.Ordinal)
            .Select(name => new ManifestFault(name, "file is in the package but the manifest does not use it")));
        return (package, faults);
    }

    /// <summary>Parses manifest JSON (a UTF-8 byte order mark is allowed), or adds a fault naming the problem.</summary>
    public static JsonObject? ParseManifest(byte[] utf8, string source, List<ManifestFault> faults)
    {
        try
        {
            var node = JsonNode.Parse(utf8.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8);
            if (node is JsonObject manifest)
            {
                return manifest;
            }
            faults.Add(new("", $"{source} is not a JSON object"));
        }
        catch (JsonException e)
        {
            faults.Add(new("", $"{source} is not valid JSON: {e.Message}"));
        }
        return null;
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
