using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Missions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Transfers;

/// <summary>The pipeline a transfer moves through, in order; <see cref="Cancelled"/> can end it at any point.</summary>
public enum TransferStatus
{
    Proposed,
    AgreedInPrinciple,
    AwaitingHostApproval,
    Approved,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>A country moving personnel from one mission to another.</summary>
public sealed class TroopTransfer : Entity
{
    public int CountryId { get; set; }
    public Country Country { get; set; } = null!;
    public int? FromMissionId { get; set; }
    public Mission? FromMission { get; set; }
    public int? ToMissionId { get; set; }
    public Mission? ToMission { get; set; }
    public Personnel Personnel { get; set; } = new();
    /// <summary>The latest entry of <see cref="StatusChanges"/>, kept on the row so lists can filter and sort by it.</summary>
    public TransferStatus Status { get; set; }
    public string? Notes { get; set; }
    public List<TransferStatusChange> StatusChanges { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public sealed class TransferStatusChange
{
    public int Id { get; set; }
    public int TroopTransferId { get; set; }
    public TroopTransfer TroopTransfer { get; set; } = null!;
    public TransferStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class TroopTransferConfiguration : IEntityTypeConfiguration<TroopTransfer>
{
    public void Configure(EntityTypeBuilder<TroopTransfer> builder)
    {
        builder.ComplexProperty(t => t.Personnel, Personnel.Map);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(t => t.Notes).HasMaxLength(FieldLengths.Note);
        builder.HasOne(t => t.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.FromMission).WithMany().HasForeignKey(t => t.FromMissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ToMission).WithMany().HasForeignKey(t => t.ToMissionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.StatusChanges).WithOne(s => s.TroopTransfer).HasForeignKey(s => s.TroopTransferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.Status);
        builder.ToTable(t => t.HasCheckConstraint("CK_TroopTransfers_Missions",
            "\"FromMissionId\" IS NULL OR \"ToMissionId\" IS NULL OR \"FromMissionId\" <> \"ToMissionId\""));
    }
}

internal sealed class TransferStatusChangeConfiguration : IEntityTypeConfiguration<TransferStatusChange>
{
    public void Configure(EntityTypeBuilder<TransferStatusChange> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Note).HasMaxLength(FieldLengths.Note);
        builder.HasIndex(s => new { s.TroopTransferId, s.On });
    }
}
