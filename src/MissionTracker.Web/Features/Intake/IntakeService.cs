using MissionTracker.Core.Extraction;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Extraction;
using MissionTracker.Web.Features.Sources;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Intake;

/// <summary>An article handed to intake: pasted on the intake page, uploaded, posted by a script or read from a feed.</summary>
public sealed record ArticleSubmission(
    string Text,
    string? Title = null,
    string? Outlet = null,
    string? Url = null,
    DateOnly? PublishedOn = null,
    string? Author = null,
    SourceKind Kind = SourceKind.NewsArticle);

/// <param name="SourceId">The new source, or the one already holding this article.</param>
/// <param name="DuplicateOf">Set when the article was already stored (same URL, or the same text): nothing new was written.</param>
/// <param name="Proposals">How many proposals were queued for review.</param>
public sealed record IntakeResult(int SourceId, int? DuplicateOf, int Proposals);

/// <summary>
/// Stores an article as a source and queues what the extractor finds in it as proposals for review — in one
/// transaction, so an article is never half taken in. The same article arriving twice is recognised and not stored again.
/// </summary>
public sealed class IntakeService(MissionTrackerDbContext db, ExtractionService extraction, TimeProvider clock, ILogger<IntakeService> logger)
{
    public async Task<IntakeResult> IngestAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var text = ArticleText.Normalise(submission.Text);
        var hash = ArticleText.ContentHash(text);
        var url = ArticleText.NormaliseUrl(submission.Url);
        var existing = await FindDuplicateAsync(url, hash, cancellationToken);
        if (existing is int duplicate)
        {
            logger.LogInformation("Article already stored as source {SourceId}", duplicate);
            return new IntakeResult(duplicate, duplicate, 0);
        }

        var found = await extraction.ExtractAsync(text, submission.PublishedOn, cancellationToken);
        var publishedOn = submission.PublishedOn ?? found.PublishedOn;
        var source = new Source
        {
            Kind = submission.Kind,
            Title = Truncate(submission.Title ?? FirstLine(text), FieldLengths.Title),
            Outlet = submission.Outlet,
            Url = submission.Url?.Trim(),
            NormalizedUrl = url,
            PublishedOn = publishedOn,
            Author = submission.Author,
            Text = text,
            ContentHash = hash,
            RetrievedAt = clock.GetUtcNow().UtcDateTime,
        };
        var proposals = ProposalsFrom(found, publishedOn).ToList();
        foreach (var proposal in proposals)
        {
            proposal.Source = source;
        }
        db.Sources.Add(source);
        db.AddRange(proposals);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request may have stored the same article between our check and our write (the unique hash caught it).
            db.ChangeTracker.Clear();
            if (await FindDuplicateAsync(url, hash, cancellationToken) is int raced)
            {
                return new IntakeResult(raced, raced, 0);
            }
            throw;
        }
        logger.LogInformation("Source {SourceId} taken in with {Proposals} proposals", source.Id, proposals.Count);
        return new IntakeResult(source.Id, null, proposals.Count);
    }

    private async Task<int?> FindDuplicateAsync(string? url, string hash, CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking()
            .Where(s => s.ContentHash == hash || (url != null && s.NormalizedUrl == url))
            .OrderBy(s => s.Id)
            .Select(s => (int?)s.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private static IEnumerable<Proposal> ProposalsFrom(ExtractionResult found, DateOnly? publishedOn)
    {
        foreach (var q in found.Quotes)
        {
            yield return new Proposal
            {
                Kind = q.Kind == QuoteKind.Direct ? ProposalKind.Quote : ProposalKind.Paraphrase,
                SpanStart = q.Start, SpanEnd = q.End,
                Text = Truncate(q.Text, FieldLengths.StatementText),
                SpeakerName = q.Speaker, SpeakerRole = q.Role, Organisation = q.Organisation,
                On = publishedOn,
            };
        }
        foreach (var f in found.TroopFigures)
        {
            yield return new Proposal
            {
                Kind = ProposalKind.TroopFigure,
                SpanStart = f.Start, SpanEnd = f.End,
                Text = f.Text, Count = f.Count, Approximate = f.Approximate,
                CountryCode = f.CountryCode, Mission = f.Mission,
                On = publishedOn,
            };
        }
        foreach (var t in found.Transfers)
        {
            yield return new Proposal
            {
                Kind = ProposalKind.Transfer,
                SpanStart = t.Start, SpanEnd = t.End,
                Text = t.Text, Count = t.Count, Share = t.Share,
                CountryCode = t.CountryCode, FromMission = t.FromMission, ToMission = t.ToMission,
                On = publishedOn,
            };
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim() is { Length: > 0 } line ? line : "Untitled article";
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
