using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Infrastructure;

/// <summary>API keys made through the same service the command line uses, and JSON helpers for API tests.</summary>
public static class ApiTestClient
{
    /// <summary>A new key of <paramref name="scope"/> under a unique name.</summary>
    public static async Task<string> CreateApiKeyAsync(this MissionTrackerFactory factory, ApiKeyScope scope, string? name = null)
    {
        await using var scope_ = factory.Services.CreateAsyncScope();
        var key = await scope_.ServiceProvider.GetRequiredService<ApiKeyService>()
            .CreateAsync(name ?? $"test-{Guid.NewGuid():N}", scope, CancellationToken.None);
        return key ?? throw new InvalidOperationException("The key name is taken.");
    }

    /// <summary>A client that sends a new key of <paramref name="scope"/> (write by default) with every request.</summary>
    public static async Task<HttpClient> CreateKeyedClientAsync(this MissionTrackerFactory factory, ApiKeyScope scope = ApiKeyScope.Write)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.CreateApiKeyAsync(scope));
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    /// <summary>Asserts an RFC 9457 ProblemDetails with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.JsonAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The messages of one field of a validation ProblemDetails (400).</summary>
    public static async Task<IReadOnlyList<string>> FieldErrorsAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), problem.ToString());
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}': {errors}");
        return [.. messages.EnumerateArray().Select(m => m.GetString()!)];
    }

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        return await response.JsonAsync(expected);
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    /// <summary>A source to cite; returns its id.</summary>
    public static async Task<int> CreateSourceAsync(this HttpClient client, string title = "A test source", string? text = null) =>
        (await client.PostJsonAsync("/api/v1/sources", new { title, outlet = "Test Wire", url = $"https://example.org/{Guid.NewGuid():N}", publishedOn = "2020-02-12", text }))
        .GetProperty("id").GetInt32();

    /// <summary>A mission with a unique slug; returns the slug.</summary>
    public static async Task<string> CreateMissionAsync(this HttpClient client)
    {
        var slug = "m-" + Guid.NewGuid().ToString("N")[..10];
        await client.PostJsonAsync("/api/v1/missions", new { slug, name = "Mission " + slug, kind = "trainingAdvisory" });
        return slug;
    }

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];
}
