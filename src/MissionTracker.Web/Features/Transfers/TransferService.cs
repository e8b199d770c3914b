using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Transfers;

/// <summary>Troop transfers between missions, and the rules of their status pipeline.</summary>
public sealed class TransferService(MissionTrackerDbContext db) : ResourceService<TroopTransfer, TransferDto, TransferInput, TransferFilter>(db)
{
    private static readonly SortOptions<TroopTransfer> Sorts = new SortOptions<TroopTransfer>("-id")
        .Add("id", t => t.Id)
        .Add("updatedAt", t => t.UpdatedAt);

    protected override string Noun => "transfer";

    protected override Expression<Func<TroopTransfer, TransferDto>> Projection => TransferDto.Projection;

    protected override IQueryable<TroopTransfer> ForUpdate => Db.TroopTransfers.Include(t => t.Citations).Include(t => t.StatusChanges);



    protected override SortOptions<TroopTransfer> SortsFor(TransferFilter filter) => Sorts;

    /// <summary>
    /// A transfer moves forward through the pipeline (steps may be skipped) or is cancelled; Completed and Cancelled are final.
    /// </summary>
    /// <summary>
    /// Every stage with its count and at most <paramref name="perStage"/> transfers: the dashboard shows the pipeline at a
    /// glance and links to the full list of each stage (with 5,000 transfers, listing them all made a 1 MB page).
    /// </summary>
    public Task<IReadOnlyList<PipelineStage>> PipelineAsync(int perStage, CancellationToken cancellationToken) =>
        PipelineAsync(new TransferFilter(), perStage, new ValidationErrors(), cancellationToken);

    /// <summary>
    /// Every stage of the pipeline with its count and its first <paramref name="perStage"/> transfers (all of them when
    /// null), of the transfers <paramref name="filter"/> selects; empty when the filter is not valid.
    /// </summary>
    public async Task<IReadOnlyList<PipelineStage>> PipelineAsync(TransferFilter filter, int? perStage, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var transfers = Filter(filter, errors).AsNoTracking();
        if (errors.Any)
        {
            return [];
        }
        var counts = await transfers.GroupBy(t => t.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var stages = new List<PipelineStage>();
        foreach (var stage in Enum.GetValues<TransferStatus>())
        {
            var count = counts.GetValueOrDefault(stage);
            // One small query per stage that has transfers (seven stages at most).
            var ordered = transfers.Where(t => t.Status == stage).OrderBy(t => t.Country.Name).ThenBy(t => t.Id);
            var first = count == 0 ? [] : await (perStage is { } n ? ordered.Take(n) : ordered).Select(TransferDto.Projection).ToListAsync(cancellationToken);
            stages.Add(new PipelineStage(stage, count, first));
        }
        return stages;
    }

    public static bool CanMove(TransferStatus from, TransferStatus to) =>
        from is not (TransferStatus.Completed or TransferStatus.Cancelled) && (to == TransferStatus.Cancelled || to > from);

    protected override IQueryable<TroopTransfer> Filter(TransferFilter filter, ValidationErrors errors)
    {
        IQueryable<TroopTransfer> query = Db.TroopTransfers;
        if (filter.Country is { Length: > 0 } country)
        {
            var code = country.ToUpperInvariant();
            query = query.Where(t => t.Country.Code == code);
        }
        if (filter.Mission is { Length: > 0 } mission)
        {
            query = query.Where(t => (t.FromMission != null && t.FromMission.Slug == mission) || (t.ToMission != null && t.ToMission.Slug == mission));
        }
        if (QueryFilters.ParseEnum<TransferStatus>("status", filter.Status, errors) is { } status)
        {
            query = query.Where(t => t.Status == status);
        }
        if (filter.From is not null || filter.To is not null)
        {
            var changes = Db.TransferStatusChanges.Between(s => s.On, filter.From, filter.To);
            query = query.Where(t => changes.Any(s => s.TroopTransferId == t.Id));
        }
        return query;
    }

    protected override async Task ApplyAsync(TroopTransfer transfer, TransferInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.CountryCode))
        {
            errors.Add("countryCode", "This field is required.");
        }
        var country = await Db.CountryAsync("countryCode", input.CountryCode, errors, cancellationToken);
        transfer.CountryId = country?.Id ?? 0;
        transfer.FromMissionId = (await Db.MissionAsync("fromMission", input.FromMission, errors, cancellationToken))?.Id;
        transfer.ToMissionId = (await Db.MissionAsync("toMission", input.ToMission, errors, cancellationToken))?.Id;
        if (transfer.FromMissionId is null && transfer.ToMissionId is null)
        {
            errors.Add("toMission", "Give the mission the personnel leave (fromMission), join (toMission), or both.");
        }
        else if (transfer.FromMissionId == transfer.ToMissionId)
        {
            errors.Add("toMission", "A transfer goes between two different missions.");
        }
        transfer.Personnel = StrengthService.Personnel(input.Count, input.Personnel, errors);
        transfer.Notes = errors.Optional("notes", input.Notes, FieldLengths.Note);
        var citations = await Db.CitationsAsync(input.SourceIds, input.Citations, errors, cancellationToken);
        Db.ReplaceCitations(transfer.Citations, citations);
        if (transfer.Id != 0)
        {
            if (input.Status is { } status && status != transfer.Status)
            {
                errors.Add("status", "Change the status with POST /api/v1/transfers/{id}/status, which keeps its history.");
            }
            return;
        }
        transfer.Status = input.Status ?? TransferStatus.Proposed;
        transfer.StatusChanges.Add(new TransferStatusChange
        {
            Status = transfer.Status,
            On = errors.Required("statusOn", input.StatusOn),
            Citations = [.. citations.Select(c => Citation.Of(c.SourceId, c.SpanStart, c.SpanEnd))],
        });
    }

    /// <summary>Appends a dated, sourced status change; an impossible transition is a conflict.</summary>
    public async Task<Outcome<TransferDto>> ChangeStatusAsync(string key, TransferStatusInput input, long? expectedVersion, CancellationToken cancellationToken)
    {
        var transfer = await ForUpdate.FirstOrDefaultAsync(HasKey(key), cancellationToken);
        if (transfer is null)
        {
            return Outcome<TransferDto>.NotFound(NotFoundDetail(key));
        }
        if (StaleVersion(transfer, expectedVersion) is { } stale)
        {
            return stale.Cast<TransferDto>();
        }
        var errors = new ValidationErrors();
        var status = errors.Required("status", input.Status);
        var on = errors.Required("on", input.On);
        var last = transfer.StatusChanges.MaxBy(s => (s.On, s.Id));
        if (last is not null && input.On < last.On)
        {
            errors.Add("on", $"The transfer's last status change was on {last.On:yyyy-MM-dd}; a new one cannot be earlier.");
        }
        var change = new TransferStatusChange
        {
            Status = status,
            On = on,
            Note = errors.Optional("note", input.Note, FieldLengths.Note),
            Citations = await Db.CitationsAsync(input.SourceIds, input.Citations, errors, cancellationToken),
        };
        if (errors.Any)
        {
            return Outcome<TransferDto>.Invalid(errors);
        }
        if (!CanMove(transfer.Status, status))
        {
            return Outcome<TransferDto>.Conflict($"A transfer cannot go from {transfer.Status} to {status}.");
        }
        transfer.StatusChanges.Add(change);
        transfer.Status = status;
        return await SaveAsync(transfer, expectedVersion, cancellationToken);
    }
}
