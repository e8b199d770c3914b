using System.Linq.Expressions;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Countries;

public sealed record CountryDto(string Code, string Name, IReadOnlyList<string> Demonyms, DateTime CreatedAt, DateTime UpdatedAt, long Version) : IVersioned
{
    public static readonly Expression<Func<Country, CountryDto>> Projection = c => new CountryDto(c.Code, c.Name, c.Demonyms, c.CreatedAt, c.UpdatedAt, c.Version);
}

/// <summary>A country; <c>code</c> is its ISO 3166-1 alpha-2 code and is how the API addresses it.</summary>
public sealed record CountryInput(string? Code, string? Name, IReadOnlyList<string>? Demonyms)
{
    public static readonly CountryInput Example = new("XK", "Kosovo", ["Kosovar"]);
}

public sealed class CountryFilter : ListFilter
{
    /// <summary>The start of the name or the code, case-insensitive.</summary>
    public string? Q { get; set; }
}

/// <summary>Where a country's troops were on a date: its latest observation in each mission at or before it.</summary>
public sealed record CountryContingentsDto(string CountryCode, string CountryName, DateOnly AsOf, IReadOnlyList<ContingentDto> Contingents);
