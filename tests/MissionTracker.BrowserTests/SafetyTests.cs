using Microsoft.Playwright;
using MissionTracker.Web.Features.People;
using MissionTracker.Web.Features.Statements;

namespace MissionTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SafetyTests(BrowserFixture browser)
{
    private const string Hostile = "<script>window.__xss = 1</script><img src=x onerror=\"window.__xss = 2\">";

    [Fact]
    public async Task MarkupInAStatementShowsAsTextAndRunsNothing()
    {
        var personId = await browser.App.WithDbAsync(async db =>
        {
            var person = new Person { Name = "Hostile Speaker " + Guid.NewGuid().ToString("N")[..6] };
            db.Statements.Add(new Statement { Speaker = person, SaidOn = new DateOnly(2020, 2, 13), Kind = StatementKind.Direct, Text = Hostile });
            await db.SaveChangesAsync();
            return person.Id;
        });
        var page = await browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync($"/people/{personId}");

        Assert.Contains(Hostile, await page.Locator("blockquote").First.InnerTextAsync());
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task MarkupTypedIntoTheStatementFormShowsAsTextWhereverTheStatementAppears()
    {
        var page = await browser.SignedInPageAsync("Editor");
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var marker = "Hostile" + Guid.NewGuid().ToString("N")[..6];
        var text = $"{marker} {Hostile}";
        await page.GotoAsync("/statements/create");
        await StatementWorkflowTests.FillStatementAsync(page, text, "Form Hostile Speaker " + marker);
        await page.GetByLabel("Said on").FillAsync("2031-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("The statement is recorded.");

        async Task ShownAsTextAndInert(string where)
        {
            Assert.Contains(Hostile, await page.Locator(where).First.InnerTextAsync());
            Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        }

        // Its own page, the search results (where matches are highlighted) and the dashboard's latest statements.
        await ShownAsTextAndInert("#statement-text");
        await page.GotoAsync($"/statements?q={marker} script onerror");
        await ShownAsTextAndInert("#results blockquote");
        Assert.True(await page.Locator("#results mark").CountAsync() >= 2, "the search words are highlighted, as text");
        await page.GotoAsync("/");
        await ShownAsTextAndInert("section[aria-labelledby='latest-statements'] blockquote");
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task SigningInShowsTheUserAndSigningOutEndsIt()
    {
        var (email, password) = await MissionTracker.Tests.Infrastructure.SignedInClient.CreateUserAsync(browser.App, "Editor");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".account")).ToContainTextAsync(email);
        await page.Locator(".account").GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.Locator(".account")).ToContainTextAsync("Sign in");
    }
}
