using MissionTracker.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace MissionTracker.Tests.Data;

/// <summary>The kept read connections: lent one request at a time, reused, and never more at once than the pool's size.</summary>
public sealed class ReadConnectionsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "missiontracker-tests", Guid.NewGuid().ToString("N"));

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "reads.db")};Pooling=False";

    [Fact]
    public async Task ALeaseIsAnOpenConnectionOfItsOwnAndIsLentAgainOnceReturned()
    {
        Directory.CreateDirectory(_folder);
        using var pool = new SqliteReadConnections(ConnectionString);

        var first = await pool.LeaseAsync(CancellationToken.None);
        var second = await pool.LeaseAsync(CancellationToken.None);
        Assert.Equal(System.Data.ConnectionState.Open, first.Connection.State);
        Assert.NotSame(first.Connection, second.Connection);
        var kept = first.Connection;
        first.Dispose();
        first.Dispose(); // a second dispose returns nothing twice
        using var third = await pool.LeaseAsync(CancellationToken.None);
        Assert.Same(kept, third.Connection);
        second.Dispose();
    }

    [Fact]
    public async Task BeyondItsSizeALeaseWaitsForOneToComeBack()
    {
        Directory.CreateDirectory(_folder);
        using var pool = new SqliteReadConnections(ConnectionString);
        var leases = new List<SqliteReadConnections.Lease>();
        for (var i = 0; i < SqliteReadConnections.Size; i++)
        {
            leases.Add(await pool.LeaseAsync(CancellationToken.None));
        }

        var waiting = pool.LeaseAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        leases[0].Dispose();
        using var lent = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Same(leases[0].Connection, lent.Connection);

        using var cancelled = new CancellationTokenSource(50);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pool.LeaseAsync(cancelled.Token));
        foreach (var lease in leases.Skip(1))
        {
            lease.Dispose();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp clean-up.
        }
    }
}
