using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace MissionTracker.Web.Infrastructure.Caching;

/// <summary>
/// Which responses the output cache keeps: anonymous GETs answered 200, without cookies and not marked private or
/// no-store (antiforgery marks pages with forms no-store), varied by the whole query string (and the Accept header where
/// it picks the format) and by how many times their tags were evicted (<see cref="ResponseCacheStore.Started"/>),
/// tagged with the resources they show so that writes evict them (<see cref="CacheTags"/>).
/// A JSON answer of the API is stored from the second time its address is asked (<see cref="ResponseCacheStore.AskedBefore"/>),
/// or at once when other requests for it wait (<see cref="ResponseCacheStore.GetAsync"/>).
/// Anything that depends on who asks (a signed-in user, an API key) is neither served from nor stored in the cache.
/// </summary>
public sealed class DataCachePolicy(string[] tags, bool varyByAccept) : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var anonymous = http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Headers.ContainsKey(Security.ApiKeys.ApiKeyAuthenticationHandler.HeaderName);
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Not the stock request coalescing: a request that arrives after a write must not be handed the answer of one that
        // started before it. The store has its own (ResponseCacheStore.GetAsync).
        context.AllowLocking = false;
        // Answers "as of today" change at midnight (UTC) without any write.
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var untilMidnight = now.Date.AddDays(1) - now.UtcDateTime;
        context.ResponseExpirationTimeSpan = untilMidnight < Lifetime ? untilMidnight : Lifetime;
        context.CacheVaryByRules.VaryByHost = true;
        context.CacheVaryByRules.QueryKeys = "*";
        if (varyByAccept)
        {
            context.CacheVaryByRules.HeaderNames = HeaderNames.Accept;
        }
        foreach (var tag in tags)
        {
            context.Tags.Add(tag);
        }
        var (generation, evictions) = http.RequestServices.GetRequiredService<ResponseCacheStore>().Started(tags);
        http.Items[ResponseCacheStore.GenerationItem] = generation;
        context.CacheVaryByRules.VaryByValues["evictions"] = evictions.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// One capture at a time per address. A response being stored is also copied into memory as it is written; when many
    /// requests for the same address compute it at once (those that waited longer than the store lets them for another
    /// computing it, say), each would hold its own copy — 32 copies of a 5 MB export. Only the first copies; the others
    /// are answered as usual without one.
    /// </summary>
    private static class Captures
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> InFlight = new(StringComparer.Ordinal);

        public static bool TryClaim(HttpContext http, string key)
        {
            if (!InFlight.TryAdd(key, 0))
            {
                return false;
            }
            http.Response.OnCompleted(static key =>
            {
                InFlight.TryRemove((string)key, out _);
                return Task.CompletedTask;
            }, key);
            return true;
        }
    }

    /// <summary>The address a response is stored under, as far as the policy tells them apart.</summary>
    private string Address(HttpRequest request) =>
        string.Concat(request.Host.Value, request.Path.Value, request.QueryString.Value, varyByAccept ? "|" + request.Headers.Accept : "");

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            context.AllowCacheStorage = false;
        }
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }
        // Decided here, where a miss's response starts and before any of it is copied, not when the request comes in: a
        // cache hit then costs neither (a key, a dictionary entry taken and given back, under the key's lock).
        var http = context.HttpContext;
        var address = Address(http.Request);
        // The API's JSON answers (lists, records) take a few milliseconds to compute again, and most of those asked once
        // are never asked again (a cursor, a one-off filter): they are stored from their second ask, or at once when other
        // requests wait for this one (they are served what it stores). Pages and exports take 0.1-1 s: stored at once.
        var cheap = response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true;
        var askedOnce = cheap && !http.RequestServices.GetRequiredService<ResponseCacheStore>().AskedBefore(address) && !ResponseCacheStore.IsAwaited(http);
        if (askedOnce || !Captures.TryClaim(http, address))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
