using System.Buffers;
using System.Text;
using System.Text.Json;
using TriageBot.Thresholds.Contract;
using TriageBot.Thresholds.Engine;
using TriageBot.Thresholds.Packs;

namespace TriageBot.Cli;

/// <summary>
/// TriageBot.Cli: assess / indicators / frameworks / validate. Exit codes: 0 all good, 1 some input was bad,
/// 2 the command line itself was wrong.
/// </summary>
public static class CliApp
{
    public const string Usage = """
        Usage: TriageBot.Cli <command> [options]

          assess [--pack AREA=PATH] [--front-door-hours AREA="Mon-Fri 09:00-17:00"]
              Reads requests as JSON (one object or a list) or JSON Lines on standard input and writes one
              JSON answer per line. A bad request gets an error object naming the problem; the others are
              still answered; the exit code is 1 if any failed.
          indicators --area AREA [--search WORDS] [--level N]
              Lists indicators with their ids, level and source, so you can find the one you mean.
          frameworks
              Lists the framework packs with their versions.
          validate PATH
              Checks a framework pack file and says exactly what is wrong with it.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await error.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        try
        {
            var options = Options.Parse(args[1..]);
            return args[0] switch
            {
                "assess" => await AssessAsync(options, input, output, time),
                "indicators" => await IndicatorsAsync(options, output, time),
                "frameworks" => await FrameworksAsync(options, output, time),
                "validate" => await ValidateAsync(options, output),
                _ => throw new UsageException($"Unknown command '{args[0]}'."),
            };
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync($"{e.Message}{Environment.NewLine}{Environment.NewLine}{Usage}");
            return 2;
        }
        catch (Exception e) when (e is PackException or IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    private static async Task<int> AssessAsync(Options options, TextReader input, TextWriter output, TimeProvider time)
    {
        options.Allow("pack", "front-door-hours");
        var service = ThresholdService.Create(time, options.Pairs("pack"), options.Pairs("front-door-hours"));
        var text = await input.ReadToEndAsync();
        var failed = false;
        var buffer = new ArrayBufferWriter<byte>();
        await using var writer = new Utf8JsonWriter(buffer, AssessLine.Options);

        async Task EmitAsync()
        {
            writer.Flush();
            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.Clear();
            writer.Reset(buffer);
        }

        // A whole-input JSON value (one object, or a list of them) first; otherwise JSON Lines, one request a line.
        if (TryParseWhole(text) is { } whole)
        {
            using (whole)
            {
                var items = whole.RootElement.ValueKind == JsonValueKind.Array ? [.. whole.RootElement.EnumerateArray()] : new[] { whole.RootElement };
                for (var i = 0; i < items.Length; i++)
                {
                    failed |= !AssessLine.Answer(service, items[i], i + 1, writer);
                    await EmitAsync();
                }
            }

            return failed ? 1 : 0;
        }

        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(lines[n]);
                failed |= !AssessLine.Answer(service, doc.RootElement, n + 1, writer);
            }
            catch (JsonException e)
            {
                AssessLine.WriteMalformed(writer, n + 1, e);
                failed = true;
            }

            await EmitAsync();
        }

        return failed ? 1 : 0;
    }

    private static JsonDocument? TryParseWhole(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<int> IndicatorsAsync(Options options, TextWriter output, TimeProvider time)
    {
        options.Allow("area", "search", "level");
        var service = ThresholdService.Create(time);
        ThresholdEngine engine;
        try
        {
            engine = service.For(options.Single("area") ?? throw new UsageException("indicators needs --area, e.g. --area plymouth."));
        }
        catch (AssessmentException e)
        {
            throw new UsageException(e.Message);
        }

        var pack = engine.Pack;
        var found = options.Single("search") is { } words ? pack.Search(words) : pack.Indicators;
        if (options.Single("level") is { } levelText)
        {
            var level = int.TryParse(levelText, out var l) && l is >= 1 and <= 4 ? l : throw new UsageException($"--level '{levelText}' is not a level from 1 to 4.");
            found = [.. found.Where(i => i.Level == level)];
        }

        foreach (var i in found)
        {
            await output.WriteLineAsync($"{i.Id}\tLevel {i.Level}\t{i.Text}\t[{i.Source}]");
        }

        await output.WriteLineAsync($"{found.Count} of {pack.Indicators.Count} indicators in {pack.Id} {pack.Version}.");
        return 0;
    }

    private static async Task<int> FrameworksAsync(Options options, TextWriter output, TimeProvider time)
    {
        options.Allow();
        foreach (var engine in ThresholdService.Create(time).Engines)
        {
            var p = engine.Pack;
            await output.WriteLineAsync($"{p.Area}\t{p.Id}\t{p.Version}\t{p.Indicators.Count} indicators\tfront door {engine.FrontDoorHours.Describe()}{(engine.FrontDoorHours.StatedInDocuments ? "" : " (local setting)")}\t{p.Title}");
        }

        return 0;
    }

    private static async Task<int> ValidateAsync(Options options, TextWriter output)
    {
        options.Allow();
        var path = options.Positional.Count == 1 ? options.Positional[0] : throw new UsageException("validate takes one pack file path.");
        await using var stream = File.OpenRead(path);
        var (pack, problems) = PackReader.Read(stream);
        foreach (var p in problems)
        {
            await output.WriteLineAsync(p.ToString());
        }

        var errors = problems.Count(p => p.Severity == ProblemSeverity.Error);
        await output.WriteLineAsync(pack is null
            ? $"{path}: not valid: {errors} error(s), {problems.Count - errors} warning(s)."
            : $"{path}: valid: {pack.Id} {pack.Version}, {pack.Indicators.Count} indicators, {problems.Count} warning(s).");
        return pack is null ? 1 : 0;
    }
}
