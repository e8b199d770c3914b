using Microsoft.Playwright;

namespace MissionTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheDashboardDrawsItsChartsFromTheSeededData()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        Assert.Equal("Dashboard · MissionTracker", await page.TitleAsync());
        Assert.True(await page.Locator("svg.chart").CountAsync() >= 3);
        var strength = page.Locator("svg.chart[aria-labelledby^='strength-chart']");
        Assert.Equal("Mission strength over time", await strength.Locator("title").First.TextContentAsync());
        Assert.Equal(2, await strength.Locator("circle").CountAsync());
        Assert.Contains("NATO Mission Iraq", await strength.Locator("text.legend").AllTextContentsAsync());
        var bar = page.Locator("svg.chart[aria-labelledby^='contingents-chart'] rect");
        Assert.Equal("United States: 5,200", await bar.First.Locator("title").TextContentAsync());
        var box = await bar.First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 50, "the United States bar is drawn");
        Assert.Contains("11,000", await page.Locator(".card").First.InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "dashboard");
        await page.Locator("#pipeline-heading").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "dashboard-pipeline");
    }

    [Fact]
    public async Task TheContingentsChartFollowsTheChosenMissionAndDate()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#mission").SelectOptionAsync("global-coalition");
        await page.Locator("#asOf").FillAsync("2019-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        Assert.Contains("asOf=2019-06-01", page.Url);
        Assert.Contains("nothing recorded yet", await page.Locator("#contingents-chart").InnerTextAsync());
    }

    [Theory]
    [InlineData("/missions/global-coalition", "Global Coalition against Daesh", "mission")]
    [InlineData("/countries/ES", "Spain", "country")]
    [InlineData("/transfers", "Transfers board", "transfers")]
    [InlineData("/timeline", "Timeline", "timeline")]
    [InlineData("/sources/1", "NATO", "source")]
    public async Task EveryBrowsingPageRendersItsHeadingAndBreadcrumbs(string url, string heading, string screenshot)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);

        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(heading);
        await Assertions.Expect(page.Locator("nav.breadcrumbs")).ToContainTextAsync("Dashboard");
        Assert.EndsWith("· MissionTracker", await page.TitleAsync());
        await BrowserFixture.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task TheDashboardWorksOnAPhoneAndByKeyboard()
    {
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the dashboard fits a phone's width");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await BrowserFixture.ScreenshotAsync(page, "dashboard-phone");
    }
}
