using Microsoft.Playwright;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using static Microsoft.Playwright.Assertions;

namespace MissionTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StatementWorkflowTests(BrowserFixture browser)
{
    private Task<IPage> SignedInPageAsync(string role = Roles.Editor) => browser.SignedInPageAsync(role);

    internal static async Task FillStatementAsync(IPage page, string text, string speaker)
    {
        await page.GetByLabel("Text").FillAsync(text);
        await page.GetByLabel("Speaker", new() { Exact = true }).FillAsync(speaker);
        await page.GetByLabel("Said on").FillAsync("2020-02-14");
        await page.GetByLabel("NATO Mission Iraq").CheckAsync();
        await page.Locator("#Input_SourceIds").SelectOptionAsync(new SelectOptionValue { Index = 0 });
    }

    [Fact]
    public async Task AnEditorCreatesAStatementAndFindsItBySearchAndOnTheSpeakersPage()
    {
        var page = await SignedInPageAsync();
        var word = "Harbinger" + Guid.NewGuid().ToString("N")[..5];
        var speaker = "Browser Speaker " + Guid.NewGuid().ToString("N")[..5];

        await page.GotoAsync("/statements");
        await page.GetByRole(AriaRole.Link, new() { Name = "New statement" }).ClickAsync();
        await FillStatementAsync(page, $"The {word} detachment will move to NATO Mission Iraq.", speaker);
        await BrowserFixture.ScreenshotAsync(page, "statement-form", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();

        await Expect(page.Locator("#statement-text")).ToContainTextAsync(word);
        await Expect(page.Locator(".flash")).ToContainTextAsync("The statement is recorded.");

        await page.GotoAsync("/statements");
        await page.GetByLabel("Search the text").FillAsync(word);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.Locator("#results mark")).ToHaveTextAsync(word);
        Assert.Contains("q=" + word, page.Url);
        await BrowserFixture.ScreenshotAsync(page, "statements-search", fullPage: true);

        await page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = speaker }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(speaker);
        await Expect(page.Locator(".statements")).ToContainTextAsync(word);
    }

    [Fact]
    public async Task AMissingFieldIsExplainedNextToIt()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/statements/create");
        await page.GetByLabel("Said on").FillAsync("2020-02-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();

        var message = page.Locator("[data-valmsg-for='Input.Text']");
        await Expect(message).ToHaveTextAsync("This field is required.");
        await Expect(page.GetByLabel("Text")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.EndsWith("/statements/create", page.Url);
        // The message sits with its field, inside the same .field group.
        Assert.Equal(1, await page.Locator(".field", new() { Has = page.GetByLabel("Text") }).Locator("[data-valmsg-for='Input.Text']").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "validation-error");
    }

    [Fact]
    public async Task AnEditConflictShowsBothVersions()
    {
        var first = await SignedInPageAsync();
        await first.GotoAsync("/statements/create");
        await FillStatementAsync(first, "Original wording.", "Conflict Browser Speaker");
        await first.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();
        await Expect(first.Locator("#statement-text")).ToContainTextAsync("Original wording.");
        var editUrl = first.Url + "/edit";

        var second = await SignedInPageAsync();
        await second.GotoAsync(editUrl);
        await first.GotoAsync(editUrl);

        await first.GetByLabel("Text").FillAsync("Wording saved by the first editor.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(first.Locator(".flash")).ToContainTextAsync("The statement is saved.");

        await second.GetByLabel("Text").FillAsync("Wording from the second editor's stale form.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var conflict = second.Locator("#conflict");
        await Expect(conflict).ToContainTextAsync("Edit conflict");
        await Expect(conflict).ToContainTextAsync("Wording saved by the first editor.");
        await Expect(conflict).ToContainTextAsync("Wording from the second editor's stale form.");
        await BrowserFixture.ScreenshotAsync(second, "edit-conflict", fullPage: true);

        await first.ReloadAsync();
        await Expect(first.Locator("#statement-text")).ToContainTextAsync("Wording saved by the first editor.");
    }
}
