using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Statements;

public sealed class StatementService(MissionTrackerDbContext db)
{
    /// <summary>The most recent statements, optionally those about one mission, newest first.</summary>
    public async Task<IReadOnlyList<StatementDto>> LatestAsync(int count, string? missionSlug, CancellationToken cancellationToken)
    {
        var query = db.Statements.AsNoTracking();
        if (missionSlug is not null)
        {
            query = query.Where(s => s.Missions.Any(m => m.Slug == missionSlug));
        }
        return await query
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            .Take(count)
            .Select(StatementDto.Projection)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every statement of one speaker, newest first.</summary>
    public async Task<IReadOnlyList<StatementDto>> BySpeakerAsync(int personId, CancellationToken cancellationToken) =>
        await db.Statements.AsNoTracking()
            .Where(s => s.SpeakerId == personId)
            .OrderByDescending(s => s.SaidOn).ThenByDescending(s => s.Id)
            .Select(StatementDto.Projection)
            .ToListAsync(cancellationToken);
}
