using System.IO.Compression;
using TriageBot.Manifest.Tests.Support;

namespace TriageBot.Manifest.Tests;

public sealed class ManifestCliTests : IDisposable
{
    private readonly ManifestWorkspace _workspace = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        _workspace.Dispose();
        _out.Dispose();
        _err.Dispose();
    }

    private string OutZip => Path.Combine(_workspace.Directory, "out", "triagebot-teams.zip");

    private int Run(params string[] args) => ManifestCli.Run(args, _out, _err, _workspace.Directory);

    private string[] PackageArgs(string botId = ManifestWorkspace.BotId) =>
    [
        "package", "--bot-id", botId, "--app-id", ManifestWorkspace.AppId,
        "--developer-name", "Plymouth Safeguarding Team", "--website", "https://example.org",
        "--privacy", "https://example.org/privacy", "--terms", "https://example.org/terms",
        "--manifest", _workspace.Directory, "--out", OutZip,
    ];

    [Fact]
    public void Package_writes_the_zip_and_says_where()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(OutZip)!);

        var exitCode = Run(PackageArgs());

        Assert.True(exitCode == ManifestCli.Ok, _err.ToString());
        Assert.Contains($"wrote {OutZip}", _out.ToString(), StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(OutZip);
        Assert.Equal(3, zip.Entries.Count);
    }

    [Fact]
    public void Package_without_a_bot_id_is_refused_and_writes_nothing()
    {
        var args = PackageArgs().ToList();
        args.RemoveRange(args.IndexOf("--bot-id"), 2);

        Assert.Equal(ManifestCli.Refused, Run([.. args]));

        Assert.Contains("refused: missing --bot-id (the bot's Microsoft App ID", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(OutZip));
    }

    [Fact]
    public void Package_with_a_bot_id_that_is_not_a_GUID_is_refused_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(OutZip)!);

        Assert.Equal(ManifestCli.Refused, Run(PackageArgs(botId: "triagebot")));

        Assert.Contains("refused: the package was not written", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("bots[0].botId: bot id 'triagebot' is not a GUID", _err.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(OutZip));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(OutZip)!));
    }

    [Fact]
    public void Package_finds_the_manifest_folder_above_the_working_directory()
    {
        var nested = Directory.CreateDirectory(Path.Combine(_workspace.Directory, "clone", "src", "deep")).FullName;
        var manifest = Directory.CreateDirectory(Path.Combine(_workspace.Directory, "clone", "manifest")).FullName;
        foreach (var file in Directory.GetFiles(RepoPaths.ManifestDirectory))
        {
            File.Copy(file, Path.Combine(manifest, Path.GetFileName(file)));
        }
        var args = PackageArgs().ToList();
        args.RemoveRange(args.IndexOf("--manifest"), 2);
        args.RemoveRange(args.IndexOf("--out"), 2);

        Assert.Equal(ManifestCli.Ok, ManifestCli.Run([.. args], _out, _err, nested));

        Assert.True(File.Exists(Path.Combine(nested, "triagebot-teams.zip")), _err.ToString());
    }

    [Fact]
    public void Validate_accepts_a_package_the_tool_built()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(OutZip)!);
        Run(PackageArgs());

        Assert.Equal(ManifestCli.Ok, Run("validate", OutZip));

        Assert.Contains("valid:", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_the_unfilled_template_naming_each_placeholder()
    {
        Assert.Equal(ManifestCli.Refused, Run("validate", _workspace.ManifestPath));

        var err = _err.ToString();
        Assert.Contains("bots[0].botId: bot id is missing: the placeholder ${{BOT_ID}} was not filled", err, StringComparison.Ordinal);
        Assert.Contains("developer.privacyUrl: leftover placeholder ${{PRIVACY_URL}}", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_zip_with_files_in_a_folder_or_unused_files()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(OutZip)!);
        Run(PackageArgs());
        using (var zip = ZipFile.Open(OutZip, ZipArchiveMode.Update))
        {
            zip.CreateEntry("icons/color.png");
            zip.CreateEntry("notes.txt");
        }

        Assert.Equal(ManifestCli.Refused, Run("validate", OutZip));

        Assert.Contains("icons/color.png: file is inside a folder", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("notes.txt: file is in the package but the manifest does not use it", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_zip_without_a_manifest_and_a_file_that_is_not_a_zip()
    {
        var empty = Path.Combine(_workspace.Directory, "empty.zip");
        using (ZipFile.Open(empty, ZipArchiveMode.Create))
        {
        }
        var notZip = Path.Combine(_workspace.Directory, "not.zip");
        File.WriteAllText(notZip, "hello");

        Assert.Equal(ManifestCli.Refused, Run("validate", empty));
        Assert.Equal(ManifestCli.Refused, Run("validate", notZip));

        Assert.Contains("the package has no manifest.json at its root", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("is not a readable zip file", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_an_oversized_file_in_a_zip_without_reading_it()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(OutZip)!);
        Run(PackageArgs());
        using (var zip = ZipFile.Open(OutZip, ZipArchiveMode.Update))
        {
            zip.GetEntry("color.png")!.Delete();
            using var big = zip.CreateEntry("color.png", CompressionLevel.Optimal).Open();
            big.Write(new byte[5 * 1024 * 1024]);
        }

        Assert.Equal(ManifestCli.Refused, Run("validate", OutZip));

        Assert.Contains("color.png: file is 5242880 bytes, more than this tool reads", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("icons.color: icon file 'color.png' is missing", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_manifest_that_is_not_JSON()
    {
        File.WriteAllText(_workspace.ManifestPath, "{ \"id\": ");

        Assert.Equal(ManifestCli.Refused, Run("validate", _workspace.ManifestPath));

        Assert.Contains("is not valid JSON", _err.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "publish" }, "unknown command 'publish'")]
    [InlineData(new string[0], "no command given")]
    [InlineData(new[] { "package", "--bot" }, "unknown option '--bot'")]
    [InlineData(new[] { "package", "--bot-id" }, "option --bot-id needs a value")]
    [InlineData(new[] { "package", "--name", "A", "--name", "B" }, "option --name is given twice")]
    [InlineData(new[] { "validate" }, "validate takes exactly one PATH")]
    public void A_wrong_command_line_gets_usage_and_exit_code_2(string[] args, string message)
    {
        Assert.Equal(ManifestCli.Usage, Run(args));

        Assert.Contains($"error: {message}", _err.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage:", _err.ToString(), StringComparison.Ordinal);
    }
}
