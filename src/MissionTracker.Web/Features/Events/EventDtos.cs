using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Events;

public sealed record EventDto(
    int Id,
    DateOnly OccurredOn,
    string Title,
    string? Description,
    EventKind Kind,
    IReadOnlyList<string> Missions,
    IReadOnlyList<string> Countries,
    IReadOnlyList<int> SourceIds,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<TimelineEvent, EventDto>> Projection = e => new EventDto(
        e.Id,
        e.OccurredOn,
        e.Title,
        e.Description,
        e.Kind,
        e.Missions.Select(m => m.Slug).ToList(),
        e.Countries.Select(c => c.Code).ToList(),
        e.Citations.Select(c => c.SourceId).ToList(),
        e.CreatedAt,
        e.UpdatedAt,
        e.Version);
}

public sealed record EventInput(
    DateOnly? OccurredOn,
    string? Title,
    string? Description,
    EventKind? Kind,
    IReadOnlyList<string>? Missions,
    IReadOnlyList<string>? Countries,
    IReadOnlyList<int>? SourceIds,
    IReadOnlyList<CitationInput>? Citations)
{
    public static readonly EventInput Example = new(
        new DateOnly(2020, 2, 12), "NATO defence ministers agree to enhance NATO Mission Iraq", null, EventKind.Decision, ["nmi"], [], [1], null);
}

public sealed class EventFilter : ListFilter
{
    /// <summary>Events of this mission (slug).</summary>
    public string? Mission { get; set; }
    /// <summary>Events involving this country (ISO code).</summary>
    public string? Country { get; set; }
    /// <summary>Strike, Vote, Pause, Decision, Deployment, Withdrawal, Meeting or Other.</summary>
    public string? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
