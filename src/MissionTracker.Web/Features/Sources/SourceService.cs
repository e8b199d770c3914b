using System.Linq.Expressions;
using MissionTracker.Web.Data;
using System.Globalization;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Features.Extraction;
using MissionTracker.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using MissionTracker.Web.Infrastructure.Api;

namespace MissionTracker.Web.Features.Sources;

/// <summary>Sources: the articles and documents that facts cite.</summary>
/// <remarks>
/// A source that arrives with its text is taken in: the same article (same URL, or the same text) is refused as a
/// duplicate, and what the extractor finds in the text is queued as proposals for review, in the same transaction.
/// </remarks>
public sealed class SourceService(MissionTrackerDbContext db, ExtractionService extraction) : ResourceService<Source, SourceDto, SourceInput, SourceFilter>(db)
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



    /// <summary>Every fact that cites the source, in the order of their spans in its text (facts without a span last).</summary>
    public async Task<IReadOnlyList<CitedFactDto>> CitedFactsAsync(int sourceId, CancellationToken cancellationToken)
    {
        var rows = await Db.Citations.AsNoTracking().Where(c => c.SourceId == sourceId)
            .OrderBy(c => c.SpanStart == null).ThenBy(c => c.SpanStart).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.SpanStart, c.SpanEnd,
                c.StatementId, Speaker = c.Statement != null ? (c.Statement.Speaker != null ? c.Statement.Speaker.Name : c.Statement.Organisation!.Name) : null,
                c.StrengthObservationId, ObservationMission = c.StrengthObservation != null ? c.StrengthObservation.Mission.Slug : null,
                ObservationCountry = c.StrengthObservation != null && c.StrengthObservation.Country != null ? c.StrengthObservation.Country.Code : null,
                TransferId = c.TroopTransferId ?? (c.TransferStatusChange != null ? c.TransferStatusChange.TroopTransferId : null),
                TransferCountry = c.TroopTransfer != null ? c.TroopTransfer.Country.Code : c.TransferStatusChange != null ? c.TransferStatusChange.TroopTransfer.Country.Code : null,
                TransferStatus = c.TransferStatusChange != null ? (Transfers.TransferStatus?)c.TransferStatusChange.Status : null,
                c.TimelineEventId, EventTitle = c.TimelineEvent != null ? c.TimelineEvent.Title : null,
                c.MissionStatusChangeId, StatusMission = c.MissionStatusChange != null ? c.MissionStatusChange.Mission.Slug : null,
                MissionStatus = c.MissionStatusChange != null ? (Missions.MissionStatus?)c.MissionStatusChange.Status : null,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
            r.StatementId is int statement ? new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.Statement, statement, $"Statement by {r.Speaker}", null)
            : r.StrengthObservationId is int observation ? new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.StrengthObservation, observation, $"Strength of {r.ObservationMission}{(r.ObservationCountry is null ? "" : " (" + r.ObservationCountry + ")")}", r.ObservationMission)
            : r.TransferStatus is { } status ? new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.TransferStatus, r.TransferId!.Value, $"Transfer of {r.TransferCountry}: {status}", null)
            : r.TransferId is int transfer ? new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.Transfer, transfer, $"Transfer of {r.TransferCountry}", null)
            : r.TimelineEventId is int timelineEvent ? new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.Event, timelineEvent, $"Event: {r.EventTitle}", null)
            : new CitedFactDto(r.Id, r.SpanStart, r.SpanEnd, CitedFactKind.MissionStatus, r.MissionStatusChangeId ?? 0, $"Status of {r.StatusMission}: {r.MissionStatus}", r.StatusMission))];
    }

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
        ? Sorts.WithJoined("relevance", SqliteDialect.Ranks(Db, SqliteDialect.SourceText, match), "relevance")
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
        source.Text = string.IsNullOrWhiteSpace(input.Text) ? null : ArticleText.Normalise(input.Text);
        if (source.Text?.Length > FieldLengths.SourceText)
        {
            errors.Add("text", $"At most {FieldLengths.SourceText} characters.");
        }
        source.NormalizedUrl = ArticleText.NormaliseUrl(source.Url);
        source.ContentHash = source.Text is null ? null : ArticleText.ContentHash(source.Text);
        source.RetrievedAt = input.RetrievedAt?.ToUniversalTime();
        return Task.CompletedTask;
    }

    /// <summary>The source already holding this article: the same normalised URL or the same text.</summary>
    public Task<int?> FindDuplicateAsync(string? normalizedUrl, string? contentHash, CancellationToken cancellationToken) =>
        Db.Sources.AsNoTracking()
            .Where(s => (contentHash != null && s.ContentHash == contentHash) || (normalizedUrl != null && s.NormalizedUrl == normalizedUrl))
            .OrderBy(s => s.Id)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);

    protected override async Task<Outcome<SourceDto>?> BeforeCreateAsync(Source source, CancellationToken cancellationToken)
    {
        if (await FindDuplicateAsync(source.NormalizedUrl, source.ContentHash, cancellationToken) is int existing)
        {
            return Outcome<SourceDto>.Conflict($"This article is already stored as source {existing}.") with { Key = existing.ToString(CultureInfo.InvariantCulture) };
        }
        if (source.Text is { } text)
        {
            var found = await extraction.ExtractAsync(text, source.PublishedOn, cancellationToken);
            source.PublishedOn ??= found.PublishedOn;
            Db.Proposals.AddRange(Proposals.From(found, source));
        }
        return null;
    }
}
