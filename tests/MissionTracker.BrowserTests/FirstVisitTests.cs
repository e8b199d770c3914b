using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using static Microsoft.Playwright.Assertions;

namespace MissionTracker.BrowserTests;

/// <summary>
/// Issue 4's "done when", step by step as a person who has never seen the app would go: read the situation on 12 February
/// 2020 from the dashboard, find every statement by Jens Stoltenberg, sign in as an editor and record a new statement
/// with its source. Each step starts from what the page offers (links, labels, buttons), not from known addresses.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstVisitTests(BrowserFixture browser)
{
    private const string Stoltenberg = "Jens Stoltenberg";

    [Fact]
    public async Task ANewcomerReadsTheSituationOn12February2020FromTheDashboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#mission").SelectOptionAsync(new SelectOptionValue { Label = "Global Coalition against Daesh" });
        await page.GetByRole(AriaRole.Textbox, new() { Name = "As of" }).FillAsync("2020-02-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("asOf=2020-02-12", page.Url);

        // Who has how many troops, since when.
        var coalition = page.Locator("article.card[data-mission='global-coalition']");
        await Expect(coalition).ToContainTextAsync("11,000");
        await Expect(coalition).ToContainTextAsync("as of 12 Feb 2020");
        await Expect(page.Locator("article.card[data-mission='nmi']")).ToContainTextAsync("500");
        var contingents = page.Locator("svg.chart[aria-labelledby^='contingents-chart']");
        Assert.Equal("Contingents of Global Coalition against Daesh as of 12 Feb 2020", await contingents.Locator("title").First.TextContentAsync());
        Assert.Equal("United States: 5,200", await contingents.Locator("rect title").First.TextContentAsync());

        // Who is moving where, and how far along it is.
        await Expect(page.Locator("ol.pipeline > li", new() { HasText = "Agreed in principle" })).ToContainTextAsync("Spain");
        await Expect(page.Locator("ol.pipeline > li", new() { HasText = "Proposed" })).ToContainTextAsync("United Kingdom");

        // What happened that day (the latest statements are whatever was recorded last: other tests add to them).
        await Expect(page.Locator("section[aria-labelledby='recent-events']")).ToContainTextAsync("NATO defence ministers agree in principle to expand NATO Mission Iraq");

        // The strength chart's figures can be read: no value on the y axis runs into the axis title.
        var strength = page.Locator("svg.chart[aria-labelledby^='strength-chart']");
        var axisTitle = await strength.Locator("text.axis-label", new() { HasText = "Personnel" }).BoundingBoxAsync();
        Assert.NotNull(axisTitle);
        foreach (var tick in await strength.Locator("text.tick[text-anchor='end']").AllAsync())
        {
            var box = await tick.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= axisTitle.X + axisTitle.Width, $"the tick '{await tick.TextContentAsync()}' overlaps the axis title");
        }
    }

    [Fact]
    public async Task ANewcomerFindsEveryStatementByJensStoltenberg()
    {
        var texts = await browser.App.WithDbAsync(db => db.Statements.Where(s => s.Speaker!.Name == Stoltenberg).Select(s => s.Text).ToListAsync());
        Assert.True(texts.Count >= 4, "the seed has Stoltenberg's statements of 12 February 2020");
        var page = await browser.NewPageAsync();

        // From the dashboard, the People list leads to the person page.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = Stoltenberg, Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(Stoltenberg);
        await Expect(page.Locator("#statements-heading")).ToHaveTextAsync($"Every statement by {Stoltenberg} ({texts.Count})");
        var listed = page.Locator("section[aria-labelledby='statements-heading'] blockquote");
        await Expect(listed).ToHaveCountAsync(texts.Count);
        var shown = string.Join("\n", await listed.AllInnerTextsAsync());
        Assert.All(texts, text => Assert.Contains(text, shown));

        // The statements browser finds the same ones by the speaker's name.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Statements" }).ClickAsync();
        await page.GetByLabel("Speaker (name or id)").FillAsync(Stoltenberg);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        Assert.Contains("speaker=Jens", page.Url);
        await Expect(page.Locator("#results > li")).ToHaveCountAsync(texts.Count);
        Assert.All(await page.Locator("#results > li .attribution").AllInnerTextsAsync(), speaker => Assert.StartsWith(Stoltenberg, speaker.Trim()));
    }

    [Fact]
    public async Task ANewcomerSignsInAsAnEditorAndRecordsAStatementWithItsSource()
    {
        // What `create-user EMAIL --role Editor` does.
        var (email, password) = await browser.App.CreateUserAsync(Roles.Editor);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await menu.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".account")).ToContainTextAsync(email);

        // The source first: the article the statement comes from.
        var tag = Guid.NewGuid().ToString("N")[..6];
        var title = $"Stoltenberg at the Munich Security Conference {tag}";
        await menu.GetByRole(AriaRole.Link, new() { Name = "Sources" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New source" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Outlet").FillAsync("Browser Wire");
        await page.GetByLabel("Address (http or https)").FillAsync($"https://news.example.org/{tag}");
        await page.GetByLabel("Published on").FillAsync("2020-02-15");
        await page.GetByLabel("Text").FillAsync($"Jens Stoltenberg said the alliance would train Iraqi forces in Baghdad ({tag}).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record source" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("The source is recorded.");

        // Then the statement, citing it.
        var words = $"We will train Iraqi forces in Baghdad, marker {tag}.";
        await menu.GetByRole(AriaRole.Link, new() { Name = "Statements" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New statement" }).ClickAsync();
        await page.GetByLabel("Text").FillAsync(words);
        await page.GetByLabel("Speaker", new() { Exact = true }).FillAsync(Stoltenberg);
        await page.GetByLabel("Said on").FillAsync("2020-02-15");
        await page.GetByLabel("NATO Mission Iraq").CheckAsync();
        await page.GetByLabel("Sources").SelectOptionAsync(new SelectOptionValue { Label = $"{title} (Browser Wire, 15 Feb 2020)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToContainTextAsync("The statement is recorded.");
        await Expect(page.Locator("#statement-text")).ToContainTextAsync(words);
        await Expect(page.Locator("main")).ToContainTextAsync(Stoltenberg);
        var statementPath = new Uri(page.Url).AbsolutePath;

        // The statement names its source and leads to it, and the source lists the statement among the facts it supports.
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(title);
        await Expect(page.Locator($"main a[href='{statementPath}']")).ToHaveTextAsync($"Statement by {Stoltenberg}");

        // And it is now one of Stoltenberg's statements.
        await page.GotoAsync("/statements?speaker=" + Uri.EscapeDataString(Stoltenberg));
        await page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = Stoltenberg }).First.ClickAsync();
        await Expect(page.Locator("section[aria-labelledby='statements-heading']")).ToContainTextAsync(words);
    }
}
