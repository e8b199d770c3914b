namespace MissionTracker.Web.Features.Feeds;

/// <summary><c>MissionTracker:Feeds</c> in configuration.</summary>
public sealed class FeedOptions
{
    /// <summary>Whether the background poller runs at all.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>How often a healthy feed is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How often the poller looks for feeds that are due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>The longest wait after repeated failures (the wait doubles with each failure up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public long MaxFeedBytes { get; set; } = 5 * 1024 * 1024;
    /// <summary>When an item carries only a short summary, fetch the linked page and reduce it to its article text.</summary>
    public bool FetchArticlePages { get; set; } = true;
}
