using MissionTracker.Web.Features.Intake;

namespace MissionTracker.Tests.Features.Intake;

public sealed class ArticleTextTests
{
    [Fact]
    public void HtmlIsReducedToTheArticleWithItsTitleFirst()
    {
        const string html = """
            <html><head><title>Site | Ministers meet</title><script>var x = "not text";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Ministers agree to expand training mission</h1>
            <p class="dateline">BRUSSELS, 12 February 2020</p>
            <p>Defence ministers agreed on   Wednesday to expand the mission.</p>
            <aside>Read more: unrelated story</aside>
            <p>"We will work on the details," the minister said.</p></article>
            <footer>© Outlet</footer></body></html>
            """;

        var reduced = ArticleText.FromHtml(html);

        Assert.Equal("Ministers agree to expand training mission", reduced.Title);
        Assert.Equal(
            "Ministers agree to expand training mission\n\nBRUSSELS, 12 February 2020\n\nDefence ministers agreed on Wednesday to expand the mission.\n\n\"We will work on the details,\" the minister said.",
            reduced.Text);
    }

    [Fact]
    public void TheSameArticleWithOtherSpacingCaseAndQuotationMarksHasTheSameHash()
    {
        var a = ArticleText.ContentHash("“We will continue,” he said.\n\nThe mission grows.");
        var b = ArticleText.ContentHash("\"we will continue,\"   he said. The mission grows.");
        var c = ArticleText.ContentHash("\"We will stop,\" he said. The mission grows.");

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData("https://www.example.com/news/nato-iraq/?utm_source=x&id=3#top", "example.com/news/nato-iraq?id=3")]
    [InlineData("http://example.com/news/nato-iraq", "example.com/news/nato-iraq")]
    [InlineData(null, null)]
    public void UrlsAreNormalisedForComparison(string? url, string? expected) =>
        Assert.Equal(expected, ArticleText.NormaliseUrl(url));
}
