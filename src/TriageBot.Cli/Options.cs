namespace TriageBot.Cli;

/// <summary>A command line that is wrong; the CLI prints the message with the usage and exits 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>"--name value" options (repeatable) and positional arguments; small enough not to need a parser library.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, List<string>> _named = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options.Positional.Add(args[i]);
                continue;
            }

            var name = args[i][2..];
            if (i + 1 >= args.Length)
            {
                throw new UsageException($"--{name} needs a value.");
            }

            if (!options._named.TryGetValue(name, out var values))
            {
                options._named[name] = values = [];
            }

            values.Add(args[++i]);
        }

        return options;
    }

    public void Allow(params string[] names)
    {
        foreach (var name in _named.Keys.Where(n => !names.Contains(n)))
        {
            throw new UsageException($"Unknown option --{name}.");
        }
    }

    public string? Single(string name) => _named.TryGetValue(name, out var values)
        ? values.Count == 1 ? values[0] : throw new UsageException($"--{name} is given {values.Count} times; give it once.")
        : null;

    /// <summary>Repeatable AREA=VALUE options as a dictionary.</summary>
    public Dictionary<string, string> Pairs(string name)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in _named.GetValueOrDefault(name) ?? [])
        {
            var eq = value.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new UsageException($"--{name} '{value}' is not in the form AREA=VALUE, e.g. plymouth=...");
            }

            result[value[..eq]] = value[(eq + 1)..];
        }

        return result;
    }
}
