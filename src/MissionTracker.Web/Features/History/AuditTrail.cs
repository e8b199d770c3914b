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
    /// <summary>
    /// A change about to be saved, its values already serialised (so that little is left to do inside the write) — except
    /// where a value is still EF's temporary key of a record added in the same save (a new statement's citation points
    /// at the statement): such a change is serialised after the save, when <see cref="Later"/> can read the real key.
    /// </summary>
    internal sealed record Pending(EntityEntry Entry, AuditAction Action, string? Serialised, Func<string>? Later)
    {
        public string Changes => Serialised ?? Later!();
    }

    /// <summary>
    /// Text values longer than this are recorded by length and SHA-256 rather than in full: the current text is in the
    /// record itself, and an article's full text in every history entry was half of the database.
    /// </summary>
    public const int LongTextLength = 1_000;

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
            List<(string Name, PropertyEntry Property, object? Old)>? temporary = null;
            foreach (var property in entry.Properties.Cast<MemberEntry>().Concat(entry.ComplexProperties.SelectMany(c => c.Properties)))
            {
                var p = (PropertyEntry)property;
                var name = p.Metadata.DeclaringType is Microsoft.EntityFrameworkCore.Metadata.IComplexType complex
                    ? $"{complex.ComplexProperty.Name}.{p.Metadata.Name}"
                    : p.Metadata.Name;
                switch (action)
                {
                    case AuditAction.Added when !p.Metadata.IsPrimaryKey():
                        changes[name] = new { @new = Recorded(p.CurrentValue) };
                        break;
                    case AuditAction.Deleted:
                        changes[name] = new { old = Recorded(p.OriginalValue) };
                        break;
                    case AuditAction.Modified when p.IsModified && !Equals(p.OriginalValue, p.CurrentValue):
                        changes[name] = new { old = Recorded(p.OriginalValue), @new = Recorded(p.CurrentValue) };
                        break;
                    default:
                        continue;
                }
                if (p.IsTemporary && action != AuditAction.Deleted)
                {
                    (temporary ??= []).Add((name, p, action == AuditAction.Added ? null : Recorded(p.OriginalValue)));
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
                pending.Add(temporary is null
                    ? new Pending(entry, action, JsonSerializer.Serialize(changes, JsonSerializerOptions.Web), null)
                    : new Pending(entry, action, null, () =>
                    {
                        foreach (var (name, property, old) in temporary)
                        {
                            changes[name] = action == AuditAction.Added
                                ? new { @new = Recorded(property.CurrentValue) }
                                : new { old, @new = Recorded(property.CurrentValue) };
                        }
                        return JsonSerializer.Serialize(changes, JsonSerializerOptions.Web);
                    }));
            }
        }
        return pending;
    }

    /// <summary>The history entries of the pending changes, once saved: keys the database assigned are read now.</summary>
    public static IEnumerable<AuditEntry> Complete(IEnumerable<Pending> pending, string actor, DateTime at) =>
        pending.Select(p => new AuditEntry
        {
            At = at,
            Actor = actor,
            Action = p.Action,
            EntityType = p.Entry.Metadata.ShortName(),
            EntityId = KeyOf(p.Entry),
            Changes = p.Changes,
        });

    /// <summary>A value as the history keeps it: as it is, or a long text as its length and SHA-256 (<see cref="LongText"/>).</summary>
    private static object? Recorded(object? value) =>
        value is string { Length: > LongTextLength } text ? LongText.Of(text) : value;

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

/// <summary>How the history records a long text: <c>{"length": 4812, "sha256": "…"}</c> (length in characters, hash of the UTF-8 bytes).</summary>
public sealed record LongText(int Length, string Sha256)
{
    public static LongText Of(string text) =>
        new(text.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))));

    /// <summary>How the history page shows it: "text of 4,812 characters, sha256 1f2e3d4c…".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"text of {Length:N0} characters, sha256 {Sha256[..Math.Min(12, Sha256.Length)]}…");
}
