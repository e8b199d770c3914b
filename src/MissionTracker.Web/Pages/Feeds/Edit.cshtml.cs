using MissionTracker.Web.Features.Feeds;

namespace MissionTracker.Web.Pages.Feeds;

/// <summary>The fields of the feed form; the service validates them (the same rules as the API).</summary>
public sealed class FeedForm : IRecordForm<FeedForm, FeedDto, FeedInput>
{
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Outlet { get; set; }
    public bool Enabled { get; set; } = true;
    public long? Version { get; set; }

    public FeedInput ToInput() => new(Url?.Trim(), Title, Outlet, Enabled);

    public IReadOnlyList<(string Field, string? Value)> Describe() =>
        [("Address", Url), ("Title", Title), ("Outlet", Outlet), ("Read", Enabled ? "yes" : "paused")];

    public static FeedForm From(FeedDto saved) => new()
    {
        Url = saved.Url, Title = saved.Title, Outlet = saved.Outlet, Enabled = saved.Enabled, Version = saved.Version,
    };
}

/// <summary>Subscribe to (<c>/feeds/create</c>), change, pause and delete (<c>/feeds/{id}/edit</c>) an RSS or Atom feed.</summary>
public sealed class EditModel(FeedService feeds) : RecordEditModel<FeedDto, FeedDto, FeedInput, FeedFilter, FeedForm>(feeds)
{
    public override string Noun => "feed";

    public override string ListUrl => "/feeds";

    /// <summary>A feed's status is its row in the list.</summary>
    public override string DetailUrl(string key) => $"/feeds#feed-{key}";
}
