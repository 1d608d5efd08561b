using System.Text.Json.Serialization;

namespace TriageBot.Thresholds.Packs;

// The pack file as written by a safeguarding lead. Every property is optional here so that the reader can
// name each missing or wrong field with its path, instead of failing on the first one.
internal sealed record PackDocument(
    string? Id,
    string? Version,
    string? Area,
    string? Title,
    string? TimeZone,
    List<DocumentEntry?>? Documents,
    List<DomainEntry?>? Domains,
    List<LevelEntry?>? Levels,
    HoursEntry? FrontDoorHours,
    List<RouteEntry?>? Routes,
    List<ConsentEntry?>? Consent,
    CombineEntry? Combine,
    string? ContactsSource,
    List<ContactEntry?>? Contacts,
    List<IndicatorEntry?>? Indicators);

internal sealed record ContactEntry(string? Name, string? Phone, List<string>? Dial);

internal sealed record DocumentEntry(string? File, string? Title, string? Use);

internal sealed record DomainEntry(string? Id, string? Name);

internal sealed record LevelEntry(
    int? Level, string? Name, string? AlsoKnownAs, string? Summary, string? Meaning, string? ServiceResponse,
    List<string>? Services, string? Route, List<string>? Next, string? Source);

internal sealed record HoursEntry(bool? StatedInDocuments, List<WindowEntry?>? Weekly, bool? BankHolidaysClosed, string? Note);

internal sealed record WindowEntry(List<string>? Days, string? Open, string? Close);

internal sealed record RouteEntry(
    string? Kind, string? Service, List<string>? Phones, string? Email, List<string>? Next, string? Source, string? Formerly);

internal sealed record ConsentEntry(string? Kind, List<string>? Steps, List<string>? AtLevel4, string? Source);

internal sealed record CombineEntry(int? DistinctDomainsAtLevel, int? IndicatorsOneLevelBelow, string? Note, string? Source);

internal sealed record IndicatorEntry(
    string? Id, int? Level, string? Domain, string? Dimension, string? Text, string? Source, bool? SignificantHarm);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(PackDocument))]
internal sealed partial class PackJsonContext : JsonSerializerContext;
