using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Caching;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MissionTracker.Tests.Features.Caching;

/// <summary>
/// Statement pages of the API take each record's JSON from the record cache when it holds it: the answer is the same as
/// serialising the page, and a write evicts the records it changed before anyone can read them again.
/// Requests carry a read key, so the output cache never answers them and every page goes through the record cache.
/// </summary>
public sealed class RecordJsonCacheTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static readonly byte[] Old = [1];

    private async Task<(HttpClient Writer, HttpClient Reader, int SourceId)> ClientsAsync()
    {
        var writer = await factory.CreateKeyedClientAsync();
        var reader = await factory.CreateKeyedClientAsync(ApiKeyScope.Read);
        return (writer, reader, await writer.CreateSourceAsync());
    }

    [Fact]
    public async Task APageFromTheRecordCacheIsTheSerialisedPage()
    {
        var (writer, reader, sourceId) = await ClientsAsync();
        var speaker = $"Cached Speaker {Guid.NewGuid():N}";
        for (var i = 0; i < 3; i++)
        {
            await writer.PostJsonAsync("/api/v1/statements", new
            {
                speakerName = speaker, saidOn = $"2021-05-0{i + 1}", text = $"Cached \"quoted\" statement {i}, with ünïcode.", kind = "direct",
                missions = new[] { "nmi", "global-coalition" }, topics = new[] { "a", "b" }, sourceIds = new[] { sourceId },
            });
        }
        var url = $"/api/v1/statements?speaker={Uri.EscapeDataString(speaker)}&pageSize=2";

        var first = await reader.GetStringAsync(url);
        var second = await reader.GetStringAsync(url);

        Assert.Equal(first, second);
        // The bytes the serialiser makes of the same page, read the usual way.
        var expected = await factory.WithDbAsync(async db =>
        {
            var service = new StatementService(db);
            var page = await service.List(new StatementFilter { Speaker = speaker }, new ValidationErrors()).PageAsync(new ListRequest { PageSize = 2 }, CancellationToken.None);
            var json = factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return JsonSerializer.Serialize(page, json);
        });
        Assert.Equal(expected, second);
        var items = JsonDocument.Parse(second).RootElement.Items();
        Assert.Equal(2, items.Count);
        Assert.Equal("Cached \"quoted\" statement 2, with ünïcode.", items[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task EditingAStatementShowsInTheNextPageAtOnce()
    {
        var (writer, reader, sourceId) = await ClientsAsync();
        var speaker = $"Edited Speaker {Guid.NewGuid():N}";
        var created = await writer.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = speaker, saidOn = "2021-06-01", text = "Before the edit.", kind = "direct", sourceIds = new[] { sourceId },
        });
        var id = created.GetProperty("id").GetInt32();
        var url = $"/api/v1/statements?speaker={Uri.EscapeDataString(speaker)}";
        Assert.Equal("Before the edit.", (await reader.GetJsonAsync(url)).Items()[0].GetProperty("text").GetString());

        using var replaced = await writer.PutAsJsonAsync($"/api/v1/statements/{id}", new
        {
            speakerName = speaker, saidOn = "2021-06-01", text = "After the edit.", kind = "paraphrase", sourceIds = new[] { sourceId },
        });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var item = (await reader.GetJsonAsync(url)).Items()[0];
        Assert.Equal("After the edit.", item.GetProperty("text").GetString());
        Assert.Equal("Paraphrase", item.GetProperty("kind").GetString());
        Assert.Equal(2, item.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task RenamingTheSpeakerShowsInTheNextPageAtOnce()
    {
        var (writer, reader, sourceId) = await ClientsAsync();
        var person = await writer.PostJsonAsync("/api/v1/people", new { name = $"Before {Guid.NewGuid():N}" });
        var personId = person.GetProperty("id").GetInt32();
        await writer.PostJsonAsync("/api/v1/statements", new { speakerId = personId, saidOn = "2021-07-01", text = "Said.", kind = "direct", sourceIds = new[] { sourceId } });
        var url = $"/api/v1/statements?speaker={personId}";
        await reader.GetStringAsync(url);

        var renamed = $"After {Guid.NewGuid():N}";
        using var response = await writer.PutAsJsonAsync($"/api/v1/people/{personId}", new { name = renamed });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        Assert.Equal(renamed, (await reader.GetJsonAsync(url)).Items()[0].GetProperty("speakerName").GetString());
    }

    [Fact]
    public async Task DeletingAStatementTakesItOutOfTheNextPage()
    {
        var (writer, reader, sourceId) = await ClientsAsync();
        var speaker = $"Deleted Speaker {Guid.NewGuid():N}";
        var created = await writer.PostJsonAsync("/api/v1/statements", new { speakerName = speaker, saidOn = "2021-08-01", text = "Soon gone.", kind = "direct", sourceIds = new[] { sourceId } });
        var url = $"/api/v1/statements?speaker={Uri.EscapeDataString(speaker)}";
        Assert.Single((await reader.GetJsonAsync(url)).Items());

        using var deleted = await writer.DeleteAsync($"/api/v1/statements/{created.GetProperty("id").GetInt32()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        Assert.Empty((await reader.GetJsonAsync(url)).Items());
    }

    [Fact]
    public void JsonReadBeforeAnEvictionIsNotKept()
    {
        var cache = new RecordJsonCache(1024 * 1024);
        var before = cache.Generation(CacheTags.Statements);

        cache.Evict([CacheTags.Statements]);
        cache.Store(CacheTags.Statements, before, [new(1, Old)]);

        Assert.False(cache.TryGet(CacheTags.Statements, 1, out _));
        cache.Store(CacheTags.Statements, cache.Generation(CacheTags.Statements), [new(1, Old)]);
        Assert.True(cache.TryGet(CacheTags.Statements, 1, out var kept));
        Assert.Equal(Old, kept.ToArray());
    }

    [Fact]
    public void AnEvictionOfAnotherTagKeepsTheRecords()
    {
        var cache = new RecordJsonCache(1024 * 1024);
        cache.Store(CacheTags.Statements, cache.Generation(CacheTags.Statements), [new(1, Old)]);

        cache.Evict([CacheTags.Sources]);

        Assert.True(cache.TryGet(CacheTags.Statements, 1, out _));
        cache.Evict([CacheTags.Statements]);
        Assert.False(cache.TryGet(CacheTags.Statements, 1, out _));
    }

    [Fact]
    public void AFullCacheStartsAgainRatherThanGrow()
    {
        // Room for two 1 MB slabs and their entries' overhead, not three.
        var cache = new RecordJsonCache(2 * 1024 * 1024 + 100_000);
        var generation = cache.Generation(CacheTags.Statements);
        var record = new byte[100_000];

        cache.Store(CacheTags.Statements, generation, [.. Enumerable.Range(1, 25).Select(id => new KeyValuePair<int, byte[]>(id, record))]);

        // Ten records fill a slab: the third slab (records 21-25) did not fit beside the first two, so they went.
        Assert.False(cache.TryGet(CacheTags.Statements, 1, out _));
        Assert.False(cache.TryGet(CacheTags.Statements, 20, out _));
        Assert.All(Enumerable.Range(21, 5), id => Assert.True(cache.TryGet(CacheTags.Statements, id, out var json) && json.Length == record.Length));
    }
}
