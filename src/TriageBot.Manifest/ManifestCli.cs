namespace TriageBot.Manifest;

/// <summary>The command line: <c>package</c> builds the upload zip, <c>validate</c> checks a manifest or zip.
/// Exit codes: 0 done, 1 refused (the faults are printed), 2 the command line itself is wrong.</summary>
public static class ManifestCli
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int Usage = 2;

    private const string UsageText = """
        usage:
          TriageBot.Manifest package --bot-id GUID --app-id GUID --developer-name NAME
                                     --website https://... --privacy https://... --terms https://...
                                     [--name TriageBot] [--version 1.0.0] [--manifest DIR] [--out triagebot-teams.zip]
          TriageBot.Manifest validate PATH     (a manifest.json, with its icons beside it, or a package .zip)
        """;

    private static readonly string[] PackageOptions =
        ["bot-id", "app-id", "developer-name", "website", "privacy", "terms", "name", "version", "manifest", "out"];

    private static readonly string[] RequiredOptions =
        ["bot-id", "app-id", "developer-name", "website", "privacy", "terms"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        return args switch
        {
            ["package", .. var rest] => Package(rest, stdout, stderr, workingDirectory),
            ["validate", var path] => Validate(Path.GetFullPath(path, workingDirectory), stdout, stderr),
            ["validate", ..] => UsageError(stderr, "validate takes exactly one PATH"),
            ["help" or "--help" or "-h"] => Help(stdout),
            [] => UsageError(stderr, "no command given"),
            [var command, ..] => UsageError(stderr, $"unknown command '{command}'"),
        };
    }

    private static int Package(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var key = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (key is null || !PackageOptions.Contains(key, StringComparer.Ordinal))
            {
                return UsageError(stderr, $"unknown option '{args[i]}'");
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return UsageError(stderr, $"option --{key} needs a value");
            }
            if (!options.TryAdd(key, args[++i]))
            {
                return UsageError(stderr, $"option --{key} is given twice");
            }
        }

        var missing = RequiredOptions.Where(o => !options.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            foreach (var option in missing)
            {
                stderr.WriteLine($"refused: missing --{option}{Explain(option)}");
            }
            return Refused;
        }

        var manifestDirectory = options.TryGetValue("manifest", out var dir)
            ? Path.GetFullPath(dir, workingDirectory)
            : FindManifestDirectory(workingDirectory);
        if (manifestDirectory is null)
        {
            stderr.WriteLine($"refused: no manifest/manifest.json in {workingDirectory} or above it; pass --manifest DIR");
            return Refused;
        }

        var request = new PackageRequest(
            manifestDirectory, options["bot-id"], options["app-id"], options["developer-name"],
            options["website"], options["privacy"], options["terms"],
            options.GetValueOrDefault("name", "TriageBot"), options.GetValueOrDefault("version"));
        var (package, faults) = AppPackager.Build(request);
        if (package is null)
        {
            return Report(stderr, faults, "refused: the package was not written");
        }
        var output = Path.GetFullPath(options.GetValueOrDefault("out", "triagebot-teams.zip"), workingDirectory);
        try
        {
            package.WriteZip(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"refused: cannot write {output}: {e.Message}");
            return Refused;
        }
        stdout.WriteLine($"wrote {output} ({AppPackage.ManifestFileName}, {string.Join(", ", package.Files.Keys.Order(StringComparer.Ordinal))})");
        return Ok;
    }

    private static int Validate(string path, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<ManifestFault> faults;
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, AppPackage.ManifestFileName);
        }
        if (!File.Exists(path))
        {
            stderr.WriteLine($"refused: {path} does not exist");
            return Refused;
        }
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            var (package, zipFaults) = AppPackage.ReadZip(path);
            faults = package is null ? zipFaults : [.. zipFaults, .. package.Validate()];
        }
        else
        {
            var parseFaults = new List<ManifestFault>();
            var manifest = AppPackage.ParseManifest(File.ReadAllBytes(path), path, parseFaults);
            var folder = Path.GetDirectoryName(path) ?? ".";
            faults = manifest is null ? parseFaults : ManifestValidator.Validate(manifest, name =>
            {
                var file = Path.Combine(folder, name);
                return File.Exists(file) ? File.ReadAllBytes(file) : null;
            });
        }
        if (faults.Count > 0)
        {
            return Report(stderr, faults, $"refused: {path} cannot be uploaded to Teams");
        }
        stdout.WriteLine($"valid: {path} (Teams manifest schema {TeamsSchema.ManifestVersion})");
        return Ok;
    }

    private static string? FindManifestDirectory(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifest");
            if (File.Exists(Path.Combine(candidate, AppPackage.ManifestFileName)))
            {
                return candidate;
            }
        }
        return null;
    }

    private static string Explain(string option) => option switch
    {
        "bot-id" => " (the bot's Microsoft App ID: the Entra app registration's client id, a GUID)",
        "app-id" => " (the Teams app's own id, a GUID you choose once and keep for updates)",
        _ => "",
    };

    private static int Report(TextWriter stderr, IReadOnlyList<ManifestFault> faults, string headline)
    {
        stderr.WriteLine(headline);
        foreach (var fault in faults)
        {
            stderr.WriteLine($"  - {fault}");
        }
        return Refused;
    }

    private static int Help(TextWriter stdout)
    {
        stdout.WriteLine(UsageText);
        return Ok;
    }

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine(UsageText);
        return Usage;
    }
}
