using Microsoft.Extensions.Options;

namespace TriageBot.Hosting;

/// <summary>Fails start-up naming the bad setting, rather than the first turn failing.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!string.Equals(options.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(options.Provider, StorageOptions.Memory, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Storage:Provider must be '{StorageOptions.Sqlite}' or '{StorageOptions.Memory}', not '{options.Provider}'.");
        }

        if (options.Retention <= TimeSpan.Zero)
        {
            failures.Add($"Storage:Retention must be a positive time span such as 7.00:00:00, not '{options.Retention}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
