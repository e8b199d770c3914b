using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Api;

/// <summary>Every resource: create (201 + Location), get (ETag), list, replace, delete (204), then 404.</summary>
public sealed class ResourceCrudTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    public static TheoryData<string> Resources =>
        ["missions", "countries", "organisations", "people", "strength-observations", "transfers", "statements", "sources", "events"];

    private static (object Create, object Replace, string Changed, string ChangedTo) Bodies(string resource, int sourceId, string mission, string mission2, string unique) => resource switch
    {
        "missions" => (new { slug = $"x-{unique}", name = "Test mission", kind = "combat" },
            new { slug = $"x-{unique}", name = "Renamed mission", kind = "Combat", hostCountryCode = "IQ" }, "name", "Renamed mission"),
        "countries" => (new { code = CountryCode(unique), name = "Testland", demonyms = new[] { "Testish" } },
            new { code = CountryCode(unique), name = "Testland Republic" }, "name", "Testland Republic"),
        "organisations" => (new { name = $"Org {unique}", kind = "alliance" }, new { name = $"Org {unique}", acronym = "ORG", kind = "Alliance", countryCode = "ES" }, "acronym", "ORG"),
        "people" => (new { name = $"Person {unique}" }, new { name = $"Person {unique}", roles = new[] { new { title = "Minister", countryCode = "ES", from = "2020-01-01" } } },
            "name", $"Person {unique}"),
        "strength-observations" => (new { mission, countryCode = "IT", observedOn = "2020-02-12", count = 10, sourceIds = new[] { sourceId } },
            new { mission, countryCode = "IT", observedOn = "2020-02-12", count = 10, role = "advisers", sourceIds = new[] { sourceId } }, "role", "advisers"),
        "transfers" => (new { countryCode = "IT", fromMission = mission, toMission = mission2, count = 5, statusOn = "2020-02-12", sourceIds = new[] { sourceId } },
            new { countryCode = "IT", fromMission = mission, toMission = mission2, count = 5, notes = "Revised", sourceIds = new[] { sourceId } }, "notes", "Revised"),
        "statements" => (new { speakerName = "Crud Speaker", saidOn = "2020-02-12", text = "Said.", kind = "direct", sourceIds = new[] { sourceId } },
            new { speakerName = "Crud Speaker", saidOn = "2020-02-12", text = "Said again.", kind = "direct", sourceIds = new[] { sourceId } }, "text", "Said again."),
        "sources" => (new { title = "Crud source", outlet = "Wire", url = $"https://example.org/c/{Guid.NewGuid():N}", publishedOn = "2020-02-12", text = $"Article text {Guid.NewGuid():N}." },
            new { title = "Crud source, corrected", outlet = "Wire", url = $"https://example.org/c/{Guid.NewGuid():N}", publishedOn = "2020-02-12" }, "title", "Crud source, corrected"),
        "events" => (new { occurredOn = "2020-02-12", title = "Crud event", kind = "vote", sourceIds = new[] { sourceId } },
            new { occurredOn = "2020-02-12", title = "Crud event, renamed", kind = "vote", countries = new[] { "IQ" }, sourceIds = new[] { sourceId } }, "title", "Crud event, renamed"),
        _ => throw new ArgumentOutOfRangeException(nameof(resource)),
    };

    /// <summary>A user-assigned ISO code (QM–QZ), never in the seeded ISO list.</summary>
    private static string CountryCode(string unique) => "Q" + (char)('M' + (unique.GetHashCode() & 0x7fffffff) % 14);

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryResourceSupportsCreateGetListReplaceAndDelete(string resource)
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var (create, replace, changed, changedTo) = Bodies(resource, sourceId, await client.CreateMissionAsync(), await client.CreateMissionAsync(),
            Guid.NewGuid().ToString("N")[..8]);

        using var created = await client.PostAsJsonAsync($"/api/v1/{resource}", create);
        var body = await created.JsonAsync(HttpStatusCode.Created);
        var url = created.Headers.Location!.OriginalString;
        Assert.StartsWith($"/api/v1/{resource}/", url);
        Assert.Equal(1, body.GetProperty("version").GetInt64());

        using var get = await client.GetAsync(url);
        Assert.Equal(body.ToString(), (await get.JsonAsync(HttpStatusCode.OK)).ToString());
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        Assert.NotEmpty((await client.GetJsonAsync($"/api/v1/{resource}?pageSize=200&updatedSince={Uri.EscapeDataString(body.GetProperty("createdAt").GetString()!.Replace("Z", "", StringComparison.Ordinal))}Z")).Items());

        using var put = await client.PutAsJsonAsync(url, replace);
        var replaced = await put.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(changedTo, replaced.GetProperty(changed).GetString());
        Assert.Equal(2, replaced.GetProperty("version").GetInt64());
        Assert.Equal("\"2\"", put.Headers.ETag?.Tag);

        using var delete = await client.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PutAsJsonAsync(url, replace)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryResourceAnswersAnEmptyBodyWithFieldErrors(string resource)
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync($"/api/v1/{resource}", new { });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
    }

    [Fact]
    public async Task ASourceThatIsStillCitedCannotBeDeleted()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        await client.PostJsonAsync("/api/v1/events", new { occurredOn = "2020-02-12", title = "Cited", sourceIds = new[] { sourceId } });

        var problem = await (await client.DeleteAsync($"/api/v1/sources/{sourceId}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("refer", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheSlugOfTheNewMissionFormIsRefusedNextToTheField()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/missions", new { slug = "create", name = "Create", kind = "combat" });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("new-mission form", problem.GetProperty("errors").GetProperty("slug")[0].GetString());
    }

    [Fact]
    public async Task ADuplicateMissionSlugIsAConflict()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/missions", new { slug = "nmi", name = "Another NMI", kind = "combat" });
        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task SourceSearchFindsTitlesAndArticleText()
    {
        var client = await factory.CreateKeyedClientAsync();
        var word = "Qayyarah" + Guid.NewGuid().ToString("N")[..6];
        var inText = await client.CreateSourceAsync("Unrelated title", $"Troops left the {word} base.");
        var inTitle = await client.CreateSourceAsync($"{word} handed over");

        var found = (await client.GetJsonAsync($"/api/v1/sources?q={word.ToUpperInvariant()}")).Items().Select(s => s.GetProperty("id").GetInt32()).Order();

        Assert.Equal(new[] { inText, inTitle }.Order(), found);
        var stored = await client.GetJsonAsync($"/api/v1/sources/{inText}");
        Assert.Equal($"Troops left the {word} base.", stored.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AMissionTimelineListsEventsStatusChangesAndStatementsInDateOrder()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        var other = await client.CreateMissionAsync();
        await client.PostJsonAsync("/api/v1/statements", new { speakerName = "Timeline Speaker", saidOn = "2021-03-01", text = "Later words.", kind = "direct", missions = new[] { mission }, sourceIds = new[] { sourceId } });
        await client.PostJsonAsync("/api/v1/events", new { occurredOn = "2021-01-01", title = "Start", missions = new[] { mission }, sourceIds = new[] { sourceId } });
        await client.PostJsonAsync("/api/v1/transfers", new { countryCode = "FR", fromMission = other, toMission = mission, count = 3, statusOn = "2021-02-01", sourceIds = new[] { sourceId } });

        var timeline = await client.GetJsonAsync($"/api/v1/missions/{mission}/timeline");

        var entries = timeline.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["Event", "TransferStatus", "Statement"], entries.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(["2021-01-01", "2021-02-01", "2021-03-01"], entries.Select(e => e.GetProperty("on").GetString()));
        Assert.All(entries, e => Assert.Equal([sourceId], e.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32())));
        var narrowed = await client.GetJsonAsync($"/api/v1/missions/{mission}/timeline?from=2021-01-15&to=2021-02-15");
        Assert.Equal("TransferStatus", Assert.Single(narrowed.GetProperty("entries").EnumerateArray()).GetProperty("kind").GetString());
    }
}
