using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Intake;

/// <summary>A proposal as the review queue shows it: what was found, where in the source, and what became of it.</summary>
public sealed record ProposalDto(
    int Id,
    int SourceId,
    string SourceTitle,
    ProposalKind Kind,
    ProposalStatus Status,
    int SpanStart,
    int SpanEnd,
    string? Text,
    string? SpeakerName,
    string? SpeakerRole,
    string? Organisation,
    DateOnly? On,
    int? Count,
    bool Approximate,
    string? Share,
    string? CountryCode,
    string? Mission,
    string? FromMission,
    string? ToMission,
    string? ReviewedBy,
    DateTime? ReviewedAt,
    string? ReviewNote,
    int? StatementId,
    int? StrengthObservationId,
    int? TroopTransferId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<Proposal, ProposalDto>> Projection = p => new ProposalDto(
        p.Id, p.SourceId, p.Source.Title, p.Kind, p.Status, p.SpanStart, p.SpanEnd, p.Text, p.SpeakerName, p.SpeakerRole,
        p.Organisation, p.On, p.Count, p.Approximate, p.Share, p.CountryCode, p.Mission, p.FromMission, p.ToMission,
        p.ReviewedBy, p.ReviewedAt, p.ReviewNote, p.StatementId, p.StrengthObservationId, p.TroopTransferId,
        p.CreatedAt, p.UpdatedAt, p.Version);
}

public sealed class ProposalFilter : ListFilter
{
    /// <summary>Pending (the default queue), Accepted, Merged or Rejected; <c>all</c> for every status.</summary>
    public string? Status { get; set; }
    /// <summary>Quote, Paraphrase, TroopFigure or Transfer.</summary>
    public string? Kind { get; set; }
    /// <summary>Only the proposals found in this source.</summary>
    public int? SourceId { get; set; }
}

/// <summary>
/// Accepting a proposal, optionally with corrections: any field given replaces what the extractor proposed.
/// <c>missions</c> (slugs) links an accepted statement to missions; <c>status</c> sets a transfer's first status (default Proposed).
/// </summary>
public sealed record AcceptProposalInput(
    string? Text = null,
    string? SpeakerName = null,
    string? SpeakerRole = null,
    string? Organisation = null,
    DateOnly? On = null,
    int? Count = null,
    string? Share = null,
    string? CountryCode = null,
    string? Mission = null,
    string? FromMission = null,
    string? ToMission = null,
    IReadOnlyList<string>? Missions = null,
    Transfers.TransferStatus? Status = null,
    string? Note = null)
{
    public static readonly AcceptProposalInput Example = new(SpeakerRole: "NATO Secretary-General", Missions: ["nmi"]);
}

/// <summary>Merging a proposal into an existing record: the proposal's source (and span) becomes one more source of it.</summary>
public sealed record MergeProposalInput(int? StatementId = null, int? StrengthObservationId = null, int? TroopTransferId = null, string? Note = null)
{
    public static readonly MergeProposalInput Example = new(StatementId: 1);
}

public sealed record RejectProposalInput(string? Note = null);

/// <summary>A proposal's span with the text before and after it (a sentence or so each way).</summary>
public sealed record ProposalContext(string Before, string Span, string After)
{
    private const int Reach = 200;

    public static ProposalContext Around(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = Math.Max(0, start - Reach);
        var to = Math.Min(text.Length, end + Reach);
        return new ProposalContext(
            (from > 0 ? "…" : "") + text[from..start],
            text[start..end],
            text[end..to] + (to < text.Length ? "…" : ""));
    }
}
