using System.Net;
using System.Text;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Api;

public sealed class PagingAndExportTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static async Task<int> CreateEventAsync(HttpClient client, string mission, string occurredOn, int sourceId, string title = "An event") =>
        (await client.PostJsonAsync("/api/v1/events", new { occurredOn, title, kind = "meeting", missions = new[] { mission }, sourceIds = new[] { sourceId } }))
        .GetProperty("id").GetInt32();

    [Fact]
    public async Task CursorPagingNeitherRepeatsNorSkipsRowsWhileRowsAreAdded()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        var original = new List<int>();
        for (var day = 1; day <= 7; day++)
        {
            // Two events share each of some dates, so the id breaks ties.
            original.Add(await CreateEventAsync(client, mission, $"2021-01-{(day + 1) / 2:00}", sourceId));
        }

        var seen = new List<int>();
        string? cursor = null;
        var pages = 0;
        int? addedAfterCursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/v1/events?mission={mission}&sort=occurredOn&pageSize=3" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.True(page.Items().Count <= 3);
            seen.AddRange(page.Items().Select(e => e.GetProperty("id").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
            if (++pages == 1)
            {
                // Inserted between pages: one before the cursor (not shown: already passed), one after it (shown once).
                await CreateEventAsync(client, mission, "2020-12-31", sourceId);
                addedAfterCursor = await CreateEventAsync(client, mission, "2021-02-01", sourceId);
            }
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal([.. original, addedAfterCursor!.Value], seen);
        Assert.Equal(3, pages);
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("sort=colour", "sort")]
    [InlineData("format=xml", "format")]
    public async Task BadListParametersAreFieldErrors(string query, string field)
    {
        using var response = await factory.CreateClient().GetAsync($"/api/v1/events?{query}");
        Assert.NotEmpty(await response.FieldErrorsAsync(field));
    }

    [Fact]
    public async Task ACursorFromAnotherSortIsRefused()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        await CreateEventAsync(client, mission, "2021-01-01", sourceId);
        await CreateEventAsync(client, mission, "2021-01-02", sourceId);
        var cursor = (await client.GetJsonAsync($"/api/v1/events?mission={mission}&pageSize=1")).GetProperty("nextCursor").GetString();
        using var response = await client.GetAsync($"/api/v1/events?mission={mission}&pageSize=1&sort=id&cursor={cursor}");
        Assert.NotEmpty(await response.FieldErrorsAsync("cursor"));
    }

    [Fact]
    public async Task CsvExportsEveryFilteredRowWithQuotedCommasQuotesAndNewlines()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        const string tricky = "Talks, \"frank\" ones,\nthen a vote";
        for (var i = 0; i < 3; i++)
        {
            await CreateEventAsync(client, mission, $"2021-05-0{i + 1}", sourceId, i == 1 ? tricky : $"Plain {i}");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/events?mission={mission}&sort=occurredOn&pageSize=1");
        request.Headers.Add("Accept", "text/csv");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = ParseCsv(await response.Content.ReadAsStringAsync());
        Assert.Equal(4, rows.Count);
        var header = rows[0];
        Assert.Equal("id", header[0]);
        var title = header.IndexOf("title");
        Assert.Equal(["Plain 0", tricky, "Plain 2"], rows.Skip(1).Select(r => r[title]));
        Assert.Equal("2021-05-01", rows[1][header.IndexOf("occurredOn")]);
        Assert.Equal("Meeting", rows[1][header.IndexOf("kind")]);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));

        var viaQuery = await client.GetStringAsync($"/api/v1/events?mission={mission}&format=csv");
        Assert.Equal(4, ParseCsv(viaQuery).Count);
    }

    [Fact]
    public async Task ManyExportsAtOnceTakeTurnsAndAllFinishWhole()
    {
        // With a key nothing comes from the cache: each export is read, a few at a time, the others waiting their turn.
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        for (var i = 0; i < 3; i++)
        {
            await CreateEventAsync(client, mission, $"2021-07-0{i + 1}", sourceId, $"Turn {i}");
        }

        var exports = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetStringAsync($"/api/v1/events?mission={mission}&format=csv")));

        Assert.All(exports, csv => Assert.Equal(4, ParseCsv(csv).Count));
        Assert.Single(exports.Distinct());
    }

    [Fact]
    public async Task NdjsonExportsOneJsonObjectPerLine()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        await CreateEventAsync(client, mission, "2021-06-01", sourceId, "Line\nbreak");
        await CreateEventAsync(client, mission, "2021-06-02", sourceId);

        using var response = await client.GetAsync($"/api/v1/events?mission={mission}&format=ndjson&sort=occurredOn");

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Line\nbreak", JsonDocument.Parse(lines[0]).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task UpdatedSinceReturnsOnlyLaterChanges()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        await CreateEventAsync(client, mission, "2021-07-01", sourceId);
        var since = DateTime.UtcNow;
        await Task.Delay(20);
        var later = await CreateEventAsync(client, mission, "2021-07-02", sourceId);

        var page = await client.GetJsonAsync($"/api/v1/events?mission={mission}&updatedSince={Uri.EscapeDataString(since.ToString("O"))}");

        Assert.Equal(later, Assert.Single(page.Items()).GetProperty("id").GetInt32());
    }

    /// <summary>A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        return rows;
    }
}
