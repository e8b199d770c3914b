using Microsoft.Net.Http.Headers;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>A DTO of an editable record: its <c>Version</c> is the concurrency token and the ETag.</summary>
public interface IVersioned
{
    long Version { get; }
}

/// <summary>Strong ETags from entity versions (<c>"3"</c>) and the conditional-request headers that use them.</summary>
public static class ETags
{
    public static string For(long version) => $"\"{version}\"";

    /// <summary>True when <c>If-None-Match</c> names the current version (or is <c>*</c>): answer 304.</summary>
    public static bool NotModified(HttpRequest request, long version)
    {
        var header = request.Headers[HeaderNames.IfNoneMatch].ToString();
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }
        return EntityTagHeaderValue.TryParseList(header.Split(','), out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Value == For(version));
    }

    /// <summary>
    /// The version <c>If-Match</c> requires: null when the header is absent or <c>*</c>; -1 when it names no version
    /// this server issues (so it can never match).
    /// </summary>
    public static long? ExpectedVersion(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*")
        {
            return null;
        }
        if (EntityTagHeaderValue.TryParse(header.Split(',')[0].Trim(), out var tag) && !tag.IsWeak
            && long.TryParse(tag.Tag.Value?.Trim('"'), out var version))
        {
            return version;
        }
        return -1;
    }
}
