using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.CommandLine;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Features.Security;

public sealed class ApiKeyTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private static readonly object Source = new { title = "Keyed", outlet = "Wire", url = "https://example.org/k", publishedOn = "2020-02-12" };

    private async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] arguments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var command = factory.Services.GetServices<IAdminCommand>().Single(c => c.Name == arguments[0]);
        using var output = new StringWriter();
        var exitCode = await command.RunAsync(scope.ServiceProvider, arguments[1..], output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    private HttpClient ClientWithKey(string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task WritingWithoutAKeyIsA401ProblemDetails()
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/sources", Source);
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WritingWithAReadKeyIsA403ProblemDetails()
    {
        var client = await factory.CreateKeyedClientAsync(ApiKeyScope.Read);
        using var response = await client.PostAsJsonAsync("/api/v1/sources", Source);
        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/sources")).StatusCode);
    }

    [Fact]
    public async Task AnUnknownKeyIsA401EvenForReads()
    {
        using var response = await ClientWithKey("mt_not-a-real-key").GetAsync("/api/v1/sources");
        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("api_key")]
    [InlineData("apiKey")]
    public async Task AKeyInTheQueryStringIsRefused(string parameter)
    {
        using var response = await factory.CreateClient().GetAsync($"/api/v1/sources?{parameter}=mt_whatever");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheCommandLineCreatesListsAndRevokesKeys()
    {
        var name = $"cli-{Guid.NewGuid():N}";

        var (created, output) = await RunCommandAsync("create-api-key", name, "--scope", "write");
        Assert.Equal(0, created);
        var key = output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith("mt_", key);
        Assert.Equal(46, key.Length);
        using (var response = await ClientWithKey(key).PostAsJsonAsync("/api/v1/sources", Source))
        {
            await response.JsonAsync(HttpStatusCode.Created);
        }

        var (_, list) = await RunCommandAsync("list-api-keys");
        Assert.Contains(name, list);
        Assert.DoesNotContain(key, list);
        var stored = await factory.WithDbAsync(db => Task.FromResult(db.ApiKeys.Single(k => k.Name == name)));
        Assert.Equal(ApiKeyScope.Write, stored.Scope);
        Assert.DoesNotContain(key, stored.Hash);
        Assert.Equal(64, stored.Hash.Length);
        Assert.NotNull(stored.LastUsedAt);

        Assert.Equal(1, (await RunCommandAsync("create-api-key", name, "--scope", "read")).ExitCode);
        Assert.Equal(0, (await RunCommandAsync("revoke-api-key", name)).ExitCode);
        using var revoked = await ClientWithKey(key).PostAsJsonAsync("/api/v1/sources", Source);
        await revoked.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(2, (await RunCommandAsync("create-api-key", "x", "--scope", "admin")).ExitCode);
    }
}

public sealed class KeysRequiredForReadsFactory : MissionTrackerFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MissionTracker:Api:RequireKeyForReads"] = "true" };
}

public sealed class KeysRequiredForReadsTests(KeysRequiredForReadsFactory factory) : IClassFixture<KeysRequiredForReadsFactory>
{
    [Fact]
    public async Task ReadsNeedAKeyWhenTheSettingSaysSo()
    {
        using var anonymous = await factory.CreateClient().GetAsync("/api/v1/missions");
        await anonymous.ProblemAsync(HttpStatusCode.Unauthorized);

        var reader = await factory.CreateKeyedClientAsync(ApiKeyScope.Read);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/v1/missions")).StatusCode);
    }
}

public sealed class LowRateLimitFactory : MissionTrackerFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["MissionTracker:RateLimits:Writes:PermitLimit"] = "2",
        ["MissionTracker:RateLimits:Writes:WindowSeconds"] = "60",
        ["MissionTracker:RateLimits:Expensive:PermitLimit"] = "1",
    };
}

public sealed class RateLimitTests(LowRateLimitFactory factory) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task WritesBeyondTheLimitOfAKeyAre429WithRetryAfter()
    {
        var client = await factory.CreateKeyedClientAsync();
        var source = new { title = "Limited", publishedOn = "2020-02-12" };
        await client.PostJsonAsync("/api/v1/sources", source);
        await client.PostJsonAsync("/api/v1/sources", source);

        using var limited = await client.PostAsJsonAsync("/api/v1/sources", source);

        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("retry", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single()) > 0);
        // Another key has its own allowance; ordinary reads are not limited.
        var other = await factory.CreateKeyedClientAsync();
        await other.PostJsonAsync("/api/v1/sources", source);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/sources")).StatusCode);
    }

    [Fact]
    public async Task ExtractionIsLimitedAsExpensive()
    {
        var client = await factory.CreateKeyedClientAsync(ApiKeyScope.Read);
        var article = new { text = "Spain will move 200 trainers to NATO Mission Iraq.", publishedOn = "2020-02-12" };
        using var first = await client.PostAsJsonAsync("/api/v1/extract", article);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        using var second = await client.PostAsJsonAsync("/api/v1/extract", article);
        await second.ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task ExportsAndSearchesAreLimited()
    {
        var client = await factory.CreateKeyedClientAsync(ApiKeyScope.Read);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/sources?format=csv")).StatusCode);
        using var limited = await client.GetAsync("/api/v1/sources?q=nato");
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
    }
}
