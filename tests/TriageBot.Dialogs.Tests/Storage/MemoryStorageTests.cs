using TriageBot.Dialogs.Storage;

namespace TriageBot.Dialogs.Tests.Storage;

public sealed class MemoryStorageTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage(Clock);
}
