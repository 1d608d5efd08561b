using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TriageBot.Dialogs.Storage;

namespace TriageBot.Hosting;

internal static class StorageServiceCollectionExtensions
{
    /// <summary>The conversation store from <c>Storage</c> (SQLite by default) and the job that purges old state.</summary>
    public static IServiceCollection AddTriageStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            if (string.Equals(options.Provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
            {
                return new MemoryStorage(clock);
            }

            var path = options.ResolvedSqlitePath;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new SqliteStorage(path, clock, sp.GetService<ILogger<SqliteStorage>>());
        });
        services.AddHostedService<StatePurgeService>();
        return services;
    }
}
