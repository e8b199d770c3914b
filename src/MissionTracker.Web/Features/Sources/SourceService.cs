using System.Linq.Expressions;
using MissionTracker.Web.Data;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Sources;

/// <summary>Sources: the articles and documents that facts cite.</summary>
public sealed class SourceService(MissionTrackerDbContext db) : ResourceService<Source, SourceDto, SourceInput, SourceFilter>(db)
{
    private static readonly SortOptions<Source> Sorts = new SortOptions<Source>("-publishedOn")
        .Add("publishedOn", s => s.PublishedOn ?? DateOnly.MinValue)
        .Add("title", s => s.Title)
        .Add("updatedAt", s => s.UpdatedAt)
        .Add("id", s => s.Id);

    protected override string Noun => "source";

    protected override Expression<Func<Source, SourceDto>> Projection => SourceDto.Projection;

    /// <summary>A source cited by a fact that is not deleted, or awaiting review in a proposal, stays.</summary>
    protected override async Task<string?> StillReferencedAsync(Source source, CancellationToken cancellationToken) =>
        await Db.Citations.AnyAsync(c => c.SourceId == source.Id
                && (c.StatementId == null || Db.Statements.Any(s => s.Id == c.StatementId))
                && (c.StrengthObservationId == null || Db.StrengthObservations.Any(o => o.Id == c.StrengthObservationId)), cancellationToken)
            || await Db.Proposals.AnyAsync(p => p.SourceId == source.Id, cancellationToken)
            ? "The source is still cited by records (or proposals) that refer to it; delete or re-source them first."
            : null;



    protected override IQueryable<Source> Filter(SourceFilter filter, ValidationErrors errors)
    {
        var match = SqliteDialect.MatchQuery(filter.Q);
        var query = match is null ? Db.Sources : SqliteDialect.Matching(Db.Sources, SqliteDialect.SourceText, match);
        if (filter.Outlet is { Length: > 0 } outlet)
        {
            query = query.Where(s => s.Outlet == outlet);
        }
        if (QueryFilters.ParseEnum<SourceKind>("kind", filter.Kind, errors) is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }
        return query.Between(s => s.PublishedOn ?? DateOnly.MinValue, filter.From, filter.To);
    }

    protected override SortOptions<Source> SortsFor(SourceFilter filter) => SqliteDialect.MatchQuery(filter.Q) is { } match
        ? Sorts.With("relevance", SqliteDialect.Rank<Source>(Db, SqliteDialect.SourceText, match), "relevance")
        : Sorts;

    protected override Task ApplyAsync(Source source, SourceInput input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        source.Title = errors.Required("title", input.Title, FieldLengths.Title);
        source.Outlet = errors.Optional("outlet", input.Outlet, FieldLengths.Name);
        source.Url = errors.Optional("url", input.Url, FieldLengths.Url);
        if (source.Url is not null && !(Uri.TryCreate(source.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            errors.Add("url", "Give an absolute http or https address.");
        }
        source.PublishedOn = input.PublishedOn;
        source.Kind = input.Kind ?? SourceKind.NewsArticle;
        source.Author = errors.Optional("author", input.Author, FieldLengths.Name);
        source.Text = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text;
        if (source.Text?.Length > FieldLengths.SourceText)
        {
            errors.Add("text", $"At most {FieldLengths.SourceText} characters.");
        }
        source.RetrievedAt = input.RetrievedAt?.ToUniversalTime();
        return Task.CompletedTask;
    }
}
