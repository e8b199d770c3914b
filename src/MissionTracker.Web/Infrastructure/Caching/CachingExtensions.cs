using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MissionTracker.Web.Infrastructure.Caching;

public static class CachingExtensions
{
    /// <summary>For <c>[OutputCache(PolicyName = CachingExtensions.PagesPolicy)]</c> on read-only Razor pages.</summary>
    public const string PagesPolicy = "pages";

    /// <summary>Output caching of anonymous reads (evicted by writes, see <see cref="CacheTags"/>) and response compression.</summary>
    public static WebApplicationBuilder AddMissionTrackerCaching(this WebApplicationBuilder builder)
    {
        var sizeLimit = builder.Configuration.GetValue<long>("MissionTracker:OutputCache:SizeLimitBytes", 32 * 1024 * 1024);
        builder.Services.AddOutputCache(o => o.AddPolicy(PagesPolicy, new DataCachePolicy([CacheTags.Pages], varyByAccept: false)));
        // 8 MB, not more: under pages no cache holds, the record cache fills within a second and starts again, and its
        // slabs (large objects) are then garbage until a full collection. At 16 MB the process peaked 40-80 MB higher
        // (docs/performance.md, round 10) for no measurable gain in CPU per page.
        var recordLimit = builder.Configuration.GetValue<long>("MissionTracker:RecordCache:SizeLimitBytes", 8 * 1024 * 1024);
        builder.Services.AddSingleton(new RecordJsonCache(recordLimit));
        builder.Services.AddSingleton(services => new ResponseCacheStore(services.GetRequiredService<IHttpContextAccessor>(), sizeLimit,
            services.GetRequiredService<RecordJsonCache>()));
        builder.Services.Replace(ServiceDescriptor.Singleton<IOutputCacheStore>(services => services.GetRequiredService<ResponseCacheStore>()));
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["text/csv", "application/x-ndjson", "application/problem+json", "image/svg+xml"]);
        });
        // Fastest: on a busy server the CPU matters more than the last few per cent of bytes.
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return builder;
    }

    /// <summary>Compression wraps everything (the cache keeps uncompressed bytes, so one entry serves every client).</summary>
    public static WebApplication UseMissionTrackerCompression(this WebApplication app)
    {
        app.UseResponseCompression();
        return app;
    }

    /// <summary>After authentication and authorization, so the cache knows who asks and never bypasses a policy.</summary>
    public static WebApplication UseMissionTrackerOutputCache(this WebApplication app)
    {
        app.UseResponseWritesInPieces();
        app.UseOutputCache();
        return app;
    }

    /// <summary>Caches the endpoint's anonymous answers under <paramref name="tag"/> (and <paramref name="more"/>).</summary>
    public static TBuilder CacheData<TBuilder>(this TBuilder builder, string tag, bool varyByAccept = false, params string[] more)
        where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(new DataCachePolicy([tag, .. more], varyByAccept));
}
