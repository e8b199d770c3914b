using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Missions;

/// <summary>Reads missions for both the pages and the API.</summary>
public sealed class MissionService(MissionTrackerDbContext db, StrengthService strength, StatementService statements, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<MissionSummaryDto>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Missions.AsNoTracking().OrderBy(m => m.Name).Select(MissionRow.Projection).ToListAsync(cancellationToken);
        var strengths = await strength.ForMissionsAsync([.. rows.Select(r => r.Id)], Today, cancellationToken);
        return [.. rows.Select(r => new MissionSummaryDto(
            r.Slug, r.Name, r.Acronym, r.Kind, r.LeadOrganisation, r.LeadCountryCode, r.HostCountryCode,
            r.CurrentStatus?.Status, r.CurrentStatus?.On, strengths.GetValueOrDefault(r.Slug), r.UpdatedAt, r.Version))];
    }

    public async Task<MissionDetailDto?> GetAsync(string slug, CancellationToken cancellationToken)
    {
        var row = await db.Missions.AsNoTracking().Where(m => m.Slug == slug).Select(MissionRow.Projection).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }
        var asOf = Today;
        var strengths = await strength.ForMissionsAsync([row.Id], asOf, cancellationToken);
        var latest = await statements.LatestAsync(20, slug, cancellationToken);
        return new MissionDetailDto(
            row.Slug, row.Name, row.Acronym, row.Kind, row.LeadOrganisation, row.LeadCountryCode, row.HostCountryCode,
            row.Aliases, row.Notes, row.CurrentStatus?.Status, row.StatusHistory,
            strengths.GetValueOrDefault(row.Slug) ?? StrengthService.Summarise(row.Slug, asOf, []),
            latest, row.CreatedAt, row.UpdatedAt, row.Version);
    }
}
