using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Strength;

public sealed record PersonnelDto(PersonnelPrecision Precision, int? Count, int? Min, int? Max, string? Description)
{
    public static PersonnelDto From(Personnel p) => new(p.Precision, p.Count, p.Min, p.Max, p.Description);

    /// <summary>The figure as an analyst reads it: "5,200", "≈500", "300–400", "a major part".</summary>
    public string Text => (Precision, Count, Min, Max) switch
    {
        (PersonnelPrecision.Exact, int c, _, _) => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        (PersonnelPrecision.Approximate, int c, _, _) => "≈" + c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        (_, null, int min, int max) => $"{min:N0}–{max:N0}",
        (_, null, null, int max) => $"up to {max:N0}",
        _ => Description ?? "unknown",
    };
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
    long Version,
    bool Preferred) : IVersioned
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
        o.Version,
        o.Preferred);
}

/// <summary>Sources that disagree: different figures for one mission, country and date, none of them marked preferred yet.</summary>
public sealed record StrengthConflictDto(string Mission, string? CountryCode, DateOnly ObservedOn, IReadOnlyList<ContingentDto> Observations);

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

/// <summary>A mission's whole strength on one date, as a point of a chart.</summary>
public sealed record StrengthPointDto(int ObservationId, string Mission, string MissionName, DateOnly ObservedOn, int Count, PersonnelDto Personnel)
{
    public static readonly Expression<Func<StrengthObservation, StrengthPointDto>> Projection = o => new StrengthPointDto(
        o.Id,
        o.Mission.Slug,
        o.Mission.Name,
        o.ObservedOn,
        o.Personnel.Count ?? 0,
        new PersonnelDto(o.Personnel.Precision, o.Personnel.Count, o.Personnel.Min, o.Personnel.Max, o.Personnel.Description));
}

/// <summary>A mission's latest strength and how it moved since the observation before it.</summary>
public sealed record StrengthChange(int Current, DateOnly On, int? Previous, DateOnly? PreviousOn)
{
    public int? Delta => Previous is int p ? Current - p : null;

    /// <summary>The latest two points of each mission in an oldest-first series.</summary>
    public static IReadOnlyDictionary<string, StrengthChange> Latest(IEnumerable<StrengthPointDto> series) =>
        series.GroupBy(p => p.Mission).ToDictionary(g => g.Key, g =>
        {
            var points = g.ToList();
            var last = points[^1];
            var before = points.Count > 1 ? points[^2] : null;
            return new StrengthChange(last.Count, last.ObservedOn, before?.Count, before?.ObservedOn);
        });
}
