using Microsoft.Playwright;
using MissionTracker.Web.Infrastructure.Security;
using static Microsoft.Playwright.Assertions;

namespace MissionTracker.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PersonEditingTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnEditorRenamesAPersonAndTheirStatementsShowTheNewName()
    {
        var page = await browser.SignedInPageAsync(Roles.Editor);
        var word = "Lodestar" + Guid.NewGuid().ToString("N")[..5];
        var before = "Misspelt Speakr " + Guid.NewGuid().ToString("N")[..5];
        var after = "Corrected Speaker " + Guid.NewGuid().ToString("N")[..5];
        await page.GotoAsync("/statements/create");
        await StatementWorkflowTests.FillStatementAsync(page, $"The {word} team will advise Iraqi institutions.", before);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record statement" }).ClickAsync();
        await Expect(page.Locator("#statement-text")).ToContainTextAsync(word);
        var statementUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = before }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit person" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Edit person");
        await page.GetByLabel("Name").FillAsync(after);
        // A role typed into the first empty row, entirely from the keyboard.
        var role = page.GetByRole(AriaRole.Group, new() { Name = "New role" }).First;
        await role.GetByLabel("Title").FillAsync("Spokesperson");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("IQ");
        await BrowserFixture.ScreenshotAsync(page, "person-form", fullPage: true);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.Locator(".flash")).ToContainTextAsync("The person is saved.");
        await Expect(page.Locator("h1")).ToHaveTextAsync(after);
        await Expect(page.Locator("#roles-heading + ul")).ToContainTextAsync("Spokesperson");
        await Expect(page.Locator("#roles-heading + ul")).ToContainTextAsync("IQ");

        await page.GotoAsync(statementUrl);
        await Expect(page.Locator("main")).ToContainTextAsync(after);
        await Expect(page.Locator("main")).Not.ToContainTextAsync(before);
        await page.GotoAsync("/statements?q=" + word);
        await Expect(page.Locator("#results")).ToContainTextAsync(after);
    }

    [Fact]
    public async Task AnEditorAddsAFeedFromTheFeedsPage()
    {
        var page = await browser.SignedInPageAsync(Roles.Editor);
        await page.GotoAsync("/intake");
        await page.GetByRole(AriaRole.Link, new() { Name = "the RSS and Atom feeds" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New feed" }).ClickAsync();
        await page.GetByLabel("Feed address (http or https)").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record feed" }).ClickAsync();
        // Checked in the browser first, with the message in the same place as the server's.
        await Expect(page.Locator("[data-valmsg-for='Input.Url']")).ToHaveTextAsync("This value is not valid.");

        var url = $"https://feeds.example.org/{Guid.NewGuid():N}.xml";
        await page.GetByLabel("Feed address (http or https)").FillAsync(url);
        await page.GetByLabel("Title").FillAsync("Browser wire");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record feed" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("The feed is recorded.");
        await Expect(page.Locator("table")).ToContainTextAsync(url);
        await BrowserFixture.ScreenshotAsync(page, "feeds", fullPage: true);
    }
}
