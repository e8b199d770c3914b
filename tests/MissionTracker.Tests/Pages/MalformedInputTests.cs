using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Pages;

/// <summary>
/// What a hand-made or tampered form post gets: values that cannot be read are explained next to their field and nothing
/// is saved (never a 500, never a value dropped in silence); errors and unknown pages are friendly pages without a stack trace.
/// </summary>
public sealed class MalformedInputTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task ADateThatDoesNotExistIsExplainedNextToItsFieldAndTheSourceIsNotSaved()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var title = Unique("Source with a bad date ");
        using var response = await editor.SubmitPageFormAsync("/sources/create", f =>
        {
            f.Set("Input.Title", title);
            f.Set("Input.PublishedOn", "2020-13-45");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Input.PublishedOn\"[^>]*>“2020-13-45” is not a valid value for this field.<", html);
        Assert.Contains($"value=\"{title}\"", html);
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == title)));
    }

    [Fact]
    public async Task ANumberTooLargeIsExplainedNextToItsField()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var response = await editor.SubmitPageFormAsync("/transfers/create", f =>
        {
            f.Set("Input.CountryCode", "ES");
            f.Set("Input.StatusOn", "2020-02-12");
            f.Set("Input.Count", "99999999999999999999");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Count\"[^>]*>“99999999999999999999” is not a valid value for this field.<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task AnUnreadableVersionOverwritesNothing()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var name = Unique("Versioned Person ");
        using (var created = await editor.SubmitPageFormAsync("/people/create", f => f.Set("Input.Name", name)))
        {
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        }
        var id = await factory.WithDbAsync(db => db.People.Where(p => p.Name == name).Select(p => p.Id).FirstAsync());

        using var response = await editor.SubmitPageFormAsync($"/people/{id}/edit", f =>
        {
            f.Set("Input.Name", name + " renamed");
            f.Set("Input.Version", "not-a-version");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The form's version of this person could not be read.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(name, await factory.WithDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Name).FirstAsync()));
    }

    [Fact]
    public async Task ATickBoxWithANonsenseValueIsExplainedNotAServerError()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var response = await editor.SubmitPageFormAsync("/feeds/create", f =>
        {
            f.Set("Input.Url", $"https://feeds.example.org/{Guid.NewGuid():N}.xml");
            f.Set("Input.Enabled", "maybe");
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Enabled\"[^>]*>“maybe” is not a valid value for this field.<", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/statements?from=yesterday", "id=\"results\"")]
    [InlineData("/timeline?to=2020-02-31", "class=\"timeline\"")]
    public async Task AFilterDateThatCannotBeReadIsSaidInsteadOfListingEverything(string url, string list)
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var value = url.Split('=')[1];
        Assert.Contains($"“{value}” is not a valid value for this field.", html);
        Assert.DoesNotContain(list, html);
    }

    [Theory]
    [InlineData("/?asOf=2020-13-45")]
    [InlineData("/missions/nmi?asOf=yesterday")]
    public async Task AnAsOfDateThatCannotBeReadIsSaidNextToTheDatePicker(string url)
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var value = url.Split('=')[1];
        Assert.Contains("aria-describedby=\"asOf-error\"", html);
        Assert.Matches($"id=\"asOf-error\">“{value}” is not a valid value for this field. Showing today instead.<", html);
    }

    [Fact]
    public async Task AReadableAsOfDateNeedsNoMessage()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/?asOf=2020-02-12");

        Assert.DoesNotContain("asOf-error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnknownAddressIsAFriendly404()
    {
        using var response = await factory.CreateBrowserLikeClient().GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("Back to the dashboard", html);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("200")]
    [InlineData("999")]
    public async Task TheErrorPageTakesOnlyAnErrorStatusFromItsAddress(string statusCode)
    {
        // The status code pages re-execute /Error?statusCode=404; anyone can ask for it with any number, which was sent as
        // the status line ("HTTP/1.1 -1").
        using var response = await factory.CreateBrowserLikeClient().GetAsync($"/Error?statusCode={statusCode}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Something went wrong", await response.Content.ReadAsStringAsync());
        using var notFound = await factory.CreateBrowserLikeClient().GetAsync("/Error?statusCode=404");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task AFailureInProductionShowsTheFriendlyPageWithoutAStackTrace()
    {
        using var production = factory.WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.ConfigureTestServices(s => s.Configure<MvcOptions>(o => o.Filters.Add(new FailingPageFilter())));
        });
        using var client = production.CreateClient();

        using var response = await client.GetAsync("/people?fail=1");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Something went wrong</h1>", html);
        Assert.Contains("Reference:", html);
        Assert.DoesNotContain(FailingPageFilter.Message, html);
        Assert.DoesNotContain("Exception", html);
        Assert.DoesNotContain(" at MissionTracker", html);
    }

    /// <summary>Throws inside the people page (where the app's exception handler catches it; not on /Error, which keeps the query) when the address asks for it.</summary>
    private sealed class FailingPageFilter : IAsyncPageFilter
    {
        public const string Message = "Simulated failure for the error page test";

        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next) =>
            context.HttpContext.Request is { Path.Value: "/people" } request && request.Query.ContainsKey("fail") ? throw new InvalidOperationException(Message) : next();
    }
}
