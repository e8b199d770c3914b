namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// SQLite has one writer at a time. Rather than letting concurrent requests race for the file lock (and spin in the
/// busy handler), the app's own saves queue here, one at a time, while reads go on beside them (WAL).
/// See docs/decisions/004-one-writer-at-a-time.md.
/// </summary>
public sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits for the writer's turn; dispose the result to hand it on.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Turn(_gate);
    }

    public IDisposable Enter()
    {
        _gate.Wait();
        return new Turn(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
