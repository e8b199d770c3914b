using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Strength;

public sealed record PersonnelDto(PersonnelPrecision Precision, int? Count, int? Min, int? Max, string? Description)
{
    public static PersonnelDto From(Personnel p) => new(p.Precision, p.Count, p.Min, p.Max, p.Description);
}

/// <summary>One country's latest observed strength in a mission (or the mission as a whole when CountryCode is null).</summary>
public sealed record ContingentDto(
    int ObservationId,
    string Mission,
    string? CountryCode,
    string? CountryName,
    int? Count,
    PersonnelDto Personnel,
    DateOnly ObservedOn,
    string? Role,
    IReadOnlyList<int> SourceIds,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<StrengthObservation, ContingentDto>> Projection = o => new ContingentDto(
        o.Id,
        o.Mission.Slug,
        o.Country != null ? o.Country.Code : null,
        o.Country != null ? o.Country.Name : null,
        o.Personnel.Count,
        new PersonnelDto(o.Personnel.Precision, o.Personnel.Count, o.Personnel.Min, o.Personnel.Max, o.Personnel.Description),
        o.ObservedOn,
        o.Role,
        o.Citations.Select(c => c.SourceId).ToList(),
        o.Notes,
        o.CreatedAt,
        o.UpdatedAt,
        o.Version);
}

/// <summary>
/// A strength observation to record: the mission (slug), the country (ISO code; none for the mission as a whole), the date,
/// and either <c>count</c> (an exact number) or <c>personnel</c> (a number, range or description as the source gives it).
/// </summary>
public sealed record StrengthObservationInput(
    string? Mission,
    string? CountryCode,
    DateOnly? ObservedOn,
    int? Count,
    PersonnelDto? Personnel,
    string? Role,
    string? Notes,
    IReadOnlyList<int>? SourceIds,
    IReadOnlyList<CitationInput>? Citations)
{
    public static readonly StrengthObservationInput Example = new(
        "nmi", "ES", new DateOnly(2020, 2, 12), null, new PersonnelDto(PersonnelPrecision.Approximate, 200, null, null, "about"), "trainers", null, [1], null);
}

public sealed class StrengthObservationFilter : ListFilter
{
    /// <summary>Mission slug.</summary>
    public string? Mission { get; set; }
    /// <summary>Country ISO code; <c>none</c> for observations of a mission as a whole.</summary>
    public string? Country { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>A mission's strength on a date: the latest observation at or before it, for the whole mission and per country.</summary>
public sealed record MissionStrengthDto(
    string Mission,
    DateOnly AsOf,
    int? Total,
    DateOnly? TotalObservedOn,
    IReadOnlyList<int> TotalSourceIds,
    IReadOnlyList<ContingentDto> ByCountry);
