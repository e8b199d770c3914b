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
