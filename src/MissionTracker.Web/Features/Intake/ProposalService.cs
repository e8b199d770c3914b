using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Intake;

/// <summary>
/// The review queue: an analyst accepts a proposal into a record (through the record's own feature service, so the
/// same validation applies as for the API and the pages), merges it into an existing record as a further source, or
/// rejects it. Each decision is one transaction: the record and the proposal's new status are saved together or not at all.
/// </summary>
public sealed class ProposalService(
    MissionTrackerDbContext db,
    StatementService statements,
    StrengthService strength,
    TransferService transfers,
    TimeProvider clock)
{
    private static readonly SortOptions<Proposal> Sorts = new SortOptions<Proposal>("id")
        .Add("id", p => p.Id)
        .Add("updatedAt", p => p.UpdatedAt);

    public IListing<ProposalDto> List(ProposalFilter filter, ValidationErrors errors)
    {
        var query = db.Proposals.AsNoTracking();
        if (!string.Equals(filter.Status, "all", StringComparison.OrdinalIgnoreCase))
        {
            var status = QueryFilters.ParseEnum<ProposalStatus>("status", filter.Status, errors) ?? ProposalStatus.Pending;
            query = query.Where(p => p.Status == status);
        }
        if (QueryFilters.ParseEnum<ProposalKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }
        if (filter.SourceId is { } sourceId)
        {
            query = query.Where(p => p.SourceId == sourceId);
        }
        if (filter.UpdatedSince is { } since)
        {
            query = query.Where(p => p.UpdatedAt > since.ToUniversalTime());
        }
        return new Listing<Proposal, ProposalDto>(query, ProposalDto.Projection, Sorts);
    }

    /// <summary>The words around each proposal's span in its source, for reviewing it in context.</summary>
    public async Task<IReadOnlyDictionary<int, ProposalContext>> ContextsAsync(IReadOnlyCollection<ProposalDto> proposals, CancellationToken cancellationToken)
    {
        var sourceIds = proposals.Select(p => p.SourceId).Distinct().ToList();
        var texts = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Text }).ToDictionaryAsync(s => s.Id, s => s.Text ?? "", cancellationToken);
        return proposals.ToDictionary(p => p.Id, p => ProposalContext.Around(texts.GetValueOrDefault(p.SourceId, ""), p.SpanStart, p.SpanEnd));
    }

    public Task<ProposalDto?> GetAsync(int id, CancellationToken cancellationToken) =>
        db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(ProposalDto.Projection).FirstOrDefaultAsync(cancellationToken);

    public async Task<Outcome<ProposalDto>> AcceptAsync(int id, AcceptProposalInput edits, string reviewer, long? expectedVersion, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (proposal, failure) = await PendingAsync(id, expectedVersion, cancellationToken);
        if (proposal is null)
        {
            return failure!;
        }
        var citation = new CitationInput(proposal.SourceId, proposal.SpanStart, proposal.SpanEnd);
        var on = edits.On ?? proposal.On ?? await db.Sources.Where(s => s.Id == proposal.SourceId).Select(s => s.PublishedOn).FirstOrDefaultAsync(cancellationToken);
        switch (proposal.Kind)
        {
            case ProposalKind.Quote or ProposalKind.Paraphrase:
                var organisationId = await OrganisationIdAsync(edits.Organisation ?? proposal.Organisation, edits.SpeakerName ?? proposal.SpeakerName, cancellationToken);
                var statement = await statements.CreateAsync(new StatementInput(
                    edits.SpeakerName ?? proposal.SpeakerName, null, organisationId, edits.SpeakerRole ?? proposal.SpeakerRole, on, null,
                    edits.Text ?? proposal.Text, proposal.Kind == ProposalKind.Quote ? StatementKind.Direct : StatementKind.Paraphrase,
                    null, edits.Missions, null, [citation]), cancellationToken);
                if (statement.Status != OutcomeStatus.Ok)
                {
                    return statement.Cast<ProposalDto>();
                }
                proposal.StatementId = statement.Value!.Id;
                break;
            case ProposalKind.TroopFigure:
                var count = edits.Count ?? proposal.Count;
                var observation = await strength.CreateAsync(new StrengthObservationInput(
                    edits.Mission ?? proposal.Mission, edits.CountryCode ?? proposal.CountryCode, on, null,
                    count is null ? null : proposal.Approximate && edits.Count is null
                        ? new PersonnelDto(Data.PersonnelPrecision.Approximate, count, null, null, "about")
                        : new PersonnelDto(Data.PersonnelPrecision.Exact, count, null, null, null),
                    null, edits.Note, null, [citation]), cancellationToken);
                if (observation.Status != OutcomeStatus.Ok)
                {
                    return observation.Cast<ProposalDto>();
                }
                proposal.StrengthObservationId = observation.Value!.ObservationId;
                break;
            case ProposalKind.Transfer:
                var share = edits.Share ?? proposal.Share;
                var transferCount = edits.Count ?? proposal.Count;
                var transfer = await transfers.CreateAsync(new TransferInput(
                    edits.CountryCode ?? proposal.CountryCode, edits.FromMission ?? proposal.FromMission, edits.ToMission ?? proposal.ToMission,
                    transferCount,
                    transferCount is null && share is not null ? new PersonnelDto(Data.PersonnelPrecision.Share, null, null, null, share) : null,
                    edits.Status ?? TransferStatus.Proposed, on, edits.Note ?? proposal.Text, null, [citation]), cancellationToken);
                if (transfer.Status != OutcomeStatus.Ok)
                {
                    return transfer.Cast<ProposalDto>();
                }
                proposal.TroopTransferId = transfer.Value!.Id;
                break;
        }
        return await DecideAsync(transaction, proposal, ProposalStatus.Accepted, reviewer, edits.Note, cancellationToken);
    }

    public async Task<Outcome<ProposalDto>> MergeAsync(int id, MergeProposalInput target, string reviewer, long? expectedVersion, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (proposal, failure) = await PendingAsync(id, expectedVersion, cancellationToken);
        if (proposal is null)
        {
            return failure!;
        }
        var errors = new ValidationErrors();
        var citation = Citation.Of(proposal.SourceId, proposal.SpanStart, proposal.SpanEnd);
        var targets = new[] { target.StatementId, target.StrengthObservationId, target.TroopTransferId }.Count(t => t is not null);
        if (targets != 1)
        {
            errors.Add("statementId", "Name exactly one record to merge into: statementId, strengthObservationId or troopTransferId.");
            return Outcome<ProposalDto>.Invalid(errors);
        }
        var (exists, field) = target switch
        {
            { StatementId: { } s } => (await db.Statements.AnyAsync(x => x.Id == s, cancellationToken), "statementId"),
            { StrengthObservationId: { } o } => (await db.StrengthObservations.AnyAsync(x => x.Id == o, cancellationToken), "strengthObservationId"),
            { TroopTransferId: { } t } => (await db.TroopTransfers.AnyAsync(x => x.Id == t, cancellationToken), "troopTransferId"),
            _ => (false, "statementId"),
        };
        if (!exists)
        {
            errors.Add(field, "No such record.");
            return Outcome<ProposalDto>.Invalid(errors);
        }
        citation.StatementId = proposal.StatementId = target.StatementId;
        citation.StrengthObservationId = proposal.StrengthObservationId = target.StrengthObservationId;
        citation.TroopTransferId = proposal.TroopTransferId = target.TroopTransferId;
        db.Citations.Add(citation);
        return await DecideAsync(transaction, proposal, ProposalStatus.Merged, reviewer, target.Note, cancellationToken);
    }

    public async Task<Outcome<ProposalDto>> RejectAsync(int id, RejectProposalInput input, string reviewer, long? expectedVersion, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (proposal, failure) = await PendingAsync(id, expectedVersion, cancellationToken);
        return proposal is null
            ? failure!
            : await DecideAsync(transaction, proposal, ProposalStatus.Rejected, reviewer, input.Note, cancellationToken);
    }

    private async Task<(Proposal? Proposal, Outcome<ProposalDto>? Failure)> PendingAsync(int id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return (null, Outcome<ProposalDto>.NotFound($"No proposal has the id {id}."));
        }
        if (expectedVersion is { } expected && expected != proposal.Version)
        {
            return (null, Outcome<ProposalDto>.PreconditionFailed($"The proposal is at version {proposal.Version}, not {expected}."));
        }
        if (proposal.Status != ProposalStatus.Pending)
        {
            return (null, Outcome<ProposalDto>.Conflict($"The proposal was already {proposal.Status.ToString().ToLowerInvariant()} by {proposal.ReviewedBy}."));
        }
        return (proposal, null);
    }

    private async Task<Outcome<ProposalDto>> DecideAsync(
        Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction, Proposal proposal, ProposalStatus status, string reviewer, string? note,
        CancellationToken cancellationToken)
    {
        proposal.Status = status;
        proposal.ReviewedBy = reviewer;
        proposal.ReviewedAt = clock.GetUtcNow().UtcDateTime;
        proposal.ReviewNote = note;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<ProposalDto>.Conflict("Someone else reviewed this proposal at the same time; read it again.");
        }
        await transaction.CommitAsync(cancellationToken);
        return Outcome<ProposalDto>.Ok((await GetAsync(proposal.Id, cancellationToken))!, proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A quote with no person is an organisation's: find it by name or acronym, or record it.</summary>
    private async Task<int?> OrganisationIdAsync(string? organisation, string? speaker, CancellationToken cancellationToken)
    {
        if (speaker is not null || string.IsNullOrWhiteSpace(organisation))
        {
            return null;
        }
        var name = organisation.Trim();
        var existing = await db.Organisations.Where(o => o.Name == name || o.Acronym == name).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var created = new Organisation { Name = name.Length <= FieldLengths.Name ? name : name[..FieldLengths.Name] };
        db.Organisations.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created.Id;
    }
}
