using System.Globalization;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.Api;
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
/// Takes an article in as a source with its text; <see cref="SourceService"/> refuses a second copy of an article and
/// queues the extractor's proposals with the source, in one transaction.
/// </summary>
public sealed class IntakeService(SourceService sources, MissionTrackerDbContext db, TimeProvider clock, ILogger<IntakeService> logger)
{
    public async Task<Outcome<IntakeResult>> IngestAsync(ArticleSubmission submission, CancellationToken cancellationToken)
    {
        var text = ArticleText.Normalise(submission.Text);
        var title = submission.Title?.Trim() is { Length: > 0 } given ? given : FirstLine(text);
        var outcome = await sources.CreateAsync(new SourceInput(
            title.Length <= FieldLengths.Title ? title : title[..FieldLengths.Title],
            submission.Outlet, submission.Url, submission.PublishedOn, submission.Kind, submission.Author, text,
            clock.GetUtcNow().UtcDateTime), cancellationToken);
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                var id = outcome.Value!.Id;
                var proposals = await db.Proposals.CountAsync(p => p.SourceId == id, cancellationToken);
                logger.LogInformation("Source {SourceId} taken in with {Proposals} proposals", id, proposals);
                return Outcome<IntakeResult>.Ok(new IntakeResult(id, null, proposals), outcome.Key!);
            case OutcomeStatus.Conflict:
                // Refused as a copy (the key names the original), or stored by a concurrent request a moment ago.
                var existing = outcome.Key is { } key ? int.Parse(key, CultureInfo.InvariantCulture)
                    : await sources.FindDuplicateAsync(ArticleText.NormaliseUrl(submission.Url), ArticleText.ContentHash(text), cancellationToken);
                if (existing is int original)
                {
                    logger.LogInformation("Article already stored as source {SourceId}", original);
                    return Outcome<IntakeResult>.Ok(new IntakeResult(original, original, 0), original.ToString(CultureInfo.InvariantCulture));
                }
                return outcome.Cast<IntakeResult>();
            default:
                return outcome.Cast<IntakeResult>();
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).Trim() is { Length: > 0 } line ? line : "Untitled article";
    }
}
