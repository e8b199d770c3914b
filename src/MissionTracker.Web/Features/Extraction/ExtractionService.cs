using MissionTracker.Core.Extraction;
using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.Extraction;

/// <summary>
/// Runs the extraction engine with the missions the database knows. The engine is rebuilt only when the
/// missions change (their count or latest update), so a new alias is used from the next request on.
/// </summary>
public sealed class ExtractionService(MissionTrackerDbContext db, ExtractorCache cache)
{
    public const int MaxTextLength = 1_000_000;

    public async Task<ExtractionResult> ExtractAsync(string text, DateOnly? publishedOn, CancellationToken cancellationToken)
    {
        var stamp = await db.Missions.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new ExtractorCache.Stamp(g.Count(), g.Max(m => m.UpdatedAt)))
            .FirstOrDefaultAsync(cancellationToken) ?? new ExtractorCache.Stamp(0, DateTime.MinValue);
        var extractor = await cache.GetAsync(stamp, async () => new ArticleExtractor(await db.Missions.AsNoTracking()
            .OrderBy(m => m.Id)
            .Select(m => new KnownMission(m.Slug, m.Name, m.Acronym, m.Aliases))
            .ToListAsync(cancellationToken)));
        // ~0.3 MB allocated per 5 KB article: 32 at once on two cores peaked ~10 MB higher than two at a time, and served
        // fewer articles per second (docs/performance.md, round 11).
        await Infrastructure.Api.WorkGates.Extractions.WaitAsync(cancellationToken);
        try
        {
            return extractor.Extract(text, publishedOn);
        }
        finally
        {
            Infrastructure.Api.WorkGates.Extractions.Release();
        }
    }
}

/// <summary>Holds the current <see cref="ArticleExtractor"/> (thread-safe, shared by all requests).</summary>
public sealed class ExtractorCache : IDisposable
{
    public sealed record Stamp(int Count, DateTime LatestUpdate);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (Stamp Stamp, ArticleExtractor Extractor)? _current;

    public async Task<ArticleExtractor> GetAsync(Stamp stamp, Func<Task<ArticleExtractor>> build)
    {
        if (_current is { } current && current.Stamp == stamp)
        {
            return current.Extractor;
        }
        await _gate.WaitAsync();
        try
        {
            if (_current is not { } fresh || fresh.Stamp != stamp)
            {
                _current = (stamp, await build());
            }
            return _current.Value.Extractor;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
