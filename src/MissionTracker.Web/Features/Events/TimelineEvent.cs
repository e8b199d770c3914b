using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Missions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Events;

public enum EventKind
{
    Strike,
    Vote,
    Pause,
    Decision,
    Deployment,
    Withdrawal,
    Meeting,
    Other,
}

/// <summary>A dated happening on the timeline ("event" in the API; the class name avoids C#'s keyword).</summary>
public sealed class TimelineEvent : Entity
{
    public DateOnly OccurredOn { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public EventKind Kind { get; set; } = EventKind.Other;
    public List<Mission> Missions { get; set; } = [];
    public List<Country> Countries { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.Note);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasMany(e => e.Missions).WithMany().UsingEntity("EventMissions");
        builder.HasMany(e => e.Countries).WithMany().UsingEntity("EventCountries");
        builder.HasIndex(e => new { e.OccurredOn, e.Id });
    }
}
