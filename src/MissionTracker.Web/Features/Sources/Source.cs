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
public sealed class Source : Entity, ISoftDeletable
{
    public DateTime? DeletedAt { get; set; }
    public SourceKind Kind { get; set; } = SourceKind.NewsArticle;
    public string Title { get; set; } = "";
    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string? Author { get; set; }
    /// <summary>The article's text, when kept; citation spans index into it.</summary>
    public string? Text { get; set; }
    public DateTime? RetrievedAt { get; set; }
    /// <summary><see cref="Intake.ArticleText.NormaliseUrl"/> of <see cref="Url"/>: how a second copy of a link is recognised.</summary>
    public string? NormalizedUrl { get; set; }
    /// <summary><see cref="Intake.ArticleText.ContentHash"/> of <see cref="Text"/>: how a second copy of an article is recognised.</summary>
    public string? ContentHash { get; set; }
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
        builder.Property(s => s.NormalizedUrl).HasMaxLength(FieldLengths.Url);
        builder.HasIndex(s => s.NormalizedUrl);
        builder.Property(s => s.ContentHash).HasMaxLength(64);
        // Unique: the last guard against the same article stored twice by two requests at once.
        builder.HasIndex(s => s.ContentHash).IsUnique();
        builder.HasIndex(s => new { s.PublishedOn, s.Id });
    }
}
