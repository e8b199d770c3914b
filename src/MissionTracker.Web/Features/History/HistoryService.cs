using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Features.History;

public sealed record AuditEntryDto(long Id, DateTime At, string Actor, AuditAction Action, string EntityType, string EntityId, IReadOnlyList<AuditChangeDto> Changes);

public sealed record AuditChangeDto(string Property, string? Old, string? New);

/// <summary>Reads the history of one record for its page.</summary>
public sealed class HistoryService(MissionTrackerDbContext db)
{
    public async Task<IReadOnlyList<AuditEntryDto>> ForRecordAsync(string entityType, string entityId, CancellationToken cancellationToken)
    {
        var rows = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == entityId)
            .OrderByDescending(a => a.Id)
            .Take(200)
            .Select(a => new { a.Id, a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Changes })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new AuditEntryDto(r.Id, r.At, r.Actor, r.Action, r.EntityType, r.EntityId, ParseChanges(r.Changes)))];
    }

    /// <summary>A mission's history, by its slug.</summary>
    public Task<IReadOnlyList<AuditEntryDto>> ForMissionAsync(string slug, CancellationToken cancellationToken) =>
        ForIdAsync(nameof(Missions.Mission), db.Missions.Where(m => m.Slug == slug).Select(m => (int?)m.Id), cancellationToken);

    /// <summary>A country's history, by its ISO code.</summary>
    public Task<IReadOnlyList<AuditEntryDto>> ForCountryAsync(string code, CancellationToken cancellationToken)
    {
        var upper = code.ToUpperInvariant();
        return ForIdAsync(nameof(Countries.Country), db.Countries.Where(c => c.Code == upper).Select(c => (int?)c.Id), cancellationToken);
    }

    /// <summary>The history of the record whose id <paramref name="id"/> finds (none when it finds nothing).</summary>
    private async Task<IReadOnlyList<AuditEntryDto>> ForIdAsync(string entityType, IQueryable<int?> id, CancellationToken cancellationToken) =>
        await id.FirstOrDefaultAsync(cancellationToken) is int found ? await ForRecordAsync(entityType, Key(found), cancellationToken) : [];

    /// <summary>How <see cref="AuditEntry.EntityId"/> writes an integer key.</summary>
    public static string Key(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static List<AuditChangeDto> ParseChanges(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject()
            .Where(p => p.Name is not (nameof(Entity.UpdatedAt) or nameof(Entity.CreatedAt)))
            .Select(p => new AuditChangeDto(p.Name, Text(p.Value, "old"), Text(p.Value, "new")))];
    }

    private static string? Text(System.Text.Json.JsonElement change, string side) =>
        change.TryGetProperty(side, out var value) ? value.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Null => "∅",
            System.Text.Json.JsonValueKind.String => value.GetString(),
            System.Text.Json.JsonValueKind.Object when value.TryGetProperty("length", out var length) && value.TryGetProperty("sha256", out var hash)
                => new LongText(length.GetInt32(), hash.GetString() ?? "").ToString(),
            _ => value.GetRawText(),
        } : null;
}
