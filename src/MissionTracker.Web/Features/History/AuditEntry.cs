using MissionTracker.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MissionTracker.Web.Features.History;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
    /// <summary>A soft-deleted record brought back by an admin.</summary>
    Restored,
}

/// <summary>
/// One change to one record, written in the same transaction as the change: who (user e-mail or <c>api-key:NAME</c>),
/// when, which record, and the values before and after (JSON). Append-only: the context refuses to update or delete
/// an entry and database triggers refuse it too.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Actor { get; set; } = "";
    public AuditAction Action { get; set; }
    /// <summary>The entity's name in the model: <c>Statement</c>, <c>TroopTransfer</c>, <c>StatementMissions</c>.</summary>
    public string EntityType { get; set; } = "";
    public string EntityId { get; set; } = "";
    /// <summary>{"Property": {"old": ..., "new": ...}} for the properties that changed (all of them when added or deleted).</summary>
    public string Changes { get; set; } = "{}";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Actor).HasMaxLength(FieldLengths.Name).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.EntityType).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(FieldLengths.Slug).IsRequired();
        builder.HasIndex(a => new { a.EntityType, a.EntityId, a.Id });
        builder.HasIndex(a => a.At);
    }
}

/// <summary>The database's own guard of the history: triggers that abort any UPDATE or DELETE of an audit entry (SQLite).</summary>
public static class AuditEntrySql
{
    public const string CreateAppendOnlyTriggers =
        "CREATE TRIGGER \"AuditEntries_NoUpdate\" BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;\n" +
        "CREATE TRIGGER \"AuditEntries_NoDelete\" BEFORE DELETE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'AuditEntries is append-only'); END;";

    /// <summary>
    /// One INSERT of <paramref name="count"/> entries, with the parameters of <see cref="Values"/>: a change's history is
    /// written by one command inside the write, instead of a second pass of EF's change tracker and update pipeline.
    /// </summary>
    public static string Insert(int count) => InsertCommands.GetOrAdd(count, n =>
        "INSERT INTO \"AuditEntries\" (\"At\", \"Actor\", \"Action\", \"EntityType\", \"EntityId\", \"Changes\") VALUES " +
        string.Join(", ", Enumerable.Range(0, n).Select(i => $"({{{6 * i}}}, {{{6 * i + 1}}}, {{{6 * i + 2}}}, {{{6 * i + 3}}}, {{{6 * i + 4}}}, {{{6 * i + 5}}})")) + ";");

    public static object[] Values(IReadOnlyList<AuditEntry> entries) =>
        [.. entries.SelectMany(e => new object[] { e.At, e.Actor, e.Action.ToString(), e.EntityType, e.EntityId, e.Changes })];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> InsertCommands = new();

    public const string DropAppendOnlyTriggers =
        "DROP TRIGGER IF EXISTS \"AuditEntries_NoUpdate\"; DROP TRIGGER IF EXISTS \"AuditEntries_NoDelete\";";
}
