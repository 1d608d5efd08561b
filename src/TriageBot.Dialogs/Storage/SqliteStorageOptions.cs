namespace TriageBot.Dialogs.Storage;

/// <summary>Where the state database lives. Bound from configuration by the host.</summary>
public sealed class SqliteStorageOptions
{
    public const string DefaultFileName = "triagebot.db";

    /// <summary>Database file; relative paths are taken inside the app's data folder.</summary>
    public string DatabasePath { get; set; } = DefaultFileName;

    /// <summary>How long state may go unchanged before <see cref="IStorage.PurgeOlderThanAsync"/> removes it.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The absolute database path: <see cref="DatabasePath"/> resolved against the host's data folder.</summary>
    public string ResolvePath(string dataFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        var path = string.IsNullOrWhiteSpace(DatabasePath) ? DefaultFileName : DatabasePath;
        return Path.GetFullPath(Path.Combine(dataFolder, path));
    }
}
