using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.Security;

namespace MissionTracker.Tests.Features.Caching;

/// <summary>Anonymous reads come from the output cache until a write makes them stale; nothing that depends on who asks is cached.</summary>
public sealed class OutputCacheTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private readonly HttpClient _anonymous = factory.CreateClient();

    /// <summary>The output cache sets Age on the answers it serves from memory.</summary>
    private static bool FromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>Asks for <paramref name="url"/> twice: an answer is stored once its address has been asked before.</summary>
    private async Task StoreAsync(string url)
    {
        for (var i = 0; i < 2; i++)
        {
            using var response = await _anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task AnAnonymousReadAskedAgainIsStoredAndThenServedFromTheCache()
    {
        const string url = "/api/v1/statements?pageSize=3&sort=-id";
        using var first = await _anonymous.GetAsync(url);
        using var second = await _anonymous.GetAsync(url);
        using var third = await _anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        // Asked once, an answer is not stored (a list at a cursor nobody else reaches would only fill the cache).
        Assert.False(FromCache(first));
        Assert.False(FromCache(second));
        Assert.True(FromCache(third));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnExportIsStoredTheFirstTimeItIsAsked()
    {
        // Dear to compute again, unlike a JSON page: 32 clients asking for a new export at once would each compute it.
        const string url = "/api/v1/statements?format=csv&kind=direct";
        using var first = await _anonymous.GetAsync(url);
        using var second = await _anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(FromCache(first));
        Assert.True(FromCache(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ManyMissesOfOneAddressAtOnceStoreItAndAfterAWriteItIsStoredAgain()
    {
        // Asked before (a JSON answer asked once is not stored), then by many at once: the first miss computes the answer
        // and stores it, the others wait for it and are served what it stored. Its claim to copy the answer ends with its
        // response.
        var url = $"/api/v1/statements?pageSize={Random.Shared.Next(20, 90)}&sort=-id";
        (await _anonymous.GetAsync(url)).Dispose();
        var misses = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await _anonymous.GetAsync(url);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(), Cached: FromCache(response));
        }));
        Assert.All(misses, m => Assert.Equal(HttpStatusCode.OK, m.StatusCode));
        Assert.Single(misses.Select(m => m.Body).Distinct());
        // One computed it; a second only if its lookup and the first's ran at the same instant.
        Assert.InRange(misses.Count(m => !m.Cached), 1, 2);
        using (var cached = await _anonymous.GetAsync(url))
        {
            Assert.True(FromCache(cached));
        }

        var writer = await factory.CreateKeyedClientAsync();
        await writer.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = "Claim Tester", saidOn = "2020-03-01", text = "Evicts the statements.", kind = "direct",
            missions = new[] { "nmi" }, sourceIds = new[] { await writer.CreateSourceAsync() },
        });

        using var afterWrite = await _anonymous.GetAsync(url);
        using var again = await _anonymous.GetAsync(url);
        Assert.False(FromCache(afterWrite));
        Assert.Contains("Evicts the statements.", await afterWrite.Content.ReadAsStringAsync());
        Assert.True(FromCache(again));
    }

    [Fact]
    public async Task ManyRequestsForADashboardNoCacheHoldsComputeItOnce()
    {
        var url = $"/?mission=nmi&asOf=2020-0{Random.Shared.Next(1, 10)}-01";
        var writer = await factory.CreateKeyedClientAsync();
        await writer.CreateSourceAsync(); // a write: no dashboard is cached now

        var pages = await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
        {
            using var response = await _anonymous.GetAsync(url);
            return (response.StatusCode, Cached: FromCache(response));
        }));

        Assert.All(pages, p => Assert.Equal(HttpStatusCode.OK, p.StatusCode));
        Assert.InRange(pages.Count(p => !p.Cached), 1, 2);
    }

    [Fact]
    public async Task TheAnonymousDashboardIsServedFromTheCache()
    {
        using var first = await _anonymous.GetAsync("/?mission=nmi");
        using var second = await _anonymous.GetAsync("/?mission=nmi");

        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.True(FromCache(second));
    }

    [Fact]
    public async Task AReadAfterAWriteShowsTheWrite()
    {
        var writer = await factory.CreateKeyedClientAsync();
        var sourceId = await writer.CreateSourceAsync();
        const string list = "/api/v1/statements?pageSize=5";
        // Cache the list, the dashboard and (below) the record before each write.
        await StoreAsync(list);
        await StoreAsync("/");

        var created = await writer.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = "Cache Tester", saidOn = "2099-01-01", text = "Written just now, read at once.", kind = "direct",
            missions = new[] { "nmi" }, sourceIds = new[] { sourceId },
        });
        var id = created.GetProperty("id").GetInt32();

        var listed = await _anonymous.GetJsonAsync(list);
        Assert.Equal(id, listed.Items()[0].GetProperty("id").GetInt32());
        Assert.Contains("Written just now, read at once.", await _anonymous.GetStringAsync("/"));

        await StoreAsync($"/api/v1/statements/{id}");
        Assert.Equal("Written just now, read at once.", (await _anonymous.GetJsonAsync($"/api/v1/statements/{id}")).GetProperty("text").GetString());
        using var replaced = await writer.PutAsJsonAsync($"/api/v1/statements/{id}", new
        {
            speakerName = "Cache Tester", saidOn = "2099-01-01", text = "Corrected.", kind = "direct",
            missions = new[] { "nmi" }, sourceIds = new[] { sourceId },
        });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Corrected.", (await _anonymous.GetJsonAsync($"/api/v1/statements/{id}")).GetProperty("text").GetString());
        Assert.Equal("Corrected.", (await _anonymous.GetJsonAsync(list)).Items()[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task UnderManyReadersOfOneListEveryWriteShowsInTheNextRead()
    {
        // Readers keep the list's address being looked up and computed again after each write, so a writer's read after its
        // write often meets a lookup or a computation begun before the write: it must not be served what they found.
        var writer = await factory.CreateKeyedClientAsync();
        var sourceId = await writer.CreateSourceAsync();
        var list = $"/api/v1/statements?pageSize={Random.Shared.Next(2, 9)}&sort=-id";
        using var done = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!done.IsCancellationRequested)
            {
                using var response = await _anonymous.GetAsync(list);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        })).ToList();

        var stale = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var id = (await writer.PostJsonAsync("/api/v1/statements", new
            {
                speakerName = "Busy Reader", saidOn = "2020-03-02", text = $"Write {i} under readers.", kind = "direct",
                missions = new[] { "nmi" }, sourceIds = new[] { sourceId },
            })).GetProperty("id").GetInt32();
            using var read = await _anonymous.GetAsync(list);
            var first = (await read.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Items()[0].GetProperty("id").GetInt32();
            if (first != id)
            {
                stale.Add($"wrote {id}, read {first} first{(FromCache(read) ? " from the cache" : "")}");
            }
        }
        await done.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Empty(stale);
    }

    [Fact]
    public async Task RenamingASpeakerShowsInTheCachedStatementList()
    {
        var writer = await factory.CreateKeyedClientAsync();
        var sourceId = await writer.CreateSourceAsync();
        var person = await writer.PostJsonAsync("/api/v1/people", new { name = $"Before {Guid.NewGuid():N}" });
        var personId = person.GetProperty("id").GetInt32();
        await writer.PostJsonAsync("/api/v1/statements", new { speakerId = personId, saidOn = "2020-01-01", text = "Said.", kind = "direct", sourceIds = new[] { sourceId } });
        var url = $"/api/v1/statements?speaker={personId}";
        await StoreAsync(url);

        var renamed = $"After {Guid.NewGuid():N}";
        using var response = await writer.PutAsJsonAsync($"/api/v1/people/{personId}", new { name = renamed });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(renamed, (await _anonymous.GetJsonAsync(url)).Items()[0].GetProperty("speakerName").GetString());
    }

    [Fact]
    public async Task TheStatementsSearchPageIsCachedAndShowsAWriteAtOnce()
    {
        var writer = await factory.CreateKeyedClientAsync();
        var sourceId = await writer.CreateSourceAsync();
        var word = $"cachedword{Guid.NewGuid():N}";
        var url = $"/statements?q={word}";
        using (var first = await _anonymous.GetAsync(url))
        {
            Assert.False(FromCache(first));
            Assert.Contains("No statement matches these filters", await first.Content.ReadAsStringAsync());
        }
        // A page (unlike the API's JSON) is stored the first time: it is dear to compute again.
        using (var second = await _anonymous.GetAsync(url))
        {
            Assert.True(FromCache(second));
        }

        await writer.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = "Page Cache Tester", saidOn = "2021-09-01", text = $"Now the page finds {word}.", kind = "direct", sourceIds = new[] { sourceId },
        });

        using var after = await _anonymous.GetAsync(url);
        Assert.False(FromCache(after));
        Assert.Contains("Page Cache Tester", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadsWithAKeyAreNeitherServedFromNorStoredInTheCache()
    {
        var reader = await factory.CreateKeyedClientAsync(Web.Infrastructure.Security.ApiKeys.ApiKeyScope.Read);
        const string url = "/api/v1/sources?pageSize=2&sort=-id";
        await StoreAsync(url);
        using var cached = await _anonymous.GetAsync(url);
        Assert.True(FromCache(cached));

        using var keyed = await reader.GetAsync(url);
        using var keyedAgain = await reader.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
        Assert.False(FromCache(keyed));
        Assert.False(FromCache(keyedAgain));
    }

    [Fact]
    public async Task TheDashboardOfASignedInUserIsTheirsAndNotCached()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        await anonymous.GetStringAsync("/");
        var (email, password) = await factory.CreateUserAsync(Roles.Editor);
        var signedIn = factory.CreateBrowserLikeClient();
        using (var login = await signedIn.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        using var mine = await signedIn.GetAsync("/");
        var html = await mine.Content.ReadAsStringAsync();

        Assert.False(FromCache(mine));
        Assert.Contains(email, html);
        Assert.Contains("Sign out", html);
        using var theirs = await anonymous.GetAsync("/");
        var anonymousHtml = await theirs.Content.ReadAsStringAsync();
        Assert.DoesNotContain(email, anonymousHtml);
        Assert.Contains("Sign in", anonymousHtml);
    }

    [Fact]
    public async Task CsvAskedForByTheAcceptHeaderIsNotAnsweredWithCachedJson()
    {
        const string url = "/api/v1/statements?pageSize=2&mission=nmi";
        await StoreAsync(url);
        using (var cached = await _anonymous.GetAsync(url))
        {
            Assert.True(FromCache(cached));
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await _anonymous.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,", await response.Content.ReadAsStringAsync());
    }
}
