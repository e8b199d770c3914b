using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// Keeps the SQL run on a long-lived connection (the write gate's) prepared, by command text. SQLite compiles a statement
/// on every prepare, an INSERT into statements together with the full-text trigger it fires, and Microsoft.Data.Sqlite
/// prepares every new command again. EF builds a new command for every save, but for the same shape of change (a statement
/// with one citation and one mission) its text is the same: the compiled statements are reused and only the parameter
/// values change. This runs on the writer's turn, which every write waits for one after another.
/// </summary>
public sealed class PreparedCommands(SqliteConnection connection) : IDisposable
{
    /// <summary>Distinct texts kept; beyond, the cache starts again (a save's text depends on how many rows of each kind it writes).</summary>
    private const int MaxCommands = 128;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The prepared command for <paramref name="text"/>, in <paramref name="transaction"/>, its parameters still to be set.</summary>
    public SqliteCommand For(string text, SqliteTransaction? transaction)
    {
        if (!_commands.TryGetValue(text, out var command))
        {
            if (_commands.Count >= MaxCommands)
            {
                Dispose();
            }
            command = connection.CreateCommand();
            command.CommandText = text;
            _commands[text] = command;
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>The prepared twin of a command EF built, with its parameters.</summary>
    /// <remarks>
    /// EF's own parameter objects are handed over, not copied: a parameter's type and size read back from one that was
    /// not given them are worked out from its current value (a size of 0 for a date), and would bind the next value wrongly.
    /// </remarks>
    internal SqliteCommand For(DbCommand built)
    {
        var command = For(built.CommandText, (SqliteTransaction?)built.Transaction);
        command.CommandTimeout = built.CommandTimeout;
        command.Parameters.Clear();
        foreach (SqliteParameter parameter in built.Parameters)
        {
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}

/// <summary>
/// Runs EF's commands on a connection that keeps its commands prepared (<see cref="Keep"/>) through its
/// <see cref="PreparedCommands"/>; on every other connection it does nothing.
/// </summary>
internal sealed class PreparedCommandInterceptor : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<SqliteConnection, PreparedCommands> Kept = new();

    /// <summary>From now on, EF's commands on <paramref name="connection"/> run prepared (until the connection is collected).</summary>
    public static PreparedCommands Keep(SqliteConnection connection)
    {
        var prepared = new PreparedCommands(connection);
        Kept.AddOrUpdate(connection, prepared);
        return prepared;
    }

    /// <summary>A new connection, open, with <see cref="SqliteDialect.ConnectionPragmas"/> set and its commands kept prepared.</summary>
    public static async Task<(SqliteConnection Connection, PreparedCommands Prepared)> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = SqliteDialect.ConnectionPragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return (connection, Keep(connection));
    }

    /// <summary>Disposes the commands kept for <paramref name="connection"/>, then the connection.</summary>
    public static void Close(SqliteConnection connection)
    {
        Forget(connection);
        connection.Dispose();
    }

    /// <summary>The commands kept for <paramref name="connection"/>, if it keeps them.</summary>
    public static PreparedCommands? KeptFor(DbConnection connection) =>
        connection is SqliteConnection sqlite && Kept.TryGetValue(sqlite, out var prepared) ? prepared : null;

    /// <summary>Disposes the commands kept for <paramref name="connection"/> (before it is closed).</summary>
    public static void Forget(SqliteConnection connection)
    {
        if (Kept.TryGetValue(connection, out var prepared))
        {
            prepared.Dispose();
            Kept.Remove(connection);
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Prepared(command, result) is { } prepared ? InterceptionResult<DbDataReader>.SuppressWithResult(prepared.ExecuteReader()) : result;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        Prepared(command, result) is { } prepared
            ? InterceptionResult<DbDataReader>.SuppressWithResult(await prepared.ExecuteReaderAsync(cancellationToken))
            : result;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Prepared(command, result) is { } prepared ? InterceptionResult<int>.SuppressWithResult(prepared.ExecuteNonQuery()) : result;

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        Prepared(command, result) is { } prepared
            ? InterceptionResult<int>.SuppressWithResult(await prepared.ExecuteNonQueryAsync(cancellationToken))
            : result;

    private static SqliteCommand? Prepared<T>(DbCommand command, InterceptionResult<T> result) =>
        !result.HasResult && command.Connection is SqliteConnection connection && Kept.TryGetValue(connection, out var prepared)
            ? prepared.For(command)
            : null;
}
