using System.Linq.Expressions;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Sources;

public sealed record SourceDto(
    int Id,
    SourceKind Kind,
    string Title,
    string? Outlet,
    string? Url,
    DateOnly? PublishedOn,
    string? Author,
    string? Text,
    DateTime? RetrievedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    long Version) : IVersioned
{
    public static readonly Expression<Func<Source, SourceDto>> Projection = s => new SourceDto(
        s.Id, s.Kind, s.Title, s.Outlet, s.Url, s.PublishedOn, s.Author, s.Text, s.RetrievedAt, s.CreatedAt, s.UpdatedAt, s.Version);
}

/// <summary>A source to record; <c>text</c> is the article's text, which citation spans index into.</summary>
public sealed record SourceInput(
    string? Title,
    string? Outlet,
    string? Url,
    DateOnly? PublishedOn,
    SourceKind? Kind,
    string? Author,
    string? Text,
    DateTime? RetrievedAt)
{
    public static readonly SourceInput Example = new(
        "NATO agrees to expand training mission in Iraq", "Reuters", "https://www.reuters.com/article/example",
        new DateOnly(2020, 2, 12), SourceKind.NewsArticle, null, null, null);
}

public sealed class SourceFilter : ListFilter
{
    /// <summary>Words to find in the title and text (all of them; accents and case ignored); sorts by relevance unless <c>sort</c> says otherwise.</summary>
    public string? Q { get; set; }
    public string? Outlet { get; set; }
    /// <summary>NewsArticle, OfficialDocument, PressRelease or Other.</summary>
    public string? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
