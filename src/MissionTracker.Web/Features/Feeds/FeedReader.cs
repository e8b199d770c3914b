using System.ServiceModel.Syndication;
using System.Xml;
using MissionTracker.Web.Features.Intake;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Features.Feeds;

/// <summary>Reads an RSS 2.0 or Atom 1.0 feed into article submissions.</summary>
public sealed class FeedReader(HttpClient http, IOptions<FeedOptions> options)
{
    /// <summary>Below this many characters an item's own content is taken for a teaser, and the linked page is read instead.</summary>
    private const int ShortContent = 600;

    public async Task<IReadOnlyList<ArticleSubmission>> ReadAsync(FeedSubscription feed, CancellationToken cancellationToken)
    {
        var xml = await GetTextAsync(new Uri(feed.Url), cancellationToken);
        var (parsed, items) = Parse(xml);
        var outlet = feed.Outlet ?? parsed.Title?.Text;
        var articles = new List<ArticleSubmission>();
        foreach (var item in items)
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
            var html = EncodedContent(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "";
            var text = ArticleText.FromHtml(html).Text;
            if (text.Length < ShortContent && link is { IsAbsoluteUri: true } && options.Value.FetchArticlePages)
            {
                var page = ArticleText.FromHtml(await GetTextAsync(link, cancellationToken));
                if (page.Text.Length > text.Length)
                {
                    text = page.Text;
                }
            }
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var title = item.Title?.Text?.Trim();
            if (title is { Length: > 0 } && !text.StartsWith(title, StringComparison.Ordinal))
            {
                text = title + "\n\n" + text;
            }
            var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            articles.Add(new ArticleSubmission(
                text,
                Title: title,
                Outlet: outlet,
                Url: link?.ToString(),
                PublishedOn: published == default ? null : DateOnly.FromDateTime(published.UtcDateTime),
                Author: item.Authors.FirstOrDefault()?.Name));
        }
        return articles;
    }

    /// <summary>Parses the whole feed now (items are otherwise read lazily), so a malformed feed fails here, as one error.</summary>
    private static (SyndicationFeed Feed, List<SyndicationItem> Items) Parse(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var feed = SyndicationFeed.Load(reader);
            return (feed, feed.Items.ToList());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"Not a valid feed: {e.Message}", e);
        }
    }

    private async Task<string> GetTextAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.RequestTimeout);
        using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > options.Value.MaxFeedBytes)
        {
            throw new InvalidDataException($"Response of {response.Content.Headers.ContentLength} bytes is over the limit.");
        }
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
        {
            if (buffer.Length + read > options.Value.MaxFeedBytes)
            {
                throw new InvalidDataException("Response is over the size limit.");
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        using var text = new StreamReader(buffer, detectEncodingFromByteOrderMarks: true);
        return await text.ReadToEndAsync(timeout.Token);
    }

    /// <summary>RSS's <c>content:encoded</c> extension, where outlets put the full article.</summary>
    private static string? EncodedContent(SyndicationItem item) =>
        item.ElementExtensions
            .Where(e => e.OuterName == "encoded" && e.OuterNamespace == "http://purl.org/rss/1.0/modules/content/")
            .Select(e => e.GetObject<string>())
            .FirstOrDefault();
}
