using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Extraction;

public sealed class ExtractEndpointTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task AnArticleGetsTheDocumentedShapeAndStoresNothing()
    {
        var before = await factory.WithDbAsync(db => Task.FromResult(db.Statements.Count() + db.Sources.Count()));
        using var response = await _client.PostAsJsonAsync("/api/v1/extract", new { text = "NATO to expand mission\n\nBRUSSELS, 12 February 2020 - Ministers met.", publishedOn = "2020-02-12" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("2020-02-12", body.GetProperty("publishedOn").GetString());
        foreach (var list in new[] { "quotes", "paraphrases", "troopFigures", "countries", "missions", "transfers" })
        {
            Assert.Equal(JsonValueKind.Array, body.GetProperty(list).ValueKind);
        }
        Assert.Equal(before, await factory.WithDbAsync(db => Task.FromResult(db.Statements.Count() + db.Sources.Count())));
    }

    [Fact]
    public async Task AnEmptyTextIsAFieldError()
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/extract", new { text = "   " });
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("text", out _));
    }

    [Fact]
    public async Task ATextOverTheLimitIs413()
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/extract", new { text = new string('a', 1_000_001) });
        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ABodyOverTheRequestLimitIs413()
    {
        using var response = await _client.PostAsJsonAsync("/api/v1/extract", new { text = new string('a', 3_000_000) });
        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task MalformedJsonIs400()
    {
        using var content = new StringContent("{\"text\": ", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/v1/extract", content);
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PlainTextIs415()
    {
        using var content = new StringContent("NATO agrees", Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync("/api/v1/extract", content);
        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task GetIs405()
    {
        using var response = await _client.GetAsync("/api/v1/extract");
        await ProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }
}
