using System.Collections.Concurrent;

namespace MissionTracker.Web.Infrastructure.Bench;

/// <summary>
/// The benchmark's yardstick, mapped only when <c>MissionTracker:Bench:Enabled</c> is true: the bench script stores the
/// exact bytes an endpoint answered (<c>PUT /bench/baseline/{name}</c>) and then measures serving them from memory
/// (<c>GET /bench/baseline/{name}</c>) in the same process, so each endpoint's speed is compared with the fastest it could be.
/// </summary>
public static class BenchBaseline
{
    private sealed record Stored(byte[] Body, string ContentType);

    private static readonly ConcurrentDictionary<string, Stored> Responses = new(StringComparer.Ordinal);

    public static WebApplication MapBenchBaseline(this WebApplication app)
    {
        if (!app.Configuration.GetValue("MissionTracker:Bench:Enabled", false))
        {
            return app;
        }
        var group = app.MapGroup("/bench/baseline").ExcludeFromDescription();
        group.MapPut("/{name}", async (string name, HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            Responses[name] = new Stored(body.ToArray(), request.ContentType ?? "application/octet-stream");
            return Results.NoContent();
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute()); // a CSV export is larger than the app's request limit
        group.MapGet("/{name}", (string name) => Responses.TryGetValue(name, out var stored)
            ? Results.Bytes(stored.Body, stored.ContentType)
            : Results.NotFound());
        group.MapPost("/{name}", (string name) => Responses.TryGetValue(name, out var stored)
            ? Results.Bytes(stored.Body, stored.ContentType)
            : Results.NotFound());
        return app;
    }
}
