using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Missions;

public enum MissionKind
{
    TrainingAdvisory,
    Combat,
    Coalition,
}

public enum MissionStatus
{
    Active,
    Suspended,
    Resumed,
    Ended,
}

public sealed class Mission : Entity
{
    /// <summary>The stable address of the mission in URLs: <c>nmi</c>, <c>global-coalition</c>.</summary>
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Acronym { get; set; }
    public MissionKind Kind { get; set; }
    public int? LeadOrganisationId { get; set; }
    public Organisation? LeadOrganisation { get; set; }
    /// <summary>The nation leading (or commanding) the mission, where there is one.</summary>
    public int? LeadCountryId { get; set; }
    public Country? LeadCountry { get; set; }
    public int? HostCountryId { get; set; }
    public Country? HostCountry { get; set; }
    /// <summary>Other names the news uses: "the US-led coalition", "Operation Inherent Resolve".</summary>
    public List<string> Aliases { get; set; } = [];
    public string? Notes { get; set; }
    public List<MissionStatusChange> StatusChanges { get; set; } = [];
}

/// <summary>A dated, sourced change of a mission's status; the latest one is the current status.</summary>
public sealed class MissionStatusChange
{
    public int Id { get; set; }
    public int MissionId { get; set; }
    public Mission Mission { get; set; } = null!;
    public MissionStatus Status { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class MissionConfiguration : IEntityTypeConfiguration<Mission>
{
    public void Configure(EntityTypeBuilder<Mission> builder)
    {
        builder.Property(m => m.Slug).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(m => m.Acronym).HasMaxLength(FieldLengths.Acronym);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Notes).HasMaxLength(FieldLengths.Note);
        builder.StringList(m => m.Aliases);
        builder.HasOne(m => m.LeadOrganisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.LeadCountry).WithMany().HasForeignKey(m => m.LeadCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.HostCountry).WithMany().HasForeignKey(m => m.HostCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.StatusChanges).WithOne(s => s.Mission).HasForeignKey(s => s.MissionId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_Missions_Slug", "\"Slug\" <> '' AND \"Slug\" = lower(\"Slug\")"));
    }
}

internal sealed class MissionStatusChangeConfiguration : IEntityTypeConfiguration<MissionStatusChange>
{
    public void Configure(EntityTypeBuilder<MissionStatusChange> builder)
    {
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Note).HasMaxLength(FieldLengths.Note);
        builder.HasIndex(s => new { s.MissionId, s.On });
    }
}

public static class MissionQueries
{
    /// <summary>
    /// The id of the mission <paramref name="slug"/>, as a query to use inside another: in
    /// <c>records.Where(r => r.Missions.Any(m => m.Id == id.FirstOrDefault()))</c> SQLite runs it once, and then checks each
    /// record with one seek of the link table's key (mission, record). Comparing the slug inside joined each link to its
    /// mission, and with the planner's statistics went through the record's links instead (twice the time of a
    /// first-time filtered page of statements).
    /// </summary>
    public static IQueryable<int> IdOf(this IQueryable<Mission> missions, string slug) =>
        missions.Where(m => m.Slug == slug).Select(m => m.Id);
}
