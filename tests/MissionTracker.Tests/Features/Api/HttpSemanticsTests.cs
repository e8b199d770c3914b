using System.Net;
using System.Text;
using MissionTracker.Tests.Infrastructure;

namespace MissionTracker.Tests.Features.Api;

public sealed class HttpSemanticsTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task MalformedJsonIsA400ProblemDetails()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsync("/api/v1/statements", new StringContent("{\"speakerName\": ", Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("/api/v1/statements", problem.GetProperty("instance").GetString());
        Assert.Contains("JSON", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AnUnknownEnumNameIsA400ProblemDetails()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsync("/api/v1/statements",
            new StringContent("{\"speakerName\": \"A\", \"kind\": \"shouted\"}", Encoding.UTF8, "application/json"));
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AWrongMethodIsA405ProblemDetails()
    {
        using var response = await factory.CreateClient().PatchAsync("/api/v1/statements/1", new StringContent("{}", Encoding.UTF8, "application/json"));
        await response.ProblemAsync(HttpStatusCode.MethodNotAllowed);
        Assert.Contains("PUT", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task AWrongContentTypeIsA415ProblemDetails()
    {
        var client = await factory.CreateKeyedClientAsync();
        using var response = await client.PostAsync("/api/v1/sources", new StringContent("title=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task AnUnknownMissionSlugIsA404OnEveryVerb()
    {
        var client = await factory.CreateKeyedClientAsync();
        await (await client.GetAsync("/api/v1/missions/no-such-mission")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync("/api/v1/missions/no-such-mission")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/countries/QQ")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheOpenApiDocumentDeclaresTheKeyOnWritesAndHasExamples()
    {
        var doc = await factory.CreateClient().GetJsonAsync("/swagger/v1/swagger.json");
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        var statements = doc.GetProperty("paths").GetProperty("/api/v1/statements");
        var create = statements.GetProperty("post");
        Assert.Equal("CreateStatement", create.GetProperty("operationId").GetString());
        Assert.True(create.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
        Assert.Equal("Jens Stoltenberg", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json")
            .GetProperty("example").GetProperty("speakerName").GetString());
        Assert.Equal(1, create.GetProperty("security").GetArrayLength());
        // Reads take a key optionally: an empty requirement (anonymous) besides the key.
        var readSecurity = statements.GetProperty("get").GetProperty("security");
        Assert.Contains(readSecurity.EnumerateArray(), r => !r.EnumerateObject().Any());
        Assert.Equal("integer", doc.GetProperty("paths").GetProperty("/api/v1/statements/{id}").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "id").GetProperty("schema").GetProperty("type").GetString());
        foreach (var path in doc.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("operationId").GetString()), $"{operation.Name} {path.Name}");
                Assert.False(string.IsNullOrEmpty(operation.Value.GetProperty("summary").GetString()), $"{operation.Name} {path.Name}");
            }
        }
        Assert.Equal("ChangeTransferStatus", doc.GetProperty("paths").GetProperty("/api/v1/transfers/{id}/status").GetProperty("post").GetProperty("operationId").GetString());
    }
}
