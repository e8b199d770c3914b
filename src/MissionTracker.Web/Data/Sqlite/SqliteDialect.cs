using System.Data.Common;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// The one place for SQLite-specific behaviour (pragmas, full-text search, constraint errors), so that a
/// PostgreSQL deployment replaces this seam and nothing else.
/// </summary>
public static class SqliteDialect
{
    /// <summary>Per-connection settings: WAL lets readers run beside a writer; the busy timeout makes a writer wait instead of failing.</summary>
    public const string ConnectionPragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public const string IntegrityCheck = "PRAGMA integrity_check;";

    /// <summary>
    /// Samples every index (at most 1,000 rows each: ~0.1 s on the 100,000-statement database) for the query planner, at
    /// start-up. Without statistics SQLite takes every table for the same size and may scan the largest one: all 165,000
    /// citations to find the five of the missions' status changes (0.3 s for the missions list; 2 ms with them).
    /// </summary>
    public const string RefreshPlannerStatistics = "PRAGMA analysis_limit = 1000; ANALYZE;";

    /// <summary>
    /// EF Core's migration lock on SQLite is a row in <c>__EFMigrationsLock</c>; a process killed while migrating leaves it
    /// behind and every later start would wait for it forever. Run only while holding <see cref="MigrationFileLockAsync"/>.
    /// </summary>
    public const string ReleaseStaleMigrationLock = "DELETE FROM \"__EFMigrationsLock\";";

    public const string MigrationLockTableExists = "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsLock'";

