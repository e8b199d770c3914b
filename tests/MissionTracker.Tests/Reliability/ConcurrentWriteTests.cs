using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace MissionTracker.Tests.Reliability;

public sealed class ConcurrentWriteTests(MissionTrackerFactory factory, ITestOutputHelper output) : IClassFixture<MissionTrackerFactory>
{
    private const int Clients = 8;
    private const int WritesPerClient = 250;

    [Fact]
    public async Task EightClientsWritingAtOnceLoseNothingDuplicateNothingAndReadsKeepAnswering()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var errors = new ConcurrentBag<string>();
        var expectedTitles = new ConcurrentDictionary<int, string>();
        var created = 0;
        using var stop = new CancellationTokenSource();
        var reads = 0;
        var readErrors = new ConcurrentBag<string>();
        using var readClient = factory.CreateClient();
        var reader = Task.Run(async () =>
        {
            var client = readClient;
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.GetAsync("/api/v1/sources?pageSize=20&sort=-updatedAt");
                Interlocked.Increment(ref reads);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    readErrors.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        });

        var clients = new List<HttpClient>();
        for (var c = 0; c < Clients; c++)
        {
            clients.Add(await factory.CreateKeyedClientAsync());
        }
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(c => Task.Run(async () =>
        {
            using var client = clients[c];
            var mine = new List<(int Id, string ETag)>();
            var random = new Random(c);
            for (var i = 0; i < WritesPerClient; i++)
            {
                var title = $"{run} client {c} write {i}";
                HttpResponseMessage response;
                if (mine.Count == 0 || random.NextDouble() < 0.6)
                {
                    response = await client.PostAsJsonAsync("/api/v1/sources", new { title, outlet = "Load", publishedOn = "2020-02-12" });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
                        mine.Add((id, response.Headers.ETag!.Tag));
                        expectedTitles[id] = title;
                        Interlocked.Increment(ref created);
                    }
                }
                else
                {
                    var at = random.Next(mine.Count);
                    using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/sources/{mine[at].Id}")
                    {
                        Content = JsonContent.Create(new { title, outlet = "Load", publishedOn = "2020-02-12" }),
                    };
                    put.Headers.IfMatch.Add(new EntityTagHeaderValue(mine[at].ETag));
                    response = await client.SendAsync(put);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        mine[at] = (mine[at].Id, response.Headers.ETag!.Tag);
                        expectedTitles[mine[at].Id] = title;
                    }
                }
                if (!response.IsSuccessStatusCode)
                {
                    errors.Add($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                response.Dispose();
            }
        })));
        clock.Stop();
        await stop.CancelAsync();
        await reader;

        output.WriteLine($"{Clients * WritesPerClient} writes in {clock.Elapsed.TotalSeconds:F1} s " +
            $"({Clients * WritesPerClient / clock.Elapsed.TotalSeconds:F0} writes/s), {errors.Count} errors; {reads} reads meanwhile, {readErrors.Count} failed");
        Assert.Empty(errors.Take(5));
        Assert.Empty(readErrors.Take(5));
        Assert.True(reads > 0, "no read answered while the writes ran");

        var stored = await factory.WithDbAsync(db => db.Sources.AsNoTracking()
            .Where(s => s.Title.StartsWith(run)).Select(s => new { s.Id, s.Title }).ToListAsync());
        Assert.Equal(created, stored.Count);
        Assert.Equal(expectedTitles.Count, stored.Count);
        Assert.All(stored, s => Assert.Equal(expectedTitles[s.Id], s.Title));
    }
}
