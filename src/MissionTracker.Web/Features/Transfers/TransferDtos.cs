using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Transfers;

public sealed record TransferStatusChangeDto(TransferStatus Status, DateOnly On, string? Note, IReadOnlyList<int> SourceIds);

public sealed record TransferDto(
    int Id,
    string CountryCode,
    string CountryName,
    string? FromMission,
    string? ToMission,
    PersonnelDto Personnel,
    TransferStatus Status,
    string? Notes,
    IReadOnlyList<TransferStatusChangeDto> StatusHistory,
    IReadOnlyList<int> SourceIds,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<TroopTransfer, TransferDto>> Projection = t => new TransferDto(
        t.Id,
        t.Country.Code,
        t.Country.Name,
        t.FromMission != null ? t.FromMission.Slug : null,
        t.ToMission != null ? t.ToMission.Slug : null,
        new PersonnelDto(t.Personnel.Precision, t.Personnel.Count, t.Personnel.Min, t.Personnel.Max, t.Personnel.Description),
        t.Status,
        t.Notes,
        t.StatusChanges.OrderBy(s => s.On).ThenBy(s => s.Id)
            .Select(s => new TransferStatusChangeDto(s.Status, s.On, s.Note, s.Citations.Select(c => c.SourceId).ToList())).ToList(),
        t.Citations.Select(c => c.SourceId).ToList(),
        t.CreatedAt,
        t.UpdatedAt,
        t.Version);
}

/// <summary>
/// A transfer of a country's personnel between missions. <c>status</c> and <c>statusOn</c> set its first status when
/// it is created (default Proposed); later changes go through <c>POST /api/v1/transfers/{id}/status</c>.
/// </summary>
public sealed record TransferInput(
    string? CountryCode,
    string? FromMission,
    string? ToMission,
    int? Count,
    PersonnelDto? Personnel,
    TransferStatus? Status,
    DateOnly? StatusOn,
    string? Notes,
    IReadOnlyList<int>? SourceIds,
    IReadOnlyList<CitationInput>? Citations)
{
    public static readonly TransferInput Example = new(
        "ES", "global-coalition", "nmi", null, new PersonnelDto(PersonnelPrecision.Share, null, null, null, "a major part of the contingent"),
        TransferStatus.AgreedInPrinciple, new DateOnly(2020, 2, 12), null, [1], null);
}

/// <summary>A dated, sourced change of a transfer's status.</summary>
public sealed record TransferStatusInput(TransferStatus? Status, DateOnly? On, string? Note, IReadOnlyList<int>? SourceIds, IReadOnlyList<CitationInput>? Citations)
{
    public static readonly TransferStatusInput Example = new(TransferStatus.AwaitingHostApproval, new DateOnly(2020, 3, 1), "Awaiting the Iraqi government's approval", [1], null);
}

public sealed class TransferFilter : ListFilter
{
    /// <summary>Country ISO code.</summary>
    public string? Country { get; set; }
    /// <summary>Transfers from or to this mission (slug).</summary>
    public string? Mission { get; set; }
    /// <summary>Current status: Proposed, AgreedInPrinciple, AwaitingHostApproval, Approved, InProgress, Completed or Cancelled.</summary>
    public string? Status { get; set; }
    /// <summary>Transfers with a status change on or after this date.</summary>
    public DateOnly? From { get; set; }
    /// <summary>Transfers with a status change on or before this date.</summary>
    public DateOnly? To { get; set; }
}
