using System.Linq.Expressions;
using MissionTracker.Web.Data;

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
    IReadOnlyList<int> SourceIds)
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
        o.Citations.Select(c => c.SourceId).ToList());
}

/// <summary>A mission's strength on a date: the latest observation at or before it, for the whole mission and per country.</summary>
public sealed record MissionStrengthDto(
    string Mission,
    DateOnly AsOf,
    int? Total,
    DateOnly? TotalObservedOn,
    IReadOnlyList<int> TotalSourceIds,
    IReadOnlyList<ContingentDto> ByCountry);