    /// <summary>
    /// An exclusive OS lock on <c>PATH.migrate.lock</c> beside the database while migrating: the OS drops it when the
    /// holder dies, so whoever holds it knows that a leftover <c>__EFMigrationsLock</c> row belongs to nobody.
    /// Null for in-memory databases.
    /// </summary>
    public static async Task<FileStream?> MigrationFileLockAsync(string connectionString, CancellationToken cancellationToken)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return null;
        }
        var path = Path.GetFullPath(file) + ".migrate.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException)
            {
                // Another process of this app is migrating right now: wait for it.
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    /// <summary>
    /// For filling a throwaway database (synthetic data): no fsync (a crash may corrupt the file, which is then made
    /// again) and a 256 MB page cache, so that index and full-text updates stay in memory instead of waiting on the disk.
    /// </summary>
    public const string BulkLoadPragmas = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;";

    /// <summary>Statements searched by their text.</summary>
    public static readonly FullTextIndex StatementText = new("Statements", "StatementsFts", ["Text"]);
    /// <summary>Sources searched by title and article text.</summary>
    public static readonly FullTextIndex SourceText = new("Sources", "SourcesFts", ["Title", "Text"]);
    /// <summary>People searched by name.</summary>
    public static readonly FullTextIndex PersonName = new("People", "PeopleFts", ["Name"]);

    public static readonly IReadOnlyList<FullTextIndex> FullTextIndexes = [StatementText, SourceText, PersonName];

    /// <summary>
    /// FTS5 tables over the text columns (case- and accent-insensitive, word-based), kept in step by triggers and
    /// filled from the existing rows. A migration runs it with <c>migrationBuilder.Sql</c>.
    /// </summary>
    public static string CreateFullTextSearch => string.Concat(FullTextIndexes.Select(Create));

    public static string DropFullTextSearch => string.Concat(FullTextIndexes.Select(Drop));

    private static string Create(FullTextIndex index)
    {
        var (table, fts) = (index.Table, index.FtsTable);
        var columns = string.Join(", ", index.Columns.Select(c => $"\"{c}\""));
        string Values(string row) => string.Join(", ", index.Columns.Select(c => $"{row}.\"{c}\""));
        var insert = $"INSERT INTO \"{fts}\"(rowid, {columns}) VALUES (new.\"Id\", {Values("new")});";
        var delete = $"INSERT INTO \"{fts}\"(\"{fts}\", rowid, {columns}) VALUES ('delete', old.\"Id\", {Values("old")});";
        return new StringBuilder()
            .AppendLine($"CREATE VIRTUAL TABLE \"{fts}\" USING fts5({columns}, content='{table}', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');")
            .AppendLine($"CREATE TRIGGER \"{fts}_Insert\" AFTER INSERT ON \"{table}\" BEGIN {insert} END;")
            .AppendLine($"CREATE TRIGGER \"{fts}_Delete\" AFTER DELETE ON \"{table}\" BEGIN {delete} END;")
            .AppendLine($"CREATE TRIGGER \"{fts}_Update\" AFTER UPDATE ON \"{table}\" BEGIN {delete} {insert} END;")
            .AppendLine($"INSERT INTO \"{fts}\"(\"{fts}\") VALUES ('rebuild');")
            .ToString();
    }

    private static string Drop(FullTextIndex index) =>
        $"DROP TRIGGER IF EXISTS \"{index.FtsTable}_Insert\"; DROP TRIGGER IF EXISTS \"{index.FtsTable}_Delete\"; " +
        $"DROP TRIGGER IF EXISTS \"{index.FtsTable}_Update\"; DROP TABLE IF EXISTS \"{index.FtsTable}\";\n";

    /// <summary>
    /// A user's words as an FTS5 query: every word must occur, quoted so that FTS5 operators
    /// and punctuation in the input are taken literally. Null when the input has no word.
    /// </summary>
    public static string? MatchQuery(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c is '-' or '\'')]).Trim('-', '\''))
            .Where(w => w.Length > 0)
            .Select(w => $"\"{w.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>The rows of <paramref name="set"/> whose indexed text matches <paramref name="match"/> (from <see cref="MatchQuery"/>).</summary>
    public static IQueryable<T> Matching<T>(DbSet<T> set, FullTextIndex index, string match) where T : class =>
        set.FromSql(FormattableStringFactory.Create(
            $"SELECT * FROM \"{index.Table}\" WHERE \"Id\" IN (SELECT rowid FROM {Hits(index, match)})"));

    /// <summary>
    /// The BM25 rank (lower is better) of every row matching <paramref name="match"/>, by id: a sort key for relevance,
    /// joined to the filtered rows (<see cref="Infrastructure.Api.SortOptions{TEntity}.WithJoined"/>), so that FTS5 ranks
    /// each match once per page. (As a correlated subquery per row, SQLite flattened the full-text query into it and ran
    /// it again for every matching row; kept unflattened, it still ranked every match twice, in the select and the order.)
    /// </summary>
    public static IQueryable<Infrastructure.Api.RowKey> Ranks(DbContext db, FullTextIndex index, string match) =>
        db.Database.SqlQuery<Infrastructure.Api.RowKey>(FormattableStringFactory.Create(
            $"SELECT rowid AS \"Id\", bm25(\"{index.FtsTable}\") AS \"Key\" FROM {Hits(index, match)}"));

    /// <summary>
    /// The match goes in as a literal, not a parameter: EF Core loses the parameters of raw SQL composed into a
    /// correlated subquery (as the filter of <see cref="Matching"/> may be). It is safe because <see cref="MatchQuery"/> only lets letters, digits, hyphens and
    /// apostrophes through (inside double quotes), and apostrophes are doubled here.
    /// </summary>
    private static string Hits(FullTextIndex index, string match) =>
        $"\"{index.FtsTable}\" WHERE \"{index.FtsTable}\" MATCH '{match.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>
    /// The index of strength series (mission, country or none, date) for the as-of question: on an expression, which EF's
    /// model cannot describe, so a migration creates it with this SQL (see <c>StrengthService.LatestAsOf</c>).
    /// </summary>
    public const string CreateStrengthSeriesIndex =
        "CREATE INDEX \"IX_StrengthObservations_Series\" ON \"StrengthObservations\" (\"MissionId\", COALESCE(\"CountryId\", 0), \"ObservedOn\", \"Preferred\");";

    /// <summary>
    /// The same index of the observations not deleted (standard SQL, a partial index on PostgreSQL too): the as-of
    /// question lists the series from the index alone, where the full index had to read each row to check DeletedAt.
    /// </summary>
    public const string CreateListedStrengthSeriesIndex =
        "CREATE INDEX \"IX_StrengthObservations_Series\" ON \"StrengthObservations\" (\"MissionId\", COALESCE(\"CountryId\", 0), \"ObservedOn\", \"Preferred\") WHERE \"DeletedAt\" IS NULL;";

    public const string DropStrengthSeriesIndex = "DROP INDEX IF EXISTS \"IX_StrengthObservations_Series\";";

    /// <summary>A unique, foreign-key or check constraint refused the change.</summary>
    public static bool IsConstraintViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19 };
}

/// <summary>An FTS5 index over some text columns of a table.</summary>
public sealed record FullTextIndex(string Table, string FtsTable, IReadOnlyList<string> Columns);

/// <summary>
/// Applies <see cref="SqliteDialect.ConnectionPragmas"/> once per physical connection. EF opens and closes a pooled
/// connection around every query; the pragmas stay set on the SQLite handle in the pool, so running them on every open
/// (four more commands per query, and <c>journal_mode</c> reads the database header) was pure overhead.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<object, object> Configured = new();
    private static readonly object Seen = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = SqliteDialect.ConnectionPragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = SqliteDialect.ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>True the first time this SQLite handle (the physical connection behind a pooled one) is seen.</summary>
    private static bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || Configured.TryAdd(handle, Seen);
}
