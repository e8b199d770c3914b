using MissionTracker.Core.Extraction;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Features.Strength;
using MissionTracker.Web.Features.Transfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Intake;

public enum ProposalKind
{
    /// <summary>Words in quotation marks, with their speaker: becomes a direct statement.</summary>
    Quote,
    /// <summary>Reported speech: becomes a paraphrase statement.</summary>
    Paraphrase,
    /// <summary>A count of personnel: becomes a strength observation.</summary>
    TroopFigure,
    /// <summary>A country moving personnel between missions: becomes a troop transfer.</summary>
    Transfer,
}

public enum ProposalStatus
{
    Pending,
    Accepted,
    Merged,
    Rejected,
}

/// <summary>
/// Something the extractor found in a source, waiting for an analyst: accepted (optionally edited) into a record,
/// merged into an existing one as a further source, or rejected. It keeps the span of the source's text it came from.
/// </summary>
public sealed class Proposal : Entity
{
    public int SourceId { get; set; }
    public Source Source { get; set; } = null!;
    public ProposalKind Kind { get; set; }
    public ProposalStatus Status { get; set; } = ProposalStatus.Pending;
    public int SpanStart { get; set; }
    public int SpanEnd { get; set; }

    // What was proposed; which fields are set depends on the kind.
    public string? Text { get; set; }
    public string? SpeakerName { get; set; }
    public string? SpeakerRole { get; set; }
    public string? Organisation { get; set; }
    public DateOnly? On { get; set; }
    public int? Count { get; set; }
    public bool Approximate { get; set; }
    public string? Share { get; set; }
    public string? CountryCode { get; set; }
    public string? Mission { get; set; }
    public string? FromMission { get; set; }
    public string? ToMission { get; set; }

    // The review.
    public string? ReviewedBy { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewNote { get; set; }
    public int? StatementId { get; set; }
    public Statement? Statement { get; set; }
    public int? StrengthObservationId { get; set; }
    public StrengthObservation? StrengthObservation { get; set; }
    public int? TroopTransferId { get; set; }
    public TroopTransfer? TroopTransfer { get; set; }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Text).HasMaxLength(FieldLengths.StatementText);
        builder.Property(p => p.SpeakerName).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.SpeakerRole).HasMaxLength(FieldLengths.Role);
        builder.Property(p => p.Organisation).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.Share).HasMaxLength(FieldLengths.Description);
        builder.Property(p => p.CountryCode).HasMaxLength(FieldLengths.CountryCode);
        builder.Property(p => p.Mission).HasMaxLength(FieldLengths.Slug);
        builder.Property(p => p.FromMission).HasMaxLength(FieldLengths.Slug);
        builder.Property(p => p.ToMission).HasMaxLength(FieldLengths.Slug);
        builder.Property(p => p.ReviewedBy).HasMaxLength(FieldLengths.Name);
        builder.Property(p => p.ReviewNote).HasMaxLength(FieldLengths.Note);
        builder.HasOne(p => p.Source).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Statement).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.StrengthObservation).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.TroopTransfer).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => new { p.SourceId, p.SpanStart });
        builder.ToTable(t => t.HasCheckConstraint("CK_Proposals_Span", "\"SpanStart\" >= 0 AND \"SpanEnd\" >= \"SpanStart\""));
    }
}

/// <summary>Turns what the extractor found in a source into proposals for review.</summary>
public static class Proposals
{
    public static IEnumerable<Proposal> From(ExtractionResult found, Source source)
    {
        foreach (var q in found.Quotes)
        {
            yield return new Proposal
            {
                Source = source,
                Kind = q.Kind == QuoteKind.Direct ? ProposalKind.Quote : ProposalKind.Paraphrase,
                SpanStart = q.Start, SpanEnd = q.End,
                Text = q.Text.Length <= FieldLengths.StatementText ? q.Text : q.Text[..FieldLengths.StatementText],
                SpeakerName = q.Speaker, SpeakerRole = q.Role, Organisation = q.Organisation,
                On = source.PublishedOn,
            };
        }
        foreach (var f in found.TroopFigures)
        {
            yield return new Proposal
            {
                Source = source,
                Kind = ProposalKind.TroopFigure,
                SpanStart = f.Start, SpanEnd = f.End,
                Text = f.Text, Count = f.Count, Approximate = f.Approximate,
                CountryCode = f.CountryCode, Mission = f.Mission,
                On = source.PublishedOn,
            };
        }
        foreach (var t in found.Transfers)
        {
            yield return new Proposal
            {
                Source = source,
                Kind = ProposalKind.Transfer,
                SpanStart = t.Start, SpanEnd = t.End,
                Text = t.Text, Count = t.Count, Share = t.Share,
                CountryCode = t.CountryCode, FromMission = t.FromMission, ToMission = t.ToMission,
                On = source.PublishedOn,
            };
        }
    }
}
