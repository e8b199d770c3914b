using System.Net;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Pages;

public sealed class StatementPagesTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static Dictionary<string, string> Form(string text, string speaker, string version = "") => new()
    {
        ["Input.Text"] = text,
        ["Input.SpeakerName"] = speaker,
        ["Input.SaidOn"] = "2020-02-14",
        ["Input.Kind"] = "Direct",
        ["Input.Missions"] = "nmi",
        ["Input.SourceIds"] = "1",
        ["Input.Version"] = version,
    };

    private async Task<int> CreateAsync(HttpClient editor, string text, string speaker)
    {
        using var created = await editor.PostFormAsync("/statements/create", Form(text, speaker));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AnEditorRecordsAStatementThatSearchAndTheSpeakerPageFind()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var word = "Zephyrine" + Guid.NewGuid().ToString("N")[..6];
        var id = await CreateAsync(editor, $"The {word} brigade will train Iraqi officers.", "Page Test Speaker");

        var detail = await editor.GetStringAsync($"/statements/{id}");
        Assert.Contains(word, detail);
        Assert.Contains("Added", detail); // its history

        var search = await editor.GetStringAsync($"/statements?q={word}");
        Assert.Contains($"<mark>{word}</mark>", search);

        var personId = await factory.WithDbAsync(db => db.People.Where(p => p.Name == "Page Test Speaker").Select(p => p.Id).FirstAsync());
        Assert.Contains(word, await editor.GetStringAsync($"/people/{personId}"));
    }

    [Fact]
    public async Task AStatementsPageNamesTheSourcesItCites()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "A statement that cites the seeded article.", "Citing Speaker " + Guid.NewGuid().ToString("N")[..6]);
        var title = await factory.WithDbAsync(db => db.Sources.Where(s => s.Id == 1).Select(s => s.Title).FirstAsync());

        var html = await editor.GetStringAsync($"/statements/{id}");

        Assert.Contains($"<a href=\"/sources/1\">{System.Net.WebUtility.HtmlEncode(title)}</a>", html);
        Assert.DoesNotContain(">source 1<", html);
    }

    [Fact]
    public async Task EditingAStatementKeepsACitationOfAnOldSourceBeyondTheNewestOnesListed()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var oldId = await factory.WithDbAsync(async db =>
        {
            var old = new MissionTracker.Web.Features.Sources.Source { Title = "Old archive article " + tag, PublishedOn = new DateOnly(1991, 1, 17) };
            db.Sources.Add(old);
            // More newer sources than the form lists by date.
            db.Sources.AddRange(Enumerable.Range(0, 210).Select(i => new MissionTracker.Web.Features.Sources.Source { Title = $"Newer article {tag} {i}", PublishedOn = new DateOnly(2030, 1, 1) }));
            await db.SaveChangesAsync();
            return old.Id;
        });
        var form = Form("A statement citing an archive article.", "Archive Speaker " + tag);
        form["Input.SourceIds"] = oldId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var created = await editor.PostFormAsync("/statements/create", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.Headers.Location!.OriginalString.Split('/')[^1];

        var edit = await editor.GetStringAsync($"/statements/{id}/edit");
        Assert.Matches($"<option value=\"{oldId}\" selected=\"selected\">Old archive article {tag}", edit);
        using (var saved = await editor.SubmitPageFormAsync($"/statements/{id}/edit", f => f.Set("Input.Occasion", "Archive interview")))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var statementId = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([oldId], await factory.WithDbAsync(db => db.Citations.Where(c => c.StatementId == statementId).Select(c => c.SourceId).ToListAsync()));
    }

    [Fact]
    public async Task AMissingTextIsShownNextToTheField()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        using var response = await editor.PostFormAsync("/statements/create", Form("", "Someone"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Text\"[^>]*>This field is required.<", html);
    }

    [Fact]
    public async Task MarkupInASearchResultIsEncodedAroundTheHighlights()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var word = "Quillon" + Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(editor, $"<b>{word}</b><script>alert(1)</script>", "Markup Speaker");

        var html = await editor.GetStringAsync($"/statements?q={word}");

        Assert.Contains($"&lt;b&gt;<mark>{word}</mark>&lt;/b&gt;&lt;script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task ASaveAgainstAnOlderVersionShowsBothVersionsAndOverwritesNothing()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "First wording of the statement.", "Conflict Speaker");
        using (var first = await editor.PostFormAsync($"/statements/{id}/edit", Form("Second wording, saved first.", "Conflict Speaker", "1")))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var stale = await editor.PostFormAsync($"/statements/{id}/edit", Form("Third wording, from a stale form.", "Conflict Speaker", "1"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Edit conflict", html);
        Assert.Contains("Third wording, from a stale form.", html);
        Assert.Contains("Second wording, saved first.", html);
        var saved = await factory.WithDbAsync(db => db.Statements.Where(s => s.Id == id).Select(s => new { s.Text, Speaker = s.Speaker!.Name }).FirstAsync());
        Assert.Equal("Second wording, saved first.", saved.Text);
        Assert.Equal("Conflict Speaker", saved.Speaker);
    }

    [Fact]
    public async Task ViewersAndAnonymousVisitorsCannotEdit()
    {
        using var anonymous = await factory.CreateBrowserLikeClient().GetAsync("/statements/create");
        Assert.StartsWith("/account/login", anonymous.Headers.Location?.PathAndQuery);
        var viewer = await factory.SignInAsync(Roles.Viewer);
        using var denied = await viewer.GetAsync("/statements/create");
        Assert.StartsWith("/account/access-denied", denied.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task AnEditorDeletesAStatementAndItsHistoryStays()
    {
        var editor = await factory.SignInAsync(Roles.Editor);
        var id = await CreateAsync(editor, "A statement to delete.", "Delete Speaker");
        using var deleted = await editor.PostFormAsync($"/statements/{id}/edit?handler=Delete", new Dictionary<string, string> { ["Input.Version"] = "1" }, $"/statements/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Statements.AnyAsync(s => s.Id == id)));
        var actions = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Statement" && a.EntityId == id.ToString()).Select(a => a.Action).ToListAsync());
        Assert.Contains(MissionTracker.Web.Features.History.AuditAction.Deleted, actions);
        Assert.All(await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Statement" && a.EntityId == id.ToString()).Select(a => a.Actor).ToListAsync()),
            actor => Assert.StartsWith("editor-", actor));
    }

    [Fact]
    public async Task FiltersLiveInTheQueryStringAndEmptyResultsSayWhatToDo()
    {
        var html = await factory.CreateBrowserLikeClient().GetStringAsync("/statements?mission=nmi&kind=Paraphrase&from=2030-01-01");
        Assert.Contains("No statement matches these filters", html);
        Assert.Contains("value=\"2030-01-01\"", html);
    }
}
