using MissionTracker.Web.Features.Missions;
using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Events;

/// <summary>Events on the timeline: strikes, votes, decisions, deployments.</summary>
public sealed class EventService(MissionTrackerDbContext db) : ResourceService<TimelineEvent, EventDto, EventInput, EventFilter>(db)
{
    private static readonly SortOptions<TimelineEvent> Sorts = new SortOptions<TimelineEvent>("-occurredOn")
        .Add("occurredOn", e => e.OccurredOn)
        .Add("updatedAt", e => e.UpdatedAt)
        .Add("id", e => e.Id);

    protected override string Noun => "event";

    protected override Expression<Func<TimelineEvent, EventDto>> Projection => EventDto.Projection;

    protected override IQueryable<TimelineEvent> ForUpdate => Db.Events.Include(e => e.Citations).Include(e => e.Missions).Include(e => e.Countries);



    protected override SortOptions<TimelineEvent> SortsFor(EventFilter filter) => Sorts;

    protected override IQueryable<TimelineEvent> Filter(EventFilter filter, ValidationErrors errors)
    {
        IQueryable<TimelineEvent> query = Db.Events;
        if (filter.Mission is { Length: > 0 } mission)
        {
            var missionId = Db.Missions.IdOf(mission);
            query = query.Where(e => e.Missions.Any(m => m.Id == missionId.FirstOrDefault()));
        }
        if (filter.Country is { Length: > 0 } country)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(e => e.Countries.Any(c => c.Code == code));
        }
        if (QueryFilters.ParseEnum<EventKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(e => e.Kind == kind);
        }
        return query.Between(e => e.OccurredOn, filter.From, filter.To);
    }

    protected override async Task ApplyAsync(TimelineEvent timelineEvent, EventInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        timelineEvent.OccurredOn = errors.Required("occurredOn", input.OccurredOn);
        timelineEvent.Title = errors.Required("title", input.Title, FieldLengths.Title);
        timelineEvent.Description = errors.Optional("description", input.Description, FieldLengths.Note);
        timelineEvent.Kind = input.Kind ?? EventKind.Other;
        var missions = await Db.MissionsAsync("missions", input.Missions, errors, cancellationToken);
        var countries = await Db.CountriesAsync("countries", input.Countries, errors, cancellationToken);
        timelineEvent.Missions.Clear();
        timelineEvent.Missions.AddRange(missions);
        timelineEvent.Countries.Clear();
        timelineEvent.Countries.AddRange(countries);
        Db.ReplaceCitations(timelineEvent.Citations, await Db.CitationsAsync(input.SourceIds, input.Citations, errors, cancellationToken));
    }
}
