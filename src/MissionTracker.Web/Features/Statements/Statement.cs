using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Organisations;
using MissionTracker.Web.Features.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Statements;

public enum StatementKind
{
    /// <summary>Words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech: "Wallace said London was open to ...".</summary>
    Paraphrase,
}

/// <summary>What someone said, when, in which capacity, and on what source.</summary>
public sealed class Statement : Entity, ISoftDeletable
{
    public DateTime? DeletedAt { get; set; }
    /// <summary>The person who said it; null when an organisation or document is quoted.</summary>
    public int? SpeakerId { get; set; }
    public Person? Speaker { get; set; }
    /// <summary>The organisation quoted, when no person is.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    /// <summary>The speaker's role at the time, as the source gives it: "NATO Secretary-General".</summary>
    public string? SpeakerRole { get; set; }
    public DateOnly SaidOn { get; set; }
    public string? Occasion { get; set; }
    public string Text { get; set; } = "";
    public StatementKind Kind { get; set; }
    public List<string> Topics { get; set; } = [];
    public List<Mission> Missions { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    /// <summary>The table linking statements to their missions (<see cref="Statement.Missions"/>).</summary>
    public const string MissionLinks = "StatementMissions";

    public void Configure(EntityTypeBuilder<Statement> builder)
    {
        builder.Property(s => s.Text).HasMaxLength(FieldLengths.StatementText).IsRequired();
        builder.Property(s => s.SpeakerRole).HasMaxLength(FieldLengths.Role);
        builder.Property(s => s.Occasion).HasMaxLength(FieldLengths.Title);
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        builder.StringList(s => s.Topics);
        builder.HasOne(s => s.Speaker).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Missions).WithMany().UsingEntity(MissionLinks);
        // Only the rows lists show (soft-deleted ones are filtered out): a page's ids then come from the index alone,
        // without reading each row to check DeletedAt (standard SQL, so the filter holds on PostgreSQL too).
        builder.HasIndex(s => new { s.SaidOn, s.Id }).HasFilter("\"DeletedAt\" IS NULL");
        builder.HasIndex(s => new { s.SpeakerId, s.SaidOn });
        // Most statements have a speaker rather than an organisation: the index holds only the organisations' ones.
        builder.HasIndex(s => s.OrganisationId).HasFilter("\"OrganisationId\" IS NOT NULL");
    }
}
