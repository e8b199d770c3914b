using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Strength;

/// <summary>As-of questions over strength observations: "what did a mission look like on date X, and who said so?"</summary>
public sealed class StrengthService(MissionTrackerDbContext db)
{
    /// <summary>
    /// The latest observation of each (mission, country) pair at or before <paramref name="asOf"/>; ties on the
    /// date go to the most recently recorded one.
    /// </summary>
    public IQueryable<StrengthObservation> LatestAsOf(DateOnly asOf) =>
        db.StrengthObservations.AsNoTracking().Where(o => o.ObservedOn <= asOf && !db.StrengthObservations.Any(n =>
            n.MissionId == o.MissionId && n.CountryId == o.CountryId && n.ObservedOn <= asOf &&
            (n.ObservedOn > o.ObservedOn || (n.ObservedOn == o.ObservedOn && n.Id > o.Id))));

    public async Task<IReadOnlyDictionary<string, MissionStrengthDto>> ForMissionsAsync(IReadOnlyCollection<int> missionIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await LatestAsOf(asOf)
            .Where(o => missionIds.Contains(o.MissionId))
            .OrderBy(o => o.Country != null ? o.Country.Name : "")
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Mission).ToDictionary(g => g.Key, g => Summarise(g.Key, asOf, g));
    }

    public static MissionStrengthDto Summarise(string mission, DateOnly asOf, IEnumerable<ContingentDto> rows)
    {
        var list = rows.ToList();
        var whole = list.FirstOrDefault(r => r.CountryCode is null);
        return new MissionStrengthDto(
            mission,
            asOf,
            whole?.Count,
            whole?.ObservedOn,
            whole?.SourceIds ?? [],
            [.. list.Where(r => r.CountryCode is not null)]);
    }

    /// <summary>
    /// Whole-mission strength over time (observations without a country and with a count), oldest first, for the
    /// given missions or all of them: one query for the dashboard's chart and its "change since" figures.
    /// </summary>
    public async Task<IReadOnlyList<StrengthPointDto>> MissionSeriesAsync(string? missionSlug, CancellationToken cancellationToken)
    {
        var query = db.StrengthObservations.AsNoTracking().Where(o => o.CountryId == null && o.Personnel.Count != null);
        if (missionSlug is not null)
        {
            query = query.Where(o => o.Mission.Slug == missionSlug);
        }
        return await query
            .OrderBy(o => o.Mission.Slug).ThenBy(o => o.ObservedOn).ThenBy(o => o.Id)
            .Select(StrengthPointDto.Projection)
            .ToListAsync(cancellationToken);
    }

    /// <summary>One mission's contingents (and whole-mission figure) on a date.</summary>
    public async Task<MissionStrengthDto> ForMissionAsync(string missionSlug, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await LatestAsOf(asOf)
            .Where(o => o.Mission.Slug == missionSlug)
            .OrderBy(o => o.Country != null ? o.Country.Name : "")
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
        return Summarise(missionSlug, asOf, rows);
    }

    /// <summary>Every observation of one country's contingents, in every mission, oldest first.</summary>
    public async Task<IReadOnlyList<ContingentDto>> CountryHistoryAsync(string countryCode, CancellationToken cancellationToken) =>
        await db.StrengthObservations.AsNoTracking()
            .Where(o => o.Country != null && o.Country.Code == countryCode)
            .OrderBy(o => o.ObservedOn).ThenBy(o => o.Id)
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
}
