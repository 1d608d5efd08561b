namespace TriageBot.Hosting;

/// <summary>Configuration section <c>Storage</c>: where conversation state lives and how long it is kept.</summary>
internal sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string Sqlite = "sqlite";
    public const string Memory = "memory";

    /// <summary><c>sqlite</c> (default; survives restarts) or <c>memory</c> (lost on exit).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The SQLite file; empty means <see cref="DefaultSqlitePath"/>.</summary>
    public string? SqlitePath { get; set; }

    /// <summary>State not updated for this long is deleted; conversations hold details of a worry about a child.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Under the user's local application data, never the working directory: a database of safeguarding
    /// conversations must not end up in a clone that someone commits or shares.
    /// </summary>
    public static string DefaultSqlitePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "TriageBot", "triagebot.db");

    public string ResolvedSqlitePath => string.IsNullOrWhiteSpace(SqlitePath) ? DefaultSqlitePath : Path.GetFullPath(SqlitePath);
}
