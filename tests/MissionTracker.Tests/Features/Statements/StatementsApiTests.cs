using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Statements;

public sealed class StatementsApiTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    [Fact]
    public async Task AMinimalStatementIsCreatedWithItsLocationAndAnUnknownSpeakerBecomesAPerson()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var speaker = Unique("Josep Borrell");

        using var response = await client.PostAsJsonAsync("/api/v1/statements",
            new { speakerName = speaker, saidOn = "2020-02-12", text = "We stay in Iraq.", kind = "direct", sourceIds = new[] { sourceId } });

        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/statements/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Direct", created.GetProperty("kind").GetString());
        Assert.Equal("2020-02-12", created.GetProperty("saidOn").GetString());
        Assert.Equal(speaker, created.GetProperty("speakerName").GetString());
        Assert.Equal([sourceId], created.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32()));
        var people = await client.GetJsonAsync($"/api/v1/people?q={Uri.EscapeDataString(speaker)}");
        Assert.Equal(created.GetProperty("speakerId").GetInt32(), Assert.Single(people.Items()).GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task AStatementCanNameItsSpeakerByIdAndCiteASpan()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync(text: "Borrell said: we stay.");
        var person = await client.PostJsonAsync("/api/v1/people", new { name = Unique("Speaker") });

        var created = await client.PostJsonAsync("/api/v1/statements", new
        {
            speakerId = person.GetProperty("id").GetInt32(), saidOn = "2020-02-13", text = "we stay", kind = "Paraphrase",
            missions = new[] { "nmi" }, citations = new[] { new { sourceId, spanStart = 14, spanEnd = 21 } },
        });

        Assert.Equal(person.GetProperty("name").GetString(), created.GetProperty("speakerName").GetString());
        Assert.Equal(["nmi"], created.GetProperty("missions").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal([sourceId], created.GetProperty("sourceIds").EnumerateArray().Select(s => s.GetInt32()));
    }

    [Fact]
    public async Task TheAnswerToACreateOrReplaceIsWhatReadingTheStatementBackShows()
    {
        // The answer is built from the saved entity, not read back: it must not differ from a read.
        var client = await factory.CreateKeyedClientAsync();
        var sources = new[] { await client.CreateSourceAsync(), await client.CreateSourceAsync() };
        var organisation = await client.PostJsonAsync("/api/v1/organisations", new { name = Unique("Quoted Ministry"), kind = "government" });
        var speaker = await client.PostJsonAsync("/api/v1/people", new { name = Unique("Known Speaker") });

        using var created = await client.PostAsJsonAsync("/api/v1/statements", new
        {
            speakerName = Unique("New Speaker"), saidOn = "2020-03-01", text = "First words.", kind = "direct", topics = new[] { "training" },
            missions = new[] { "nmi" }, sourceIds = sources,
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
        Assert.Equal(await client.GetStringAsync($"/api/v1/statements/{id}"), body);

        foreach (object input in new object[]
        {
            new { speakerId = speaker.GetProperty("id").GetInt32(), saidOn = "2020-03-02", text = "By id.", kind = "paraphrase", sourceIds = sources[..1] },
            new { organisationId = organisation.GetProperty("id").GetInt32(), saidOn = "2020-03-03", text = "By the ministry.", kind = "direct", sourceIds = sources[1..] },
            new { speakerName = speaker.GetProperty("name").GetString(), saidOn = "2020-03-04", text = "By name.", kind = "direct", sourceIds = sources },
        })
        {
            using var get = await client.GetAsync($"/api/v1/statements/{id}");
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/statements/{id}") { Content = JsonContent.Create(input) };
            put.Headers.IfMatch.Add(get.Headers.ETag!);
            using var replaced = await client.SendAsync(put);
            var answer = await replaced.Content.ReadAsStringAsync();
            Assert.True(replaced.StatusCode == HttpStatusCode.OK, answer);
            Assert.Equal(await client.GetStringAsync($"/api/v1/statements/{id}"), answer);
        }
    }

    [Fact]
    public async Task PostingAStatementWithoutSourcesIsAFieldError()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/statements",
            new { speakerName = "Someone", saidOn = "2020-02-12", text = "Unsourced.", kind = "direct", sourceIds = Array.Empty<int>() });
        Assert.Contains("At least one source", Assert.Single(await response.FieldErrorsAsync("sourceIds")));
    }

    [Fact]
    public async Task PostingAStatementCitingAnUnknownSourceIsAFieldError()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/statements",
            new { speakerName = "Someone", saidOn = "2020-02-12", text = "x", kind = "direct", sourceIds = new[] { 987654 } });
        Assert.Contains("987654", Assert.Single(await response.FieldErrorsAsync("sourceIds")));
    }

    [Fact]
    public async Task PostingAStatementWithoutSpeakerTextOrDateReturnsProblemDetails()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        using var response = await client.PostAsJsonAsync("/api/v1/statements", new { kind = "direct", sourceIds = new[] { sourceId } });
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("speakerName", out _));
        Assert.True(errors.TryGetProperty("text", out _));
        Assert.True(errors.TryGetProperty("saidOn", out _));
    }

    [Fact]
    public async Task AnUnknownStatementIsA404ProblemDetails()
    {
        using var response = await factory.CreateClient().GetAsync("/api/v1/statements/99999999");
        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("99999999", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ConditionalRequestsUseTheVersionAsETag()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var body = new { speakerName = Unique("Editor"), saidOn = "2020-02-12", text = "First wording.", kind = "direct", sourceIds = new[] { sourceId } };
        using var created = await client.PostAsJsonAsync("/api/v1/statements", body);
        var url = created.Headers.Location!.OriginalString;

        using var get = await client.GetAsync(url);
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        using var notModified = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "If-None-Match", "\"1\"" } } };
        using var notModifiedResponse = await client.SendAsync(notModified);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedResponse.StatusCode);

        using var replace = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body with { text = "Second wording." }), Headers = { { "If-Match", "\"1\"" } } };
        var replaced = await (await client.SendAsync(replace)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Second wording.", replaced.GetProperty("text").GetString());
        Assert.Equal(body.speakerName, replaced.GetProperty("speakerName").GetString());
        Assert.Equal(2, replaced.GetProperty("version").GetInt64());

        // A second editor still holding version 1 is refused, not silently applied.
        using var stale = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body with { text = "Lost update." }), Headers = { { "If-Match", "\"1\"" } } };
        var problem = await (await client.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("version 2", problem.GetProperty("detail").GetString());
        using var staleDelete = new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", "\"1\"" } } };
        await (await client.SendAsync(staleDelete)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("Second wording.", (await client.GetJsonAsync(url)).GetProperty("text").GetString());

        using var delete = new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", "\"2\"" } } };
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(delete)).StatusCode);
        await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SearchIsWordBasedCaseAndAccentInsensitiveAndRanked()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var word = "Zarqawí" + Guid.NewGuid().ToString("N")[..6];
        async Task<int> Say(string text) => (await client.PostJsonAsync("/api/v1/statements",
            new { speakerName = "Searcher", saidOn = "2020-02-12", text, kind = "direct", sourceIds = new[] { sourceId } })).GetProperty("id").GetInt32();
        var once = await Say($"The {word} network was mentioned once among many other words about the coalition and its training.");
        var twice = await Say($"{word}, {word}!");
        await Say("Nothing to see here.");

        var query = Uri.EscapeDataString(word.Replace("í", "I", StringComparison.Ordinal).ToLowerInvariant());
        var found = (await client.GetJsonAsync($"/api/v1/statements?q={query}")).Items().Select(s => s.GetProperty("id").GetInt32()).ToList();

        Assert.Equal([twice, once], found);
        var prefixOnly = await client.GetJsonAsync($"/api/v1/statements?q={Uri.EscapeDataString(word[..5])}");
        Assert.DoesNotContain(prefixOnly.Items(), s => s.GetProperty("id").GetInt32() == once);
    }

    [Fact]
    public async Task RelevancePagesAndTheExportGiveEveryMatchOnceInRankOrder()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var word = "Rankword" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<int>();
        // More occurrences in a shorter text rank higher; two statements rank alike and are ordered by id.
        foreach (var text in new[] { $"{word}.", $"{word} {word} {word}.", $"{word} {word}.", $"Once {word} among other words.", $"{word} {word}." })
        {
            ids.Add((await client.PostJsonAsync("/api/v1/statements",
                new { speakerName = "Ranker", saidOn = "2020-02-12", text, kind = "direct", sourceIds = new[] { sourceId } })).GetProperty("id").GetInt32());
        }
        var byRank = (await client.GetJsonAsync($"/api/v1/statements?q={word}&pageSize=200")).Items().Select(s => s.GetProperty("id").GetInt32()).ToList();
        Assert.Equal([ids[1], ids[2], ids[4], ids[0], ids[3]], byRank);

        var walked = new List<int>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/api/v1/statements?q={word}&pageSize=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            walked.AddRange(page.Items().Select(s => s.GetProperty("id").GetInt32()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal(byRank, walked);

        var csv = await client.GetStringAsync($"/api/v1/statements?q={word}&format=csv");
        var exported = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => int.Parse(line.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(byRank, exported);
        var descending = (await client.GetJsonAsync($"/api/v1/statements?q={word}&sort=-relevance")).Items().Select(s => s.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Reverse(byRank), descending);
    }

    [Fact]
    public async Task ListsFilterBySpeakerMissionKindAndDates()
    {
        var client = await factory.CreateKeyedClientAsync();
        var sourceId = await client.CreateSourceAsync();
        var mission = await client.CreateMissionAsync();
        var speaker = Unique("Filtered Speaker");
        async Task<int> Say(string saidOn, string kind, bool aboutMission) => (await client.PostJsonAsync("/api/v1/statements", new
        {
            speakerName = speaker, saidOn, text = "Words.", kind, sourceIds = new[] { sourceId }, missions = aboutMission ? new[] { mission } : [],
        })).GetProperty("id").GetInt32();
        var early = await Say("2020-01-01", "direct", true);
        var late = await Say("2020-03-01", "paraphrase", true);
        var other = await Say("2020-02-01", "direct", false);
        async Task<List<int>> Ids(string query) =>
            [.. (await client.GetJsonAsync($"/api/v1/statements?speaker={Uri.EscapeDataString(speaker)}&{query}")).Items().Select(s => s.GetProperty("id").GetInt32())];

        Assert.Equal([late, other, early], await Ids(""));
        Assert.Equal([early, other, late], await Ids("sort=saidOn"));
        Assert.Equal([late, early], await Ids($"mission={mission}"));
        Assert.Equal([late], await Ids("kind=PARAPHRASE"));
        Assert.Equal([other], await Ids("from=2020-01-15&to=2020-02-15"));
        using var badKind = await client.GetAsync("/api/v1/statements?kind=shouted");
        Assert.Contains("Direct", Assert.Single(await badKind.FieldErrorsAsync("kind")));
    }
}
