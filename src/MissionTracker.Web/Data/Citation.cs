using MissionTracker.Web.Features.Events;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;

namespace MissionTracker.Web.Data;

/// <summary>
/// Provenance: one source supporting one fact, optionally with the character span [SpanStart, SpanEnd)
/// of the source's text that says it. Exactly one of the fact foreign keys is set (a CHECK constraint holds it),
/// so "which facts does this source support" is one query over one table.
/// </summary>
public sealed class Citation
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public int? SpanStart { get; set; }
    public int? SpanEnd { get; set; }
    public DateTime CreatedAt { get; set; }

    public int? StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int? StrengthObservationId { get; set; }
    public StrengthObservation? StrengthObservation { get; set; }
    public int? TroopTransferId { get; set; }
    public TroopTransfer? TroopTransfer { get; set; }
    public int? TimelineEventId { get; set; }
    public TimelineEvent? TimelineEvent { get; set; }
    public int? MissionStatusChangeId { get; set; }
    public MissionStatusChange? MissionStatusChange { get; set; }
    public int? TransferStatusChangeId { get; set; }
    public TransferStatusChange? TransferStatusChange { get; set; }

    public static Citation Of(int sourceId, int? spanStart = null, int? spanEnd = null) =>
        new() { SourceId = sourceId, SpanStart = spanStart, SpanEnd = spanEnd };
}
