using System.Diagnostics;
using System.Text.Json;

namespace TriageBot.Manifest.Tests.Support;

/// <summary>Runs Microsoft's validator (npm @microsoft/app-manifest, installed by tests/setup/teams.sh)
/// on a manifest file, offline, through js/validate-manifest.mjs.</summary>
internal static class MicrosoftSchemaCheck
{
    public sealed record Result(bool Valid, string Schema, IReadOnlyList<string> Errors);

    public static Result Run(string manifestPath)
    {
        var script = Path.Combine(RepoPaths.NodeCheckDirectory, "validate-manifest.mjs");
        if (!System.IO.Directory.Exists(Path.Combine(RepoPaths.NodeCheckDirectory, "node_modules", "@microsoft", "app-manifest")))
        {
            throw new InvalidOperationException("@microsoft/app-manifest is not installed: run bash tests/setup/teams.sh");
        }
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, manifestPath },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.NodeCheckDirectory,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("cannot start node");
        var stderr = node.StandardError.ReadToEndAsync();
        var stdout = node.StandardOutput.ReadToEnd();
        if (!node.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("the Node schema check did not finish");
        }
        if (node.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"the Node schema check failed ({node.ExitCode}): {stdout} {stderr.Result}");
        }
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        return new Result(
            root.GetProperty("valid").GetBoolean(),
            root.GetProperty("schema").GetString() ?? "",
            [.. root.GetProperty("errors").EnumerateArray().Select(e => e.GetString() ?? "")]);
    }
}
