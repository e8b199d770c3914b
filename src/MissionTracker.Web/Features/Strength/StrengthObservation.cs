using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Missions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Strength;

/// <summary>
/// "On this date, this country had this many personnel in this mission" (or the mission as a whole when
/// <see cref="CountryId"/> is null). A contingent is the series of observations of one mission and country;
/// its current strength is the latest observation.
/// </summary>
public sealed class StrengthObservation : Entity, ISoftDeletable
{
    public DateTime? DeletedAt { get; set; }
    public int MissionId { get; set; }
    public Mission Mission { get; set; } = null!;
    public int? CountryId { get; set; }
    public Country? Country { get; set; }
    public DateOnly ObservedOn { get; set; }
    public Personnel Personnel { get; set; } = new();
    /// <summary>What the personnel do there: "trainers", "advisers", "force protection".</summary>
    public string? Role { get; set; }
    public string? Notes { get; set; }
    /// <summary>
    /// Set by an analyst when sources disagree: among observations of the same mission, country and date, the preferred
    /// one is the contingent's strength, and the disagreement is no longer flagged as a conflict.
    /// </summary>
    public bool Preferred { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class StrengthObservationConfiguration : IEntityTypeConfiguration<StrengthObservation>
{
    public void Configure(EntityTypeBuilder<StrengthObservation> builder)
    {
        builder.ComplexProperty(o => o.Personnel, Personnel.Map);
        builder.Property(o => o.Role).HasMaxLength(FieldLengths.Role);
        builder.Property(o => o.Notes).HasMaxLength(FieldLengths.Note);
        builder.HasOne(o => o.Mission).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Country).WithMany().OnDelete(DeleteBehavior.Restrict);
        // The as-of query: latest observation per (mission, country) at or before a date.
        builder.HasIndex(o => new { o.MissionId, o.CountryId, o.ObservedOn });
        builder.HasIndex(o => new { o.CountryId, o.ObservedOn });
        builder.ToTable(t => t.HasCheckConstraint("CK_StrengthObservations_Personnel",
            "(\"PersonnelCount\" IS NULL OR \"PersonnelCount\" >= 0) AND (\"PersonnelMin\" IS NULL OR \"PersonnelMax\" IS NULL OR \"PersonnelMin\" <= \"PersonnelMax\")"));
    }
}
