using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;

namespace MissionTracker.Web.Features.Missions;

public sealed record MissionStatusChangeDto(MissionStatus Status, DateOnly On, string? Note, IReadOnlyList<int> SourceIds);

/// <summary>A mission as lists show it: who leads it, its status and its latest observed strength.</summary>
public sealed record MissionSummaryDto(
    string Slug,
    string Name,
    string? Acronym,
    MissionKind Kind,
    string? LeadOrganisation,
    string? LeadCountryCode,
    string? LeadCountryName,
    string? HostCountryCode,
    string? HostCountryName,
    MissionStatus? Status,
    DateOnly? StatusSince,
    MissionStrengthDto? Strength,
    DateTime UpdatedAt,
    long Version) : IVersioned;

/// <summary>A mission with its history, current strength and latest statements.</summary>
public sealed record MissionDetailDto(
    string Slug,
    string Name,
    string? Acronym,
    MissionKind Kind,
    string? LeadOrganisation,
    int? LeadOrganisationId,
    string? LeadCountryCode,
    string? LeadCountryName,
    string? HostCountryCode,
    string? HostCountryName,
    IReadOnlyList<string> Aliases,
    string? Notes,
    MissionStatus? Status,
    IReadOnlyList<MissionStatusChangeDto> StatusHistory,
    MissionStrengthDto Strength,
    IReadOnlyList<StatementDto> LatestStatements,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned;

/// <summary>The columns of a mission that every view needs, read in one projection.</summary>
internal sealed record MissionRow(
    int Id,
    string Slug,
    string Name,
    string? Acronym,
    MissionKind Kind,
    string? LeadOrganisation,
    int? LeadOrganisationId,
    string? LeadCountryCode,
    string? LeadCountryName,
    string? HostCountryCode,
    string? HostCountryName,
    IReadOnlyList<string> Aliases,
    string? Notes,
    IReadOnlyList<MissionStatusChangeDto> StatusHistory,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version)
{
    public static readonly Expression<Func<Mission, MissionRow>> Projection = m => new MissionRow(
        m.Id,
        m.Slug,
        m.Name,
        m.Acronym,
        m.Kind,
        m.LeadOrganisation != null ? m.LeadOrganisation.Name : null,
        m.LeadOrganisationId,
        m.LeadCountry != null ? m.LeadCountry.Code : null,
        m.LeadCountry != null ? m.LeadCountry.Name : null,
        m.HostCountry != null ? m.HostCountry.Code : null,
        m.HostCountry != null ? m.HostCountry.Name : null,
        m.Aliases,
        m.Notes,
        m.StatusChanges.OrderBy(s => s.On).ThenBy(s => s.Id)
            .Select(s => new MissionStatusChangeDto(s.Status, s.On, s.Note, s.Citations.Select(c => c.SourceId).ToList())).ToList(),
        m.CreatedAt,
        m.UpdatedAt,
        m.Version);

    public MissionStatusChangeDto? CurrentStatus => StatusHistory.Count == 0 ? null : StatusHistory[^1];
}

/// <summary>A mission to record; <c>slug</c> (lower-case letters, digits and hyphens) is its address.</summary>
public sealed record MissionInput(
    string? Slug,
    string? Name,
    string? Acronym,
    MissionKind? Kind,
    int? LeadOrganisationId,
    string? LeadCountryCode,
    string? HostCountryCode,
    IReadOnlyList<string>? Aliases,
    string? Notes)
{
    public static readonly MissionInput Example = new(
        "nmi", "NATO Mission Iraq", "NMI", MissionKind.TrainingAdvisory, null, null, "IQ", ["the NATO training mission"], null);
}

public sealed class MissionFilter : ListFilter
{
    /// <summary>TrainingAdvisory, Combat or Coalition.</summary>
    public string? Kind { get; set; }
}

public enum TimelineEntryKind
{
    Event,
    MissionStatus,
    TransferStatus,
    Statement,
}

/// <summary>One dated entry of a mission's timeline; <c>id</c> is the event's, transfer's or statement's (null for a mission status change).</summary>
public sealed record TimelineEntryDto(DateOnly On, TimelineEntryKind Kind, int? Id, string Title, IReadOnlyList<int> SourceIds);

public sealed record MissionTimelineDto(string Mission, IReadOnlyList<TimelineEntryDto> Entries);
