using System.Linq.Expressions;
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
    string? HostCountryCode,
    MissionStatus? Status,
    DateOnly? StatusSince,
    MissionStrengthDto? Strength,
    DateTime UpdatedAt,
    long Version);

/// <summary>A mission with its history, current strength and latest statements.</summary>
public sealed record MissionDetailDto(
    string Slug,
    string Name,
    string? Acronym,
    MissionKind Kind,
    string? LeadOrganisation,
    string? LeadCountryCode,
    string? HostCountryCode,
    IReadOnlyList<string> Aliases,
    string? Notes,
    MissionStatus? Status,
    IReadOnlyList<MissionStatusChangeDto> StatusHistory,
    MissionStrengthDto Strength,
    IReadOnlyList<StatementDto> LatestStatements,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version);

/// <summary>The columns of a mission that every view needs, read in one projection.</summary>
internal sealed record MissionRow(
    int Id,
    string Slug,
    string Name,
    string? Acronym,
    MissionKind Kind,
    string? LeadOrganisation,
    string? LeadCountryCode,
    string? HostCountryCode,
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
        m.LeadCountry != null ? m.LeadCountry.Code : null,
        m.HostCountry != null ? m.HostCountry.Code : null,
        m.Aliases,
        m.Notes,
        m.StatusChanges.OrderBy(s => s.On).ThenBy(s => s.Id)
            .Select(s => new MissionStatusChangeDto(s.Status, s.On, s.Note, s.Citations.Select(c => c.SourceId).ToList())).ToList(),
        m.CreatedAt,
        m.UpdatedAt,
        m.Version);

    public MissionStatusChangeDto? CurrentStatus => StatusHistory.Count == 0 ? null : StatusHistory[^1];
}
