using System.Text.Json;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace MissionTracker.Web.Features.History;

/// <summary>
/// Reads the change tracker before a save and turns every added, modified or deleted record into an
/// <see cref="AuditEntry"/>. Keys of added records are read after the save, once the database has assigned them.
/// </summary>
internal static class AuditTrail
{
    internal sealed record Pending(EntityEntry Entry, AuditAction Action, Dictionary<string, object?> Changes);

    public static List<Pending> Capture(ChangeTracker tracker)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry || IsIdentity(entry) || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Added,
                EntityState.Deleted => AuditAction.Deleted,
                _ => AuditAction.Modified,
            };
            var changes = new Dictionary<string, object?>();
            foreach (var property in entry.Properties.Cast<MemberEntry>().Concat(entry.ComplexProperties.SelectMany(c => c.Properties)))
            {
                var p = (PropertyEntry)property;
                var name = p.Metadata.DeclaringType is Microsoft.EntityFrameworkCore.Metadata.IComplexType complex
                    ? $"{complex.ComplexProperty.Name}.{p.Metadata.Name}"
                    : p.Metadata.Name;
                switch (action)
                {
                    case AuditAction.Added when !p.Metadata.IsPrimaryKey():
                        changes[name] = new { @new = p.CurrentValue };
                        break;
                    case AuditAction.Deleted:
                        changes[name] = new { old = p.OriginalValue };
                        break;
                    case AuditAction.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                        changes[name] = new { old = p.OriginalValue, @new = p.CurrentValue };
                        break;
                }
            }
            // A soft delete is an update of DeletedAt; the history calls it what it is.
            if (action == AuditAction.Modified && entry.Entity is Data.ISoftDeletable && entry.Property(nameof(Data.ISoftDeletable.DeletedAt)) is { IsModified: true } deletedAt
                && (deletedAt.OriginalValue is null) != (deletedAt.CurrentValue is null))
            {
                action = deletedAt.CurrentValue is null ? AuditAction.Restored : AuditAction.Deleted;
            }
            if (action != AuditAction.Modified || changes.Count > 0)
            {
                pending.Add(new Pending(entry, action, changes));
            }
        }
        return pending;
    }

    public static IEnumerable<AuditEntry> Complete(IEnumerable<Pending> pending, string actor, DateTime at) =>
        pending.Select(p => new AuditEntry
        {
            At = at,
            Actor = actor,
            Action = p.Action,
            EntityType = p.Entry.Metadata.ShortName(),
            EntityId = KeyOf(p.Entry),
            Changes = JsonSerializer.Serialize(p.Changes, JsonSerializerOptions.Web),
        });

    /// <summary>The history of one record as the record pages show it: "Statement" and its id.</summary>
    public static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(k => entry.Property(k.Name).CurrentValue));

    /// <summary>Users' password hashes, security stamps and tokens never go into the history.</summary>
    private static bool IsIdentity(EntityEntry entry) =>
        entry.Metadata.ClrType.Namespace == typeof(IdentityUser).Namespace;

    /// <summary>Who made the change, for the current request; "system" outside one (seeding, commands).</summary>
    public static string Actor(IHttpContextAccessor? http) =>
        http?.HttpContext is { } context ? context.User.ActorName() : "system";
}
