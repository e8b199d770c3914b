using System.Globalization;
using MissionTracker.Core.Geography;

namespace MissionTracker.Core.Tests.Geography;

public class CountryCatalogTests
{
    /// <summary>
    /// Codes ISO 3166-1 reserves without assigning them to a country (exceptional reservations such as
    /// EU, UN, Diego Garcia's DG or the Canary Islands' IC). RegionInfo can return some of them.
    /// </summary>
    private static readonly HashSet<string> ExceptionallyReserved =
        ["AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "FX", "IC", "SU", "TA", "UK", "UN"];

    /// <summary>User-assigned ranges of ISO 3166-1 (AA, QM–QZ, XA–XZ, ZZ), e.g. XK for Kosovo.</summary>
    private static bool IsUserAssigned(string code) =>
        code == "AA" || code == "ZZ" || code[0] == 'X' || (code[0] == 'Q' && code[1] >= 'M');

    [Fact]
    public void Catalog_has_249_distinct_upper_case_alpha2_codes()
    {
        var codes = CountryCatalog.All.Select(c => c.Code).ToList();

        Assert.Equal(249, codes.Count);
        Assert.Equal(249, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, code => Assert.Matches("^[A-Z]{2}$", code));
    }

    [Fact]
    public void Every_entry_has_a_name_and_no_blank_words()
    {
        Assert.All(CountryCatalog.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
            Assert.All(c.Aliases, a => Assert.False(string.IsNullOrWhiteSpace(a)));
            Assert.All(c.Demonyms, d => Assert.False(string.IsNullOrWhiteSpace(d)));
        });
    }

    [Fact]
    public void Every_country_code_known_to_RegionInfo_is_in_the_catalog()
    {
        var fromRegionInfo = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(culture =>
            {
                try
                {
                    return new RegionInfo(culture.Name).TwoLetterISORegionName;
                }
                catch (ArgumentException)
                {
                    return null;
                }
            })
            .OfType<string>()
            .Where(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper))
            .Where(code => !ExceptionallyReserved.Contains(code) && !IsUserAssigned(code))
            .ToHashSet(StringComparer.Ordinal);

        // ICU knows well over a hundred regions; an empty set would make this test meaningless.
        Assert.True(fromRegionInfo.Count > 100, $"RegionInfo returned only {fromRegionInfo.Count} country codes.");

        var catalog = CountryCatalog.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var missing = fromRegionInfo.Where(code => !catalog.Contains(code)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void No_name_alias_or_demonym_belongs_to_two_countries()
    {
        var conflicts = CountryCatalog.All
            .SelectMany(c => new[] { c.Name }.Concat(c.Aliases).Concat(c.Demonyms).Select(word => (word, c.Code)))
            .GroupBy(x => x.word, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Code).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Code).Distinct(StringComparer.Ordinal))}")
            .ToList();

        Assert.Empty(conflicts);
    }

    [Fact]
    public void NameIndex_covers_every_name_alias_and_demonym()
    {
        foreach (var country in CountryCatalog.All)
        {
            foreach (var word in new[] { country.Name }.Concat(country.Aliases).Concat(country.Demonyms))
            {
                Assert.True(CountryCatalog.NameIndex.TryGetValue(word, out var code), $"\"{word}\" is not in NameIndex.");
                Assert.Equal(country.Code, code);
            }
        }
    }

    [Theory]
    [InlineData("Spanish", "ES")]
    [InlineData("British", "GB")]
    [InlineData("U.S.", "US")]
    [InlineData("Iraqi", "IQ")]
    [InlineData("Kuwait", "KW")]
    [InlineData("Danish", "DK")]
    [InlineData("Dutch", "NL")]
    [InlineData("Americans", "US")]
    [InlineData("UK", "GB")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Holland", "NL")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Ivory Coast", "CI")]
    public void NameIndex_finds_the_code(string word, string expected)
    {
        Assert.True(CountryCatalog.NameIndex.TryGetValue(word, out var code), $"\"{word}\" is not in NameIndex.");
        Assert.Equal(expected, code);
    }

    [Fact]
    public void NameIndex_is_case_sensitive()
    {
        Assert.True(CountryCatalog.NameIndex.ContainsKey("US"));
        Assert.False(CountryCatalog.NameIndex.ContainsKey("us"));
    }

    [Theory]
    [InlineData("Washington")]
    [InlineData("Baghdad")]
    [InlineData("Brussels")]
    [InlineData("Kurdistan")]
    [InlineData("Kurdish")]
    [InlineData("Arab")]
    [InlineData("Sunni")]
    public void NameIndex_leaves_out_cities_regions_and_ethnic_words(string word)
    {
        Assert.False(CountryCatalog.NameIndex.ContainsKey(word));
    }

    [Theory]
    [InlineData("es", "ES", "Spain")]
    [InlineData("GB", "GB", "United Kingdom")]
    [InlineData("us", "US", "United States")]
    [InlineData("tr", "TR", "Turkey")]
    public void Find_is_case_insensitive(string query, string code, string name)
    {
        var country = CountryCatalog.Find(query);

        Assert.NotNull(country);
        Assert.Equal(code, country.Code);
        Assert.Equal(name, country.Name);
    }

    [Theory]
    [InlineData("XK")]
    [InlineData("ZZ")]
    [InlineData("")]
    [InlineData("USA")]
    public void Find_returns_null_for_unknown_codes(string query)
    {
        Assert.Null(CountryCatalog.Find(query));
    }
}
