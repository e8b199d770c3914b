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

/// <summary>One column of the pipeline: a status, how many transfers stand there, and the first of them (by country).</summary>
public sealed record PipelineStageDto(TransferStatus Status, int Count, IReadOnlyList<TransferCardDto> Transfers);

/// <summary>The transfers pipeline: every transfer grouped by where it stands.</summary>
public sealed class TransferBoardService(MissionTrackerDbContext db)
{
    /// <summary>The pipeline's stages in order; <see cref="TransferStatus.Cancelled"/> last.</summary>
    public static readonly IReadOnlyList<TransferStatus> Stages = Enum.GetValues<TransferStatus>();

    /// <summary>
    /// Every stage with its count and at most <paramref name="perStage"/> transfers: the dashboard shows the pipeline at a
    /// glance and links to the full list of each stage (with 5,000 transfers, listing them all made a 1 MB page).
    /// </summary>
    public async Task<IReadOnlyList<PipelineStageDto>> PipelineAsync(int perStage, CancellationToken cancellationToken)
    {
        var counts = await db.TroopTransfers.AsNoTracking().GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var stages = new List<PipelineStageDto>(Stages.Count);
        foreach (var stage in Stages)
        {
            var count = counts.GetValueOrDefault(stage);
            // One small query per stage that has transfers (six stages at most).
            var cards = count == 0 ? [] : await ListAsync(db.TroopTransfers.AsNoTracking().Where(t => t.Status == stage), cancellationToken, perStage);
            stages.Add(new PipelineStageDto(stage, count, cards));
        }
        return stages;
    }

    /// <summary>Transfers into or out of one mission.</summary>
    public Task<List<TransferCardDto>> ForMissionAsync(string missionSlug, CancellationToken cancellationToken) =>
        ListAsync(db.TroopTransfers.AsNoTracking().Where(t =>
            (t.FromMission != null && t.FromMission.Slug == missionSlug) || (t.ToMission != null && t.ToMission.Slug == missionSlug)), cancellationToken);

    /// <summary>One country's transfers.</summary>
    public Task<List<TransferCardDto>> ForCountryAsync(string countryCode, CancellationToken cancellationToken) =>
        ListAsync(db.TroopTransfers.AsNoTracking().Where(t => t.Country.Code == countryCode), cancellationToken);

    private static Task<List<TransferCardDto>> ListAsync(IQueryable<TroopTransfer> query, CancellationToken cancellationToken, int limit = int.MaxValue) =>
        query.OrderBy(t => t.Country.Name).ThenBy(t => t.Id).Take(limit).Select(TransferCardDto.Projection).ToListAsync(cancellationToken);
}
