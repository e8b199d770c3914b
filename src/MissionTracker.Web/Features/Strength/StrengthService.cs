using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Strength;

/// <summary>
/// Strength observations, and the as-of questions over them: "what did a mission look like on date X, and who said so?"
/// </summary>
public sealed class StrengthService(MissionTrackerDbContext db)
    : ResourceService<StrengthObservation, ContingentDto, StrengthObservationInput, StrengthObservationFilter>(db)
{
    private static readonly SortOptions<StrengthObservation> Sorts = new SortOptions<StrengthObservation>("-observedOn")
        .Add("observedOn", o => o.ObservedOn)
        .Add("updatedAt", o => o.UpdatedAt)
        .Add("id", o => o.Id);

    protected override string Noun => "strength observation";

    protected override Expression<Func<StrengthObservation, ContingentDto>> Projection => ContingentDto.Projection;

    protected override IQueryable<StrengthObservation> ForUpdate => Db.StrengthObservations.Include(o => o.Citations);



    protected override SortOptions<StrengthObservation> SortsFor(StrengthObservationFilter filter) => Sorts;

    /// <summary>
    /// The latest observation at or before <paramref name="asOf"/> of each (mission, country) series that has an observation
    /// matching <paramref name="among"/>; ties on the date go to the preferred one, then to the most recently recorded.
    /// </summary>
    /// <remarks>
    /// A series is compared on <c>CountryId ?? 0</c> rather than <c>CountryId</c>: LINQ's null-aware equality becomes
    /// <c>a = b OR (a IS NULL AND b IS NULL)</c>, which no index serves (300 ms per mission on 50,000 observations), while
    /// <c>COALESCE(CountryId, 0)</c> matches the expression index <see cref="Data.Sqlite.SqliteDialect.CreateStrengthSeriesIndex"/> (15 ms).
    /// </remarks>
    public IQueryable<StrengthObservation> LatestAsOf(DateOnly asOf, Expression<Func<StrengthObservation, bool>> among)
    {
        var observations = Db.StrengthObservations.AsNoTracking();
        // Series first, then each one's latest by one seek of the series index from its end: comparing every observation
        // with the others of its series (NOT EXISTS a later one) read every observation, 0.5 s for the dashboard's missions.
        // The series come from the index alone: it holds the observations not deleted (SqliteDialect.CreateListedStrengthSeriesIndex).
        var latest = observations.Where(among)
            .Select(o => new { o.MissionId, Country = o.CountryId ?? 0 })
            .Distinct()
            .Select(series => observations
                .Where(n => n.MissionId == series.MissionId && (n.CountryId ?? 0) == series.Country && n.ObservedOn <= asOf)
                .OrderByDescending(n => n.ObservedOn).ThenByDescending(n => n.Preferred).ThenByDescending(n => n.Id)
                .Select(n => (int?)n.Id)
                .FirstOrDefault());
        return observations.Where(o => latest.Contains(o.Id));
    }

    /// <summary>The most disputed (mission, country, date) groups listed at once, latest first.</summary>
    private const int MaxConflicts = 100;

    /// <summary>
    /// Groups of observations of one mission, country and date whose figures differ and of which none is preferred:
    /// the disagreements an analyst has to settle, each observation with its sources.
    /// </summary>
    public async Task<IReadOnlyList<StrengthConflictDto>> ConflictsAsync(string? missionSlug, CancellationToken cancellationToken)
    {
        var observations = Db.StrengthObservations.AsNoTracking();
        if (missionSlug is not null)
        {
            observations = observations.Where(o => o.Mission.Slug == missionSlug);
        }
        // Two steps: the disputed (mission, country, date) keys, then their observations. As one query, SQLite ran the
        // grouped subquery again for every observation (a minute on the 100,000-statement benchmark database).
        var disputed = await observations
            .GroupBy(o => new { o.MissionId, o.CountryId, o.ObservedOn })
            .Where(g => g.Select(o => o.Personnel.Count).Distinct().Count() > 1 && !g.Any(o => o.Preferred))
            .Select(g => g.Key)
            .OrderByDescending(k => k.ObservedOn).ThenBy(k => k.MissionId).ThenBy(k => k.CountryId)
            .Take(MaxConflicts)
            .ToListAsync(cancellationToken);
        if (disputed.Count == 0)
        {
            return [];
        }
        var keys = disputed.Select(k => (k.MissionId, k.CountryId, k.ObservedOn)).ToHashSet();
        var missionIds = keys.Select(k => k.MissionId).Distinct().ToList();
        var dates = keys.Select(k => k.ObservedOn).Distinct().ToList();
        var ids = (await observations
                .Where(o => missionIds.Contains(o.MissionId) && dates.Contains(o.ObservedOn))
                .Select(o => new { o.Id, o.MissionId, o.CountryId, o.ObservedOn })
                .ToListAsync(cancellationToken))
            .Where(o => keys.Contains((o.MissionId, o.CountryId, o.ObservedOn)))
            .Select(o => o.Id)
            .ToList();
        var rows = await observations
            .Where(o => ids.Contains(o.Id))
            .OrderByDescending(o => o.ObservedOn).ThenBy(o => o.MissionId).ThenBy(o => o.CountryId).ThenBy(o => o.Id)
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.Mission, r.CountryCode, r.ObservedOn))
            .Select(g => new StrengthConflictDto(g.Key.Mission, g.Key.CountryCode, g.Key.ObservedOn, [.. g]))];
    }

    /// <summary>Marks one observation as the one to believe for its mission, country and date (and no other as such).</summary>
    public async Task<Outcome<ContingentDto>> PreferAsync(int id, CancellationToken cancellationToken)
    {
        var chosen = await Db.StrengthObservations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (chosen is null)
        {
            return Outcome<ContingentDto>.NotFound($"No strength observation has the id {id}.");
        }
        var rivals = await Db.StrengthObservations
            .Where(o => o.MissionId == chosen.MissionId && o.CountryId == chosen.CountryId && o.ObservedOn == chosen.ObservedOn && o.Preferred && o.Id != id)
            .ToListAsync(cancellationToken);
        rivals.ForEach(o => o.Preferred = false);
        chosen.Preferred = true;
        return await SaveAsync(chosen, null, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, MissionStrengthDto>> ForMissionsAsync(IReadOnlyCollection<int> missionIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var rows = await LatestAsOf(asOf, o => missionIds.Contains(o.MissionId))
            .OrderBy(o => o.Country != null ? o.Country.Name : "")
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Mission).ToDictionary(g => g.Key, g => Summarise(g.Key, asOf, g));
    }

    /// <summary>One country's contingents on a date, one per mission.</summary>
    public async Task<IReadOnlyList<ContingentDto>> ForCountryAsync(string countryCode, DateOnly asOf, CancellationToken cancellationToken) =>
        await LatestAsOf(asOf, o => o.Country != null && o.Country.Code == countryCode)
            .OrderBy(o => o.Mission.Slug)
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);

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
        var query = Db.StrengthObservations.AsNoTracking().Where(o => o.CountryId == null && o.Personnel.Count != null);
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
        var rows = await LatestAsOf(asOf, o => o.Mission.Slug == missionSlug)
            .OrderBy(o => o.Country != null ? o.Country.Name : "")
            .Select(ContingentDto.Projection)
            .ToListAsync(cancellationToken);
        return Summarise(missionSlug, asOf, rows);
    }

    protected override IQueryable<StrengthObservation> Filter(StrengthObservationFilter filter, ValidationErrors errors)
    {
        IQueryable<StrengthObservation> query = Db.StrengthObservations;
        if (filter.Mission is { Length: > 0 } mission)
        {
            query = query.Where(o => o.Mission.Slug == mission);
        }
        if (filter.Country is { Length: > 0 } country)
        {
            var code = country.ToUpperInvariant();
            query = code == "NONE" ? query.Where(o => o.CountryId == null) : query.Where(o => o.Country != null && o.Country.Code == code);
        }
        return query.Between(o => o.ObservedOn, filter.From, filter.To);
    }

    protected override async Task ApplyAsync(StrengthObservation observation, StrengthObservationInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Mission))
        {
            errors.Add("mission", "This field is required.");
        }
        var mission = await Db.MissionAsync("mission", input.Mission, errors, cancellationToken);
        observation.MissionId = mission?.Id ?? 0;
        observation.Country = await Db.CountryAsync("countryCode", input.CountryCode, errors, cancellationToken);
        observation.CountryId = observation.Country?.Id;
        observation.ObservedOn = errors.Required("observedOn", input.ObservedOn);
        observation.Personnel = Personnel(input.Count, input.Personnel, errors);
        observation.Role = errors.Optional("role", input.Role, FieldLengths.Role);
        observation.Notes = errors.Optional("notes", input.Notes, FieldLengths.Note);
        Db.ReplaceCitations(observation.Citations, await Db.CitationsAsync(input.SourceIds, input.Citations, errors, cancellationToken));
    }

    /// <summary><c>count</c> is shorthand for an exact number; <c>personnel</c> says it as the source does.</summary>
    public static Personnel Personnel(int? count, PersonnelDto? personnel, ValidationErrors errors)
    {
        var result = personnel is not null
            ? new Personnel { Precision = personnel.Precision, Count = personnel.Count ?? count, Min = personnel.Min, Max = personnel.Max, Description = errors.Optional("personnel.description", personnel.Description, FieldLengths.Description) }
            : count is not null ? Data.Personnel.Exactly(count.Value) : new Personnel();
        if (result.Count < 0 || result.Min < 0 || result.Max < 0)
        {
            errors.Add("personnel", "Numbers of personnel are not negative.");
        }
        if (result.Min > result.Max)
        {
            errors.Add("personnel", "min is at most max.");
        }
        return result;
    }
}
