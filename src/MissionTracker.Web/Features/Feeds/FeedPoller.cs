using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Features.Feeds;

/// <summary>
/// Reads due feeds on a timer and takes their items in. A feed that is down or malformed is logged and retried later
/// (the wait doubles with each failure); nothing a feed does can stop the poller or the app.
/// </summary>
public sealed class FeedPoller(IServiceScopeFactory scopes, IOptions<FeedOptions> options, TimeProvider clock, ILogger<FeedPoller> logger)
    : BackgroundService
{
    /// <summary>When the poller last finished a round, for the health check.</summary>
    public DateTime? LastRoundAt { get; private set; }

    public bool Running { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Feed poller disabled");
            return;
        }
        Running = true;
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        try
        {
            do
            {
                try
                {
                    await PollDueFeedsAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Feed poll round failed; retrying at the next round");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the current feed's transaction was either committed or rolled back.
        }
        finally
        {
            Running = false;
        }
    }

    /// <summary>Reads every enabled feed that is due, one after the other; returns the number of new sources.</summary>
    public async Task<int> PollDueFeedsAsync(CancellationToken cancellationToken)
    {
        List<int> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await scope.ServiceProvider.GetRequiredService<MissionTrackerDbContext>().Set<FeedSubscription>()
                .Where(f => f.Enabled && f.NextPollAt <= now).OrderBy(f => f.NextPollAt).Select(f => f.Id)
                .ToListAsync(cancellationToken);
        }
        var taken = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            taken += await PollAsync(id, cancellationToken);
        }
        LastRoundAt = clock.GetUtcNow().UtcDateTime;
        return taken;
    }

    private async Task<int> PollAsync(int feedId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MissionTrackerDbContext>();
        var feed = await db.Set<FeedSubscription>().SingleAsync(f => f.Id == feedId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        feed.LastPolledAt = now;
        var taken = 0;
        try
        {
            var articles = await scope.ServiceProvider.GetRequiredService<FeedReader>().ReadAsync(feed, cancellationToken);
            var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
            foreach (var article in articles)
            {
                var result = await intake.IngestAsync(article, cancellationToken);
                if (result.Value is { } stored)
                {
                    taken += stored.DuplicateOf is null ? 1 : 0;
                }
                else
                {
                    // One unusable item (a bad link, say) does not hold the others back.
                    logger.LogWarning("Feed {FeedId}: an item was not taken in ({Status}: {Detail})", feedId, result.Status, result.Detail ?? result.Errors?.ToString());
                }
            }
            feed.ConsecutiveFailures = 0;
            feed.LastError = null;
            feed.LastSucceededAt = now;
            feed.ItemsTakenIn += taken;
            feed.NextPollAt = now + options.Value.PollInterval;
            logger.LogInformation("Feed {FeedId}: {Items} items, {New} new", feed.Id, articles.Count, taken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever the feed did (down, slow, malformed, an item the intake refused), record it and try later.
            db.ChangeTracker.Clear();
            feed = await db.Set<FeedSubscription>().SingleAsync(f => f.Id == feedId, CancellationToken.None);
            feed.LastPolledAt = now;
            feed.ConsecutiveFailures++;
            feed.LastError = Describe(e);
            var backoff = options.Value.PollInterval * Math.Pow(2, Math.Min(feed.ConsecutiveFailures - 1, 16));
            feed.NextPollAt = now + (backoff < options.Value.MaxBackoff ? backoff : options.Value.MaxBackoff);
            logger.LogWarning("Feed {FeedId} failed ({Failures} in a row): {Error}; next try at {NextPoll:u}",
                feed.Id, feed.ConsecutiveFailures, feed.LastError, feed.NextPollAt);
        }
        await db.SaveChangesAsync(CancellationToken.None);
        return taken;
    }

    private static string Describe(Exception e)
    {
        var message = e switch
        {
            HttpRequestException { StatusCode: { } status } => $"HTTP {(int)status} {status}",
            HttpRequestException http => $"Unreachable: {http.HttpRequestError}",
            TaskCanceledException => "Timed out",
            _ => e.Message,
        };
        return message.Length <= 300 ? message : message[..300];
    }
}
