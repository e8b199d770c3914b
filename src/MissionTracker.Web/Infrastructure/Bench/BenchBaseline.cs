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
            // Read into an array of the body's size: a growing MemoryStream (and its ToArray) left ~16 MB of large
            // garbage for a 5.4 MB export, counted in the app's peak memory.
            byte[] body;
            if (request.ContentLength is { } length and <= int.MaxValue)
            {
                body = new byte[length];
                await request.Body.ReadExactlyAsync(body);
            }
            else
            {
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer);
                body = buffer.ToArray();
            }
            Responses[name] = new Stored(body, request.ContentType ?? "application/octet-stream");
            return Results.NoContent();
        }).WithMetadata(new Microsoft.AspNetCore.Mvc.DisableRequestSizeLimitAttribute()); // a CSV export is larger than the app's request limit
        group.MapGet("/{name}", Serve);
        group.MapPost("/{name}", Serve);
        return app;
    }

    /// <summary>Writes the stored bytes as the output cache writes a stored answer: one write to the body's pipe.</summary>
    private static async Task Serve(string name, HttpResponse response, CancellationToken cancellationToken)
    {
        if (!Responses.TryGetValue(name, out var stored))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.ContentType = stored.ContentType;
        response.ContentLength = stored.Body.Length;
        await response.BodyWriter.WriteAsync(stored.Body, cancellationToken);
    }
}
