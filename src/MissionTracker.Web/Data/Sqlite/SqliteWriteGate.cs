using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// SQLite has one writer at a time. Rather than letting concurrent requests race for the file lock (and spin in the
/// busy handler), the app's own saves queue here and are written by one writer, while reads go on beside them (WAL).
/// <para>
/// <b>Group commit.</b> Whoever gets the writer's turn writes every save queued at that moment (up to
/// <see cref="MaxGroup"/>) in one transaction on the gate's own connection, each save inside its own SAVEPOINT, and
/// commits once: a save that fails is rolled back to its savepoint and gets its exception, the others commit. A
/// commit costs the same for one save or fifty (the WAL frames of the shared index and full-text pages are written
/// once), so under load the cost per write falls as the queue grows. A save's task completes only after the commit:
/// a caller that sees success knows its rows are committed.
/// </para>
/// See docs/decisions/006-one-writer-at-a-time.md.
/// </summary>
public sealed class SqliteWriteGate(string connectionString) : IDisposable
{
    /// <summary>The most saves committed together: bounds the latency a large group adds to its first save.</summary>
    public const int MaxGroup = 64;

    /// <summary>A save to run inside the group's transaction, on the gate's connection.</summary>
    public delegate Task<int> Save(DbConnection connection, DbTransaction transaction);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<Queued> _queue = [];
    private SqliteConnection? _connection;
    private PreparedCommands? _prepared;

    /// <summary>Queues <paramref name="save"/>, and returns once it is committed (or has failed, with its exception).</summary>
    public async Task<int> WriteAsync(Save save, CancellationToken cancellationToken)
    {
        var queued = new Queued(save);
        lock (_lock)
        {
            _queue.Add(queued);
        }
        try
        {
            await _turn.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            lock (_lock)
            {
                if (_queue.Remove(queued))
                {
                    throw; // never started: nothing was written
                }
            }
            // Another writer took it into its group, and is using the caller's context: wait for the outcome.
            return await queued.Done.Task;
        }
        try
        {
            // A group is completed before its writer hands the turn on, so a save not done by now is still queued.
            while (!queued.Done.Task.IsCompleted)
            {
                await WriteGroupAsync(TakeGroup());
            }
        }
        finally
        {
            _turn.Release();
        }
        return await queued.Done.Task;
    }

    /// <summary>
    /// The writer's turn alone, for a save that runs its own transaction (the synchronous path): it waits for the group
    /// being written and keeps the next one waiting. Dispose the result to hand the turn on.
    /// </summary>
    public IDisposable Enter()
    {
        _turn.Wait();
        return new Turn(_turn);
    }

    private List<Queued> TakeGroup()
    {
        lock (_lock)
        {
            var group = _queue.Take(MaxGroup).ToList();
            _queue.RemoveRange(0, group.Count);
            return group;
        }
    }

    private async Task WriteGroupAsync(List<Queued> group)
    {
        var results = new List<(Queued Save, int Saved)>(group.Count);
        try
        {
            var (connection, prepared) = await ConnectionAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            // The savepoint commands, prepared once (SqliteTransaction.Save would prepare each again).
            async Task SavepointAsync(string sql) => await prepared.For(sql, transaction).ExecuteNonQueryAsync();
            foreach (var queued in group)
            {
                await SavepointAsync("SAVEPOINT save");
                try
                {
                    var saved = await queued.Run(connection, transaction);
                    await SavepointAsync("RELEASE save");
                    results.Add((queued, saved));
                }
                catch (Exception e)
                {
                    if (IsOutsideTransaction(connection))
                    {
                        // SQLite rolled the whole transaction back (a full disk, an I/O error): nothing of the group stands.
                        throw;
                    }
                    await SavepointAsync("ROLLBACK TO save");
                    await SavepointAsync("RELEASE save");
                    queued.Done.TrySetException(e);
                }
            }
            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            // Start the next group on a fresh connection, in case this one is broken.
            CloseConnection();
            foreach (var queued in group)
            {
                queued.Done.TrySetException(e);
            }
            return;
        }
        foreach (var (queued, saved) in results)
        {
            queued.Done.TrySetResult(saved);
        }
    }

    private static bool IsOutsideTransaction(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

    /// <summary>The gate's connection, open for the app's lifetime, whose commands (EF's included) stay prepared.</summary>
    private async Task<(SqliteConnection, PreparedCommands)> ConnectionAsync()
    {
        if (_connection is null || _prepared is null)
        {
            (_connection, _prepared) = await PreparedCommandInterceptor.OpenAsync(connectionString, CancellationToken.None);
        }
        return (_connection, _prepared);
    }

    private void CloseConnection()
    {
        if (_connection is not null)
        {
            PreparedCommandInterceptor.Close(_connection);
        }
        _connection = null;
        _prepared = null;
    }

    public void Dispose()
    {
        CloseConnection();
        _turn.Dispose();
    }

    private sealed class Queued(Save save)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<int> Run(DbConnection connection, DbTransaction transaction) => save(connection, transaction);
    }

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}
