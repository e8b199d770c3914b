using System.Linq.Expressions;
using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Events;

public sealed record EventEntryDto(
    int Id,
    DateOnly OccurredOn,
    EventKind Kind,
    string Title,
    string? Description,
    IReadOnlyList<string> Missions,
    IReadOnlyList<string> Countries)
{
    public static readonly Expression<Func<TimelineEvent, EventEntryDto>> Projection = e => new EventEntryDto(
        e.Id,
        e.OccurredOn,
        e.Kind,
        e.Title,
        e.Description,
        e.Missions.Select(m => m.Slug).ToList(),
        e.Countries.Select(c => c.Code).ToList());
}

/// <summary>Dated events, newest first, for the dashboard and the detail pages.</summary>
public sealed class TimelineService(MissionTrackerDbContext db)
{
    public Task<List<EventEntryDto>> RecentAsync(int count, string? missionSlug, string? countryCode, CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking();
        if (missionSlug is not null)
        {
            query = query.Where(e => e.Missions.Any(m => m.Slug == missionSlug));
        }
        if (countryCode is not null)
        {
            query = query.Where(e => e.Countries.Any(c => c.Code == countryCode));
        }
        // Split: the events' missions and countries are many-to-many (see SortKey.PageAsync).
        return query.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id).Take(count)
            .AsSplitQuery().Select(EventEntryDto.Projection).ToListAsync(cancellationToken);
    }
}
