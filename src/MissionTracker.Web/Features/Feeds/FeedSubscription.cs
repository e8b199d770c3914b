using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Feeds;

/// <summary>An RSS or Atom feed whose new items are taken in as sources with proposals.</summary>
public sealed class FeedSubscription : Entity
{
    public string Url { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>The outlet recorded on the sources this feed brings in.</summary>
    public string? Outlet { get; set; }
    public bool Enabled { get; set; } = true;
    public DateTime? LastPolledAt { get; set; }
    public DateTime? LastSucceededAt { get; set; }
    public DateTime NextPollAt { get; set; }
    public int ConsecutiveFailures { get; set; }
    /// <summary>The last failure, for the operator (a status code or parser message; never article text).</summary>
    public string? LastError { get; set; }
    public int ItemsTakenIn { get; set; }
}

internal sealed class FeedSubscriptionConfiguration : IEntityTypeConfiguration<FeedSubscription>
{
    public void Configure(EntityTypeBuilder<FeedSubscription> builder)
    {
        builder.ToTable("Feeds");
        builder.Property(f => f.Url).HasMaxLength(FieldLengths.Url).IsRequired();
        builder.HasIndex(f => f.Url).IsUnique();
        builder.Property(f => f.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(f => f.Outlet).HasMaxLength(FieldLengths.Name);
        builder.Property(f => f.LastError).HasMaxLength(FieldLengths.Description);
        builder.HasIndex(f => new { f.Enabled, f.NextPollAt });
    }
}
