using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Pages.Timeline;

public sealed class EventForm : IRecordForm<EventForm, EventDto, EventInput>
{
    public DateOnly? OccurredOn { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public EventKind? Kind { get; set; } = EventKind.Other;
    public List<string> Missions { get; set; } = [];
    /// <summary>ISO codes separated by commas.</summary>
    public string? Countries { get; set; }
    public List<int> SourceIds { get; set; } = [];
    public long? Version { get; set; }

    public EventInput ToInput() => new(OccurredOn, Title, Description, Kind, Missions,
        [.. (Countries ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], SourceIds, null);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
    [
        ("Date", Display.Date(OccurredOn)), ("Title", Title), ("Description", Description), ("Kind", Kind?.ToString()),
        ("Missions", string.Join(", ", Missions)), ("Countries", Countries), ("Sources", string.Join(", ", SourceIds)),
    ];

    public static EventForm From(EventDto saved) => new()
    {
        OccurredOn = saved.OccurredOn, Title = saved.Title, Description = saved.Description, Kind = saved.Kind,
        Missions = [.. saved.Missions], Countries = string.Join(", ", saved.Countries), SourceIds = [.. saved.SourceIds], Version = saved.Version,
    };
}

/// <summary>Create (<c>/timeline/create</c>), edit and delete (<c>/timeline/{id}/edit</c>) an event.</summary>
public sealed class EditModel(EventService events, MissionService missions, SourceService sources)
    : RecordEditModel<EventDto, EventDto, EventInput, EventFilter, EventForm>(events)
{
    public override string Noun => "event";

    public override string ListUrl => "/timeline";

    public IReadOnlyList<MissionSummaryDto> MissionChoices { get; private set; } = [];
    public IReadOnlyList<SourceDto> SourceChoices { get; private set; } = [];

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        MissionChoices = await missions.ListAsync(cancellationToken);
        SourceChoices = await sources.ForFormAsync(Input.SourceIds, cancellationToken);
    }
}
