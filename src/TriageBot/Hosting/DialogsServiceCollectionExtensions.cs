using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TriageBot.Dialogs.Engine;
using TriageBot.Dialogs.Storage;
using TriageBot.Dialogs.Triage;
using TriageBot.Thresholds.Contract;

namespace TriageBot.Hosting;

internal static class DialogsServiceCollectionExtensions
{
    public const string Area = "plymouth";

    /// <summary>
    /// The Plymouth threshold engine (with <c>Thresholds:PackPath:plymouth</c> and <c>Thresholds:FrontDoorHours:plymouth</c>
    /// overrides, read as the CLI reads them), the question bank checked against it, and the dialog runner.
    /// </summary>
    public static IServiceCollection AddTriageDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        // Built now, not on the first turn: a bad pack path or hours setting stops start-up with its own message.
        var thresholds = configuration.GetSection("Thresholds");
        var engine = ThresholdService.Create(
            TimeProvider.System, // only the engine is kept; it takes "now" from each turn, not from this clock
            Overrides(thresholds.GetSection("PackPath")),
            Overrides(thresholds.GetSection("FrontDoorHours"))).For(Area);
        services.TryAddSingleton(TriageContent.Plymouth(engine));
        services.TryAddSingleton(sp => TriageBotDialogs.CreateRunner(
            sp.GetRequiredService<TriageContent>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Retention,
            sp.GetRequiredService<ILogger<DialogRunner>>()));
        return services;
    }

    private static Dictionary<string, string> Overrides(IConfigurationSection section) =>
        section.GetChildren()
            .Where(c => !string.IsNullOrWhiteSpace(c.Value))
            .ToDictionary(c => c.Key, c => c.Value!, StringComparer.OrdinalIgnoreCase);
}
