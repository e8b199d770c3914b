using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Strength;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Transfers;

/// <summary>A transfer as the board and the detail pages show it.</summary>
public sealed record TransferCardDto(
    int Id,
    string CountryCode,
    string CountryName,
    string? FromMission,
    string? FromMissionName,
    string? ToMission,
    string? ToMissionName,
    PersonnelDto Personnel,
    TransferStatus Status,
    DateOnly? StatusSince,
    string? Notes)
{
    public static readonly Expression<Func<TroopTransfer, TransferCardDto>> Projection = t => new TransferCardDto(
        t.Id,
        t.Country.Code,
        t.Country.Name,
        t.FromMission != null ? t.FromMission.Slug : null,
        t.FromMission != null ? t.FromMission.Name : null,
        t.ToMission != null ? t.ToMission.Slug : null,
        t.ToMission != null ? t.ToMission.Name : null,
        new PersonnelDto(t.Personnel.Precision, t.Personnel.Count, t.Personnel.Min, t.Personnel.Max, t.Personnel.Description),
        t.Status,
        t.StatusChanges.OrderByDescending(s => s.On).ThenByDescending(s => s.Id).Select(s => (DateOnly?)s.On).FirstOrDefault(),
        t.Notes);
}

/// <summary>One column of the pipeline: a status and the transfers in it.</summary>
public sealed record PipelineStageDto(TransferStatus Status, IReadOnlyList<TransferCardDto> Transfers);

/// <summary>The transfers pipeline: every transfer grouped by where it stands.</summary>
public sealed class TransferBoardService(MissionTrackerDbContext db)
{
    /// <summary>The pipeline's stages in order; <see cref="TransferStatus.Cancelled"/> last.</summary>
    public static readonly IReadOnlyList<TransferStatus> Stages = Enum.GetValues<TransferStatus>();

    public async Task<IReadOnlyList<PipelineStageDto>> PipelineAsync(CancellationToken cancellationToken)
    {
        var cards = await ListAsync(db.TroopTransfers.AsNoTracking(), cancellationToken);
        return [.. Stages.Select(s => new PipelineStageDto(s, [.. cards.Where(c => c.Status == s)]))];
    }

    /// <summary>Transfers into or out of one mission.</summary>
    public Task<List<TransferCardDto>> ForMissionAsync(string missionSlug, CancellationToken cancellationToken) =>
        ListAsync(db.TroopTransfers.AsNoTracking().Where(t =>
            (t.FromMission != null && t.FromMission.Slug == missionSlug) || (t.ToMission != null && t.ToMission.Slug == missionSlug)), cancellationToken);

    /// <summary>One country's transfers.</summary>
    public Task<List<TransferCardDto>> ForCountryAsync(string countryCode, CancellationToken cancellationToken) =>
        ListAsync(db.TroopTransfers.AsNoTracking().Where(t => t.Country.Code == countryCode), cancellationToken);

    private static Task<List<TransferCardDto>> ListAsync(IQueryable<TroopTransfer> query, CancellationToken cancellationToken) =>
        query.OrderBy(t => t.Country.Name).ThenBy(t => t.Id).Select(TransferCardDto.Projection).ToListAsync(cancellationToken);
}
