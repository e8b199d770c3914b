using MissionTracker.Web.Features.Countries;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Data;

/// <summary>A cited source in a request, optionally with the span of its text that says the fact.</summary>
public sealed record CitationInput(int SourceId, int? SpanStart = null, int? SpanEnd = null);

/// <summary>A cited source with the span <c>[spanStart, spanEnd)</c> of its text that says the fact (null when not recorded).</summary>
public sealed record CitationDto(int SourceId, int? SpanStart, int? SpanEnd);

/// <summary>Turns the references a request makes (source ids, mission slugs, country codes) into rows, with field errors for unknown ones.</summary>
public static class References
{
    /// <summary>
    /// The citations of a fact: <c>sourceIds</c> plus <c>citations</c> (with spans). At least one is required, and
    /// every source must exist.
    /// </summary>
    public static async Task<List<Citation>> CitationsAsync(this MissionTrackerDbContext db, IReadOnlyList<int>? sourceIds,
        IReadOnlyList<CitationInput>? citations, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (citations?.Any(c => c is null) == true)
        {
            errors.Add("citations", "A citation cannot be null.");
        }
        var spans = (citations ?? []).Where(c => c is not null).ToList();
        var all = spans.Concat((sourceIds ?? []).Where(id => spans.All(c => c.SourceId != id)).Select(id => new CitationInput(id))).ToList();
        if (all.Count == 0)
        {
            errors.Add("sourceIds", "At least one source is required: every fact says where it comes from.");
            return [];
        }
        for (var i = 0; i < spans.Count; i++)
        {
            if (spans[i].SpanStart is null != spans[i].SpanEnd is null || spans[i].SpanStart < 0 || spans[i].SpanEnd < spans[i].SpanStart)
            {
                errors.Add($"citations[{i}]", "Give both spanStart and spanEnd, with 0 <= spanStart <= spanEnd, or neither.");
            }
        }
        var ids = all.Select(c => c.SourceId).Distinct().ToArray();
        var known = new HashSet<int>();
        await foreach (var id in KnownSources.For(db)(db, ids).WithCancellation(cancellationToken))
        {
            known.Add(id);
        }
        var unknown = ids.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("sourceIds", $"Unknown source ids: {string.Join(", ", unknown)}.");
        }
        return [.. all.Select(c => Citation.Of(c.SourceId, c.SpanStart, c.SpanEnd))];
    }

    /// <summary>Replaces the citations of a tracked fact (the old rows are deleted, not orphaned).</summary>
    public static void ReplaceCitations(this MissionTrackerDbContext db, List<Citation> current, List<Citation> next)
    {
        db.Citations.RemoveRange(current);
        current.Clear();
        current.AddRange(next);
    }

    public static Task<List<Mission>> MissionsAsync(this MissionTrackerDbContext db, string field, IReadOnlyList<string>? slugs,
        ValidationErrors errors, CancellationToken cancellationToken) =>
        db.ByKeysAsync(MissionsBySlug, [.. (slugs ?? []).Select(s => (s ?? "").Trim().ToLowerInvariant())], m => m.Slug, field, "mission slugs", errors, cancellationToken);

    public static Task<List<Country>> CountriesAsync(this MissionTrackerDbContext db, string field, IReadOnlyList<string>? codes,
        ValidationErrors errors, CancellationToken cancellationToken) =>
        db.ByKeysAsync(CountriesByCode, [.. (codes ?? []).Select(c => (c ?? "").Trim().ToUpperInvariant())], c => c.Code, field, "country codes", errors, cancellationToken);

    // Compiled (see PerModel): every write of a statement, an event or a transfer looks up its sources and missions. The
    // keys go as one array parameter (AddMissionTrackerData), so a NUL in a key is data, never SQL text.
    private static readonly PerModel<Func<MissionTrackerDbContext, int[], IAsyncEnumerable<int>>> KnownSources = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, int[] ids) => db.Sources.Where(s => ids.Contains(s.Id)).Select(s => s.Id)));

    private static readonly PerModel<Func<MissionTrackerDbContext, string[], IAsyncEnumerable<Mission>>> MissionsBySlug = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, string[] slugs) => db.Missions.Where(m => slugs.Contains(m.Slug))));

    private static readonly PerModel<Func<MissionTrackerDbContext, string[], IAsyncEnumerable<Country>>> CountriesByCode = new(() =>
        EF.CompileAsyncQuery((MissionTrackerDbContext db, string[] codes) => db.Countries.Where(c => codes.Contains(c.Code))));

    /// <summary>One optional mission by slug; an unknown slug is a field error.</summary>
    public static async Task<Mission?> MissionAsync(this MissionTrackerDbContext db, string field, string? slug, ValidationErrors errors, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(slug) ? null : (await db.MissionsAsync(field, [slug], errors, cancellationToken)).FirstOrDefault();

    /// <summary>One optional country by ISO code; an unknown code is a field error.</summary>
    public static async Task<Country?> CountryAsync(this MissionTrackerDbContext db, string field, string? code, ValidationErrors errors, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await db.CountriesAsync(field, [code], errors, cancellationToken)).FirstOrDefault();

    private static async Task<List<T>> ByKeysAsync<T>(this MissionTrackerDbContext db, PerModel<Func<MissionTrackerDbContext, string[], IAsyncEnumerable<T>>> query,
        string[] keys, Func<T, string> key, string field, string what, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var found = new List<T>();
        if (keys.Length == 0)
        {
            return found;
        }
        await foreach (var row in query.For(db)(db, keys).WithCancellation(cancellationToken))
        {
            found.Add(row);
        }
        var unknown = keys.Except(found.Select(key)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(field, $"Unknown {what}: {string.Join(", ", unknown)}.");
        }
        return found;
    }
}
