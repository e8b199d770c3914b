using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// A few read connections kept open for the app's lifetime, whose commands stay prepared (<see cref="PreparedCommands"/>),
/// lent to the API's list pages. EF otherwise takes a pooled connection and hands it back around each of a page's three or
/// four queries, and SQLite compiles each query again on every page: a tenth to a fifth of a first-time page's CPU.
/// </summary>
/// <remarks>
/// A connection holds no read snapshot between statements (a prepared statement is reset once read), so a page read after
/// a write sees it, as on any other connection. At most <see cref="Size"/> pages read at once; the others wait their turn,
/// which on a machine with few cores costs nothing the CPU could have given them.
/// </remarks>
public sealed class SqliteReadConnections(string connectionString) : IDisposable
{
    public static readonly int Size = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly SemaphoreSlim _slots = new(Size, Size);

    /// <summary>An open connection, until the lease is disposed.</summary>
    public async Task<Lease> LeaseAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        try
        {
            if (!_idle.TryTake(out var connection))
            {
                (connection, _) = await PreparedCommandInterceptor.OpenAsync(connectionString, cancellationToken);
            }
            return new Lease(this, connection);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private void Return(SqliteConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            PreparedCommandInterceptor.Close(connection);
        }
        else
        {
            _idle.Add(connection);
        }
        _slots.Release();
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var connection))
        {
            PreparedCommandInterceptor.Close(connection);
        }
    }

    public sealed class Lease(SqliteReadConnections pool, SqliteConnection connection) : IDisposable
    {
        private int _returned;

        public SqliteConnection Connection => connection;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _returned, 1) == 0)
            {
                pool.Return(connection);
            }
        }
    }
}
