using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Missions;

/// <summary>Missions for both the pages and the API: lists with current strength, details, as-of strength and the timeline.</summary>
public sealed class MissionService(MissionTrackerDbContext db, StrengthService strength, StatementService statements, TimeProvider clock)
    : ResourceService<Mission, MissionSummaryDto, MissionDetailDto, MissionInput, MissionFilter>(db)
{
    private static readonly SortOptions<Mission> Sorts = new SortOptions<Mission>("name")
        .Add("name", m => m.Name)
        .Add("slug", m => m.Slug)
        .Add("updatedAt", m => m.UpdatedAt);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected override string Noun => "mission";

    protected override Expression<Func<Mission, bool>> HasKey(string key) => m => m.Slug == key;

    protected override string KeyOf(Mission entity) => entity.Slug;

    public async Task<IReadOnlyList<MissionSummaryDto>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await Db.Missions.AsNoTracking().OrderBy(m => m.Name).Select(MissionRow.Projection).ToListAsync(cancellationToken);
        return await SummariseAsync(rows, cancellationToken);
    }

    public override IListing<MissionSummaryDto> List(MissionFilter filter, ValidationErrors errors)
    {
        IQueryable<Mission> query = Db.Missions;
        if (QueryFilters.ParseEnum<MissionKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }
        return new MissionListing(this, new Listing<Mission, MissionRow>(Changed(query, filter).AsNoTracking(), MissionRow.Projection, Sorts, Db.Missions.AsNoTracking()));
    }

    /// <summary>Adds each mission's strength today to its row.</summary>
    private async Task<IReadOnlyList<MissionSummaryDto>> SummariseAsync(IReadOnlyList<MissionRow> rows, CancellationToken cancellationToken)
    {
        var strengths = await strength.ForMissionsAsync([.. rows.Select(r => r.Id)], Today, cancellationToken);
        return [.. rows.Select(r => new MissionSummaryDto(
            r.Slug, r.Name, r.Acronym, r.Kind, r.LeadOrganisation, r.LeadCountryCode, r.LeadCountryName, r.HostCountryCode, r.HostCountryName,
            r.CurrentStatus?.Status, r.CurrentStatus?.On, strengths.GetValueOrDefault(r.Slug), r.UpdatedAt, r.Version))];
    }

    public override async Task<MissionDetailDto?> GetAsync(string key, CancellationToken cancellationToken)
    {
        var row = await RowAsync(key, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var asOf = Today;
        var latest = await statements.LatestAsync(20, row.Slug, cancellationToken);
        return new MissionDetailDto(
            row.Slug, row.Name, row.Acronym, row.Kind, row.LeadOrganisation, row.LeadOrganisationId, row.LeadCountryCode, row.LeadCountryName,
            row.HostCountryCode, row.HostCountryName,
            row.Aliases, row.Notes, row.CurrentStatus?.Status, row.StatusHistory,
            await StrengthOfAsync(row, asOf, cancellationToken), latest, row.CreatedAt, row.UpdatedAt, row.Version);
    }

    /// <summary>The mission's strength on <paramref name="asOf"/>, from the latest observations at or before it; null for an unknown slug.</summary>
    public async Task<MissionStrengthDto?> StrengthAsync(string slug, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var row = await RowAsync(slug, cancellationToken);
        return row is null ? null : await StrengthOfAsync(row, asOf ?? Today, cancellationToken);
    }

    private Task<MissionRow?> RowAsync(string slug, CancellationToken cancellationToken) =>
        Db.Missions.AsNoTracking().Where(HasKey(slug)).Select(MissionRow.Projection).FirstOrDefaultAsync(cancellationToken);

    private async Task<MissionStrengthDto> StrengthOfAsync(MissionRow row, DateOnly asOf, CancellationToken cancellationToken) =>
        (await strength.ForMissionsAsync([row.Id], asOf, cancellationToken)).GetValueOrDefault(row.Slug)
        ?? StrengthService.Summarise(row.Slug, asOf, []);

    /// <summary>Events, status changes (the mission's and its transfers'), and statements about the mission, in date order.</summary>
    public async Task<MissionTimelineDto?> TimelineAsync(string slug, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        var missionId = await Db.Missions.Where(HasKey(slug)).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (missionId is null)
        {
            return null;
        }
        var entries = new List<TimelineEntryDto>();
        entries.AddRange(await Db.Events.AsNoTracking().Where(e => e.Missions.Any(m => m.Id == missionId)).Between(e => e.OccurredOn, from, to)
            .Select(e => new TimelineEntryDto(e.OccurredOn, TimelineEntryKind.Event, e.Id, e.Title, e.Citations.Select(c => c.SourceId).ToList()))
            .ToListAsync(cancellationToken));
        entries.AddRange(await Db.MissionStatusChanges.AsNoTracking().Where(s => s.MissionId == missionId).Between(s => s.On, from, to)
            .Select(s => new TimelineEntryDto(s.On, TimelineEntryKind.MissionStatus, null, s.Status.ToString() + (s.Note != null ? ": " + s.Note : ""), s.Citations.Select(c => c.SourceId).ToList()))
            .ToListAsync(cancellationToken));
        entries.AddRange(await Db.TransferStatusChanges.AsNoTracking()
            .Where(s => s.TroopTransfer.FromMissionId == missionId || s.TroopTransfer.ToMissionId == missionId).Between(s => s.On, from, to)
            .Select(s => new TimelineEntryDto(s.On, TimelineEntryKind.TransferStatus, s.TroopTransferId,
                s.TroopTransfer.Country.Name + " transfer: " + s.Status.ToString(), s.Citations.Select(c => c.SourceId).ToList()))
            .ToListAsync(cancellationToken));
        entries.AddRange(await Db.Statements.AsNoTracking().Where(s => s.Missions.Any(m => m.Id == missionId)).Between(s => s.SaidOn, from, to)
            .Select(s => new TimelineEntryDto(s.SaidOn, TimelineEntryKind.Statement, s.Id,
                Excerpt(s.Speaker != null ? s.Speaker.Name : s.Organisation != null ? s.Organisation.Name : null, s.Text),
                s.Citations.Select(c => c.SourceId).ToList()))
            .ToListAsync(cancellationToken));
        return new MissionTimelineDto(slug, [.. entries.OrderBy(e => e.On).ThenBy(e => e.Kind).ThenBy(e => e.Id)]);
    }

    /// <summary>"Speaker: the first 200 characters…" (run on the client, after the query).</summary>
    private static string Excerpt(string? speaker, string text) =>
        $"{speaker ?? "Unattributed"}: {(text.Length > 200 ? string.Concat(text.AsSpan(0, 200), "…") : text)}";

    /// <summary>Taken by the page <c>/missions/create</c>.</summary>
    public const string ReservedSlug = "create";

    protected override async Task ApplyAsync(Mission mission, MissionInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        mission.Slug = errors.Required("slug", input.Slug, FieldLengths.Slug);
        if (mission.Slug.Length > 0 && !mission.Slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            errors.Add("slug", "Use lower-case letters, digits and hyphens.");
        }
        else if (mission.Slug == ReservedSlug)
        {
            errors.Add("slug", $"'{ReservedSlug}' is the address of the new-mission form; choose another slug.");
        }
        mission.Name = errors.Required("name", input.Name, FieldLengths.Name);
        mission.Acronym = errors.Optional("acronym", input.Acronym, FieldLengths.Acronym);
        mission.Kind = errors.Required("kind", input.Kind);
        mission.Notes = errors.Optional("notes", input.Notes, FieldLengths.Note);
        mission.Aliases = [.. (input.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())];
        mission.LeadOrganisationId = input.LeadOrganisationId;
        if (input.LeadOrganisationId is { } organisationId && !await Db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add("leadOrganisationId", $"No organisation has the id {organisationId}.");
        }
        mission.LeadCountryId = (await Db.CountryAsync("leadCountryCode", input.LeadCountryCode, errors, cancellationToken))?.Id;
        mission.HostCountryId = (await Db.CountryAsync("hostCountryCode", input.HostCountryCode, errors, cancellationToken))?.Id;
    }

    /// <summary>Pages (or streams) mission rows and adds their current strength.</summary>
    private sealed class MissionListing(MissionService missions, Listing<Mission, MissionRow> rows) : IListing<MissionSummaryDto>
    {
        public void Validate(ListRequest request, ValidationErrors errors) => rows.Validate(request, errors);

        public async Task<Page<MissionSummaryDto>> PageAsync(ListRequest request, CancellationToken cancellationToken)
        {
            var page = await rows.PageAsync(request, cancellationToken);
            return new Page<MissionSummaryDto>(await missions.SummariseAsync(page.Items, cancellationToken), page.NextCursor);
        }

        public async IAsyncEnumerable<MissionSummaryDto> AllAsync(ListRequest request, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            // Missions are few; their strengths are read in one go rather than per row.
            var all = new List<MissionRow>();
            await foreach (var row in rows.AllAsync(request, cancellationToken))
            {
                all.Add(row);
            }
            foreach (var summary in await missions.SummariseAsync(all, cancellationToken))
            {
                yield return summary;
            }
        }
    }
}
