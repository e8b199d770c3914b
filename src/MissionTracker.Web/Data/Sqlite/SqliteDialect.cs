using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// The one place for SQLite-specific behaviour (pragmas now; full-text search SQL later), so that a
/// PostgreSQL deployment replaces this seam and nothing else.
/// </summary>
public static class SqliteDialect
{
    /// <summary>Per-connection settings: WAL lets readers run beside a writer; the busy timeout makes a writer wait instead of failing.</summary>
    public const string ConnectionPragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";

    public const string IntegrityCheck = "PRAGMA integrity_check;";
}

/// <summary>Applies <see cref="SqliteDialect.ConnectionPragmas"/> whenever EF opens a connection.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteDialect.ConnectionPragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteDialect.ConnectionPragmas;
        command.ExecuteNonQuery();
    }
}
