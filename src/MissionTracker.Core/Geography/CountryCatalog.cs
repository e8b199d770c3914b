using System.Collections.Frozen;
using System.Text.Json;

namespace MissionTracker.Core.Geography;

/// <summary>One ISO 3166-1 country or territory, with the words news text uses for it.</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code, upper case (e.g. <c>ES</c>).</param>
/// <param name="Name">Common English short name (e.g. "Spain").</param>
/// <param name="Aliases">Other names and short forms (e.g. "Kingdom of Spain", "U.S.", "UK").</param>
/// <param name="Demonyms">Adjectives and nationality nouns, plurals included (e.g. "Spanish", "Spaniards").</param>
public sealed record CountryInfo(string Code, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms);

/// <summary>
/// The complete ISO 3166-1 catalog (249 entries), read once from the embedded <c>countries.json</c>.
/// Thread-safe.
/// </summary>
public static class CountryCatalog
{
    private const string ResourceName = "MissionTracker.Core.Geography.countries.json";

    private static readonly Lazy<Data> LazyData = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every entry, ordered by code.</summary>
    public static IReadOnlyList<CountryInfo> All => LazyData.Value.All;

    /// <summary>
    /// Every name, alias and demonym, exactly as written (case-sensitive: "US" is not "us"), mapped to its code.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NameIndex => LazyData.Value.NameIndex;

    /// <summary>The entry for an alpha-2 code (case-insensitive), or null if there is none.</summary>
    public static CountryInfo? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return LazyData.Value.ByCode.TryGetValue(code.Trim(), out var info) ? info : null;
    }

    private static Data Load()
    {
        var assembly = typeof(CountryCatalog).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing from {assembly.GetName().Name}.");

        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };
        var rows = JsonSerializer.Deserialize<List<CountryRow>>(stream, options)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is empty.");

        var all = new List<CountryInfo>(rows.Count);
        var byCode = new Dictionary<string, CountryInfo>(StringComparer.OrdinalIgnoreCase);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.Code) || string.IsNullOrWhiteSpace(row.Name))
            {
                throw new InvalidOperationException($"'{ResourceName}' has an entry without a code or a name.");
            }

            var info = new CountryInfo(
                row.Code,
                row.Name,
                (row.Aliases ?? []).AsReadOnly(),
                (row.Demonyms ?? []).AsReadOnly());

            if (!byCode.TryAdd(info.Code, info))
            {
                throw new InvalidOperationException($"'{ResourceName}' lists the code {info.Code} twice.");
            }

            all.Add(info);
            AddName(names, info.Name, info.Code);
            foreach (var alias in info.Aliases)
            {
                AddName(names, alias, info.Code);
            }

            foreach (var demonym in info.Demonyms)
            {
                AddName(names, demonym, info.Code);
            }
        }

        all.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return new Data(
            all.AsReadOnly(),
            byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            names.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static void AddName(Dictionary<string, string> names, string name, string code)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InvalidOperationException($"'{ResourceName}' has an empty name, alias or demonym for {code}.");
        }

        if (names.TryGetValue(name, out var existing) && existing != code)
        {
            throw new InvalidOperationException($"'{ResourceName}': \"{name}\" is used by both {existing} and {code}.");
        }

        names[name] = code;
    }

    private sealed record Data(
        IReadOnlyList<CountryInfo> All,
        FrozenDictionary<string, CountryInfo> ByCode,
        FrozenDictionary<string, string> NameIndex);

    private sealed record CountryRow(string? Code, string? Name, List<string>? Aliases, List<string>? Demonyms);
}
