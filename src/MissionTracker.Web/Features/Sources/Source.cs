using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.Sources;

public enum SourceKind
{
    NewsArticle,
    OfficialDocument,
    PressRelease,
    Other,
}

/// <summary>A news article or official document that facts are sourced to.</summary>
public sealed class Source : Entity
{
    public SourceKind Kind { get; set; } = SourceKind.NewsArticle;
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Author { get; set; }
    /// <summary>The article's text, when kept; citation spans index into it.</summary>
    public string? Text { get; set; }
    public DateTime? RetrievedAt { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(FieldLengths.Title).IsRequired();
        builder.Property(s => s.Outlet).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Url).HasMaxLength(FieldLengths.Url);
        builder.Property(s => s.Author).HasMaxLength(FieldLengths.Name);
        builder.Property(s => s.Text).HasMaxLength(FieldLengths.SourceText);
        builder.HasIndex(s => s.Url);
        builder.HasIndex(s => new { s.PublishedOn, s.Id });
    }
}
