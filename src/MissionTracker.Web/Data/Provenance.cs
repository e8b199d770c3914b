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
        var ids = all.Select(c => c.SourceId).Distinct().ToList();
        var known = await db.Sources.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var unknown = ids.Except(known).ToList();
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
        db.Missions.ByKeysAsync(m => m.Slug, field, (slugs ?? []).Select(s => (s ?? "").Trim().ToLowerInvariant()).ToList(), "mission slugs", errors, cancellationToken);

    public static Task<List<Country>> CountriesAsync(this MissionTrackerDbContext db, string field, IReadOnlyList<string>? codes,
        ValidationErrors errors, CancellationToken cancellationToken) =>
        db.Countries.ByKeysAsync(c => c.Code, field, (codes ?? []).Select(c => (c ?? "").Trim().ToUpperInvariant()).ToList(), "country codes", errors, cancellationToken);

    /// <summary>One optional mission by slug; an unknown slug is a field error.</summary>
    public static async Task<Mission?> MissionAsync(this MissionTrackerDbContext db, string field, string? slug, ValidationErrors errors, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(slug) ? null : (await db.MissionsAsync(field, [slug], errors, cancellationToken)).FirstOrDefault();

    /// <summary>One optional country by ISO code; an unknown code is a field error.</summary>
    public static async Task<Country?> CountryAsync(this MissionTrackerDbContext db, string field, string? code, ValidationErrors errors, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(code) ? null : (await db.CountriesAsync(field, [code], errors, cancellationToken)).FirstOrDefault();

    private static async Task<List<T>> ByKeysAsync<T>(this IQueryable<T> set, System.Linq.Expressions.Expression<Func<T, string>> key, string field,
        List<string> keys, string what, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        // The key is a property (m => m.Slug); reading it by reflection spares compiling the expression on every request.
        var property = (System.Reflection.PropertyInfo)((System.Linq.Expressions.MemberExpression)key.Body).Member;
        var parameter = key.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(
            System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
                // Through a member of a closure object, not a constant: EF sends the keys as a parameter instead of
                // writing them into the SQL text (where a NUL character would cut the statement short).
                System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Constant(new Infrastructure.Api.Box<List<string>>(keys)), nameof(Infrastructure.Api.Box<List<string>>.Value)),
                key.Body), parameter);
        var found = await set.Where(contains).ToListAsync(cancellationToken);
        var unknown = keys.Except(found.Select(f => (string)property.GetValue(f)!)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(field, $"Unknown {what}: {string.Join(", ", unknown)}.");
        }
        return found;
    }
}
