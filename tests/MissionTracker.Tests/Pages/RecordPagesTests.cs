using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

/// <summary>The create, edit and delete pages of missions, countries, organisations and people.</summary>
public sealed class RecordPagesTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    private static Dictionary<string, string> MissionForm(string slug, string name, string version = "") => new()
    {
        ["Input.Slug"] = slug, ["Input.Name"] = name, ["Input.Acronym"] = "TM", ["Input.Kind"] = "TrainingAdvisory",
        ["Input.HostCountryCode"] = "iq", ["Input.Aliases"] = "the test mission\nthe other name", ["Input.Version"] = version,
    };

    [Fact]
    public async Task AnEditorCreatesAMissionAndItsPageShowsItWithItsHistory()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var slug = Unique("tm-");
        using var created = await editor.PostFormAsync("/missions/create", MissionForm(slug, "Test Mission Alpha"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/missions/{slug}", created.Headers.Location!.OriginalString);

        var page = await editor.GetStringAsync($"/missions/{slug}");
        Assert.Contains("Test Mission Alpha", page);
        Assert.Contains("the test mission; the other name", page);
        Assert.Contains($"href=\"/missions/{slug}/edit\"", page);
        Assert.Contains("Added", page);

        using (var renamed = await editor.SubmitPageFormAsync($"/missions/{slug}/edit", f => f.Set("Input.Name", "Test Mission Beta")))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }
        var after = await editor.GetStringAsync($"/missions/{slug}");
        Assert.Contains("Test Mission Beta", after);
        Assert.Contains("Modified", after);
        Assert.Contains("Test Mission Alpha", after); // the history's "before"
    }

    [Fact]
    public async Task BadMissionFieldsAreRefusedNextToEachFieldAndTheTypedValuesStay()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var form = MissionForm("Not A Slug", "Mission with bad fields");
        form["Input.HostCountryCode"] = "QQ";
        using var response = await editor.PostFormAsync("/missions/create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Slug\"[^>]*>Use lower-case letters, digits and hyphens.<", html);
        Assert.Matches("data-valmsg-for=\"Input.HostCountryCode\"[^>]*>Unknown country codes: QQ.<", html);
        Assert.Contains("value=\"Mission with bad fields\"", html);
        Assert.False(await factory.WithDbAsync(db => db.Missions.AnyAsync(m => m.Name == "Mission with bad fields")));
    }

    [Fact]
    public async Task AStaleMissionEditShowsBothVersionsAndOverwritesNothing()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var slug = Unique("tm-");
        using (var created = await editor.PostFormAsync("/missions/create", MissionForm(slug, "Conflict Mission"))) { Assert.Equal(HttpStatusCode.Redirect, created.StatusCode); }
        using (var first = await editor.PostFormAsync($"/missions/{slug}/edit", MissionForm(slug, "Saved first", "1"))) { Assert.Equal(HttpStatusCode.Redirect, first.StatusCode); }

        using var stale = await editor.PostFormAsync($"/missions/{slug}/edit", MissionForm(slug, "From a stale form", "1"));

        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Edit conflict", html);
        Assert.Contains("Saved first", html);
        Assert.Contains("From a stale form", html);
        Assert.Equal("Saved first", await factory.WithDbAsync(db => db.Missions.Where(m => m.Slug == slug).Select(m => m.Name).FirstAsync()));
    }

    [Fact]
    public async Task MissionPagesNameTheLeadNationAndHostCountry()
    {
        var html = await factory.CreateBrowserLikeClient().GetStringAsync("/missions/global-coalition");
        Assert.Contains("<a href=\"/countries/IQ\">Iraq</a>", html);
        Assert.Contains("<a href=\"/countries/US\">United States", html);
    }

    [Fact]
    public async Task OnlyEditorsSeeTheEditLinksAndOpenTheForms()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.DoesNotContain("/missions/nmi/edit", await anonymous.GetStringAsync("/missions/nmi"));
        Assert.DoesNotContain("/missions/nmi/edit", await anonymous.GetStringAsync($"/?unique={Guid.NewGuid():N}"));
        Assert.Contains("href=\"/missions/nmi/edit\"", await (await factory.SignInAsync(Roles.Editor)).GetStringAsync("/"));
        Assert.DoesNotContain("/countries/IQ/edit", await anonymous.GetStringAsync("/countries/IQ"));
        using var login = await anonymous.GetAsync("/people/create");
        Assert.StartsWith("/account/login", login.Headers.Location?.PathAndQuery);

        var viewer = await factory.SignInAsync(Roles.Viewer);
        Assert.DoesNotContain("New organisation", await viewer.GetStringAsync("/organisations"));
        foreach (var url in new[] { "/missions/nmi/edit", "/countries/IQ/edit", "/organisations/create", "/feeds" })
        {
            using var denied = await viewer.GetAsync(url);
            Assert.StartsWith("/account/access-denied", denied.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task AnEditorRenamesACountryAndItsPageShowsTheChangeInItsHistory()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var edit = await editor.GetStringAsync("/countries/TV/edit");
        Assert.Contains("readonly", edit); // the code of a saved country cannot change

        using (var saved = await editor.SubmitPageFormAsync("/countries/TV/edit", f => { f.Set("Input.Name", "Tuvalu Islands"); f.Set("Input.Demonyms", "Tuvaluan, Ellice Islander"); }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/countries/TV", saved.Headers.Location!.OriginalString);
        }
        var page = await editor.GetStringAsync("/countries/TV");
        Assert.Contains("Tuvalu Islands", page);
        Assert.Contains("id=\"history-heading\"", page);
        Assert.Contains("editor-", page); // who changed it
        Assert.Contains("Ellice Islander", page);

        using var recoded = await editor.SubmitPageFormAsync("/countries/TV/edit", f => f.Set("Input.Code", "TW"));
        Assert.Matches("data-valmsg-for=\"Input.Code\"[^>]*>A country&#x27;s code cannot change", await recoded.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ANewCountryNeedsATwoLetterCode()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var bad = await editor.PostFormAsync("/countries/create", new Dictionary<string, string> { ["Input.Code"] = "X1", ["Input.Name"] = "Nowhere" });
        Assert.Matches("data-valmsg-for=\"Input.Code\"[^>]*>Give the two-letter ISO 3166-1 code.<", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnEditorRecordsAnOrganisationSeesItListedAndDeletesIt()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var name = Unique("Test Forces ");
        using var created = await editor.PostFormAsync("/organisations/create", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Acronym"] = "TF", ["Input.Kind"] = "ArmedForces", ["Input.CountryCode"] = "DK",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDbAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).FirstAsync());
        var list = await editor.GetStringAsync("/organisations");
        Assert.Contains(name, list);
        Assert.Contains($"/organisations/{id}/edit", list);

        using var missing = await editor.SubmitPageFormAsync($"/organisations/{id}/edit", f => f.Set("Input.Name", ""));
        Assert.Matches("data-valmsg-for=\"Input.Name\"[^>]*>This field is required.<", await missing.Content.ReadAsStringAsync());

        using var deleted = await editor.PostFormAsync($"/organisations/{id}/edit?handler=Delete", new Dictionary<string, string> { ["Input.Version"] = "1" }, $"/organisations/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain(name, await editor.GetStringAsync("/organisations"));
    }

    [Fact]
    public async Task AnEditorRecordsAPersonWithRolesAndABadRoleIsRefusedNextToItsRow()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var name = Unique("Test Person ");
        using var created = await editor.PostFormAsync("/people/create", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Roles[0].Title"] = "Test Minister", ["Input.Roles[0].CountryCode"] = "IQ", ["Input.Roles[0].From"] = "2019-01-01",
            ["Input.Roles[1].Title"] = "", // a blank row is not a role
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var page = await editor.GetStringAsync(url);
        Assert.Contains("Test Minister", page);
        Assert.Contains($"href=\"{url}/edit\"", page);
        Assert.Contains($"href=\"{url}\">{name}</a>", await editor.GetStringAsync("/people?q=" + Uri.EscapeDataString(name)));

        using var backwards = await editor.SubmitPageFormAsync(url + "/edit", f =>
        {
            f.Set("Input.Roles[1].Title", "Test Adviser");
            f.Set("Input.Roles[1].From", "2021-05-01");
            f.Set("Input.Roles[1].To", "2020-01-01");
            f.Set("Input.Roles[1].CountryCode", "QQ");
        });
        Assert.Equal(HttpStatusCode.OK, backwards.StatusCode);
        var html = await backwards.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Roles\\[1\\].To\"[^>]*>The end of a role comes after its start.<", html);
        Assert.Matches("data-valmsg-for=\"Input.Roles\\[1\\].CountryCode\"[^>]*>Unknown country codes: QQ.<", html);
        Assert.Contains("value=\"Test Adviser\"", html);

        using (var removed = await editor.SubmitPageFormAsync(url + "/edit", f => f.Set("Input.Roles[0].Remove", "true")))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }
        Assert.DoesNotContain("Test Minister", (await editor.GetStringAsync(url)).Split("id=\"history-heading\"")[0]);
    }

    [Fact]
    public async Task RenamingAPersonRenamesTheSpeakerOfTheirStatements()
    {
        var api = await factory.CreateKeyedClientAsync();
        var before = Unique("Speaker Before ");
        var statement = await api.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = before, saidOn = "2020-02-12", text = "A statement whose speaker is renamed.", kind = "direct", sourceIds = new[] { 1 },
        });
        var personId = statement.GetProperty("speakerId").GetInt32();
        var editor = await factory.SignInAsync(Roles.Editor);
        var after = Unique("Speaker After ");

        using (var saved = await editor.SubmitPageFormAsync($"/people/{personId}/edit", f => f.Set("Input.Name", after)))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var page = await editor.GetStringAsync($"/statements/{statement.GetProperty("id").GetInt32()}");
        Assert.Contains(after, page);
        Assert.DoesNotContain(before, page);
    }

    [Fact]
    public async Task TheTransfersBoardNamesTheCountry()
    {
        var api = await factory.CreateKeyedClientAsync();
        await api.PostJsonAsync("/api/v1/transfers", new { countryCode = "LU", fromMission = "global-coalition", toMission = "nmi", count = 7, statusOn = "2020-02-15", sourceIds = new[] { 1 } });
        var board = await factory.CreateBrowserLikeClient().GetStringAsync($"/transfers?country=LU&unique={Guid.NewGuid():N}");
        Assert.Contains(">Luxembourg</a>", board);
        Assert.Contains(">Luxembourg</a>", await factory.CreateBrowserLikeClient().GetStringAsync($"/missions/nmi?unique={Guid.NewGuid():N}"));
    }

    [Fact]
    public async Task ACountryOthersReferToIsNotDeletedAndTheFormSaysWhy()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var version = await factory.WithDbAsync(db => db.Countries.Where(c => c.Code == "IQ").Select(c => c.Version).FirstAsync());
        using var refused = await editor.PostFormAsync("/countries/IQ/edit?handler=Delete",
            new Dictionary<string, string> { ["Input.Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/countries/IQ/edit");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("records that still refer to it", await refused.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.Countries.AnyAsync(c => c.Code == "IQ")));
    }
}
