using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

public sealed class EventAndSourceFormTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static Dictionary<string, string> EventForm(string title, string version = "") => new()
    {
        ["Input.OccurredOn"] = "2020-02-20", ["Input.Title"] = title, ["Input.Kind"] = "Meeting",
        ["Input.Countries"] = "IQ, US", ["Input.Missions"] = "nmi", ["Input.SourceIds"] = "1", ["Input.Version"] = version,
    };

    [Fact]
    public async Task AnEditorRecordsAnEventAndAStaleEditIsAConflict()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var created = await editor.PostFormAsync("/timeline/create", EventForm("Form-made meeting"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        Assert.Contains("Form-made meeting", await editor.GetStringAsync(url));

        using (var saved = await editor.PostFormAsync(url + "/edit", EventForm("Renamed meeting", "1"))) { Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode); }
        using var stale = await editor.PostFormAsync(url + "/edit", EventForm("Stale rename", "1"));
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Edit conflict", html);
        Assert.Contains("Renamed meeting", html);
        Assert.Contains("Stale rename", html);
        Assert.Contains("Renamed meeting", await editor.GetStringAsync("/timeline?kind=Meeting"));
    }

    [Fact]
    public async Task ASourceWithABadAddressIsRefusedNextToTheField()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var response = await editor.PostFormAsync("/sources/create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Bad address source", ["Input.Url"] = "javascript:alert(1)", ["Input.Kind"] = "NewsArticle",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.Url\"[^>]*>Give an absolute http or https address.<", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == "Bad address source")));
    }

    [Fact]
    public async Task AnEditorRecordsASourceAndDeletesIt()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var created = await editor.PostFormAsync("/sources/create", new Dictionary<string, string>
        {
            ["Input.Title"] = "Short-lived source", ["Input.Url"] = "https://example.org/a", ["Input.Kind"] = "PressRelease",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        using var deleted = await editor.PostFormAsync(url + "/edit?handler=Delete", new Dictionary<string, string> { ["Input.Version"] = "1" }, url + "/edit");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Title == "Short-lived source")));
    }

    [Fact]
    public async Task AnEditorRecordsAStrengthObservationAndTheMissionPageShowsIt()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var form = new Dictionary<string, string>
        {
            ["Input.Mission"] = "nmi", ["Input.CountryCode"] = "ca", ["Input.ObservedOn"] = "2020-02-13", ["Input.Precision"] = "Approximate",
            ["Input.Count"] = "250", ["Input.Description"] = "about", ["Input.Role"] = "trainers", ["Input.SourceIds"] = "1",
        };
        using var created = await editor.PostFormAsync("/observations/create", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/missions/nmi", created.Headers.Location!.OriginalString);
        var page = await editor.GetStringAsync("/missions/nmi?asOf=2020-03-01");
        Assert.Contains("Canada", page);
        Assert.Contains("&#x2248;250", page);

        form["Input.Min"] = "300";
        form["Input.Max"] = "100";
        using var invalid = await editor.PostFormAsync("/observations/create", form);
        Assert.Contains("min is at most max", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEditorRecordsATransferAndMovesItAlongThePipeline()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var created = await editor.PostFormAsync("/transfers/create", new Dictionary<string, string>
        {
            ["Input.CountryCode"] = "NL", ["Input.FromMission"] = "global-coalition", ["Input.ToMission"] = "nmi", ["Input.Precision"] = "Exact",
            ["Input.Count"] = "40", ["Input.Status"] = "Proposed", ["Input.StatusOn"] = "2020-02-15", ["Input.SourceIds"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('-')[^1];

        using var step = await editor.PostFormAsync($"/transfers/{id}/edit?handler=Step", new Dictionary<string, string>
        {
            ["Input.Version"] = "1", ["Step.Status"] = "AgreedInPrinciple", ["Step.On"] = "2020-02-16", ["Step.SourceIds"] = "1",
        }, $"/transfers/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, step.StatusCode);
        Assert.Equal("AgreedInPrinciple", (await factory.WithDbAsync(db => db.TroopTransfers.Where(t => t.Id == int.Parse(id)).Select(t => t.Status).FirstAsync())).ToString());

        using var early = await editor.PostFormAsync($"/transfers/{id}/edit?handler=Step", new Dictionary<string, string>
        {
            ["Input.Version"] = "2", ["Step.Status"] = "Approved", ["Step.On"] = "2020-01-01", ["Step.SourceIds"] = "1",
        }, $"/transfers/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Matches("data-valmsg-for=\"Step.On\"[^>]*>The transfer&#x27;s last status change", await early.Content.ReadAsStringAsync());
    }
}
