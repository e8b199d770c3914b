using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Reliability;

/// <summary>The write gate commits the saves queued together in one transaction, each in its own savepoint.</summary>
public sealed class GroupCommitTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "missiontracker-tests", Guid.NewGuid().ToString("N"));

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "gate.db")};Pooling=False";

    [Fact]
    public async Task SavesQueuedTogetherCommitInOneTransactionAndAFailingOneLeavesNothingAndGetsItsException()
    {
        using var gate = await GateOverATableAsync();
        var transactions = new List<DbTransaction>();

        Task<int> Insert(string name, bool fail = false) => gate.WriteAsync(async (connection, transaction) =>
        {
            transactions.Add(transaction);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO \"Rows\" VALUES ($name)";
            command.Parameters.Add(new SqliteParameter("$name", name));
            await command.ExecuteNonQueryAsync();
            return fail ? throw new InvalidOperationException($"{name} refused after writing") : 1;
        }, CancellationToken.None);

        Task<int>[] saves;
        using (gate.Enter())
        {
            // The writer's turn is taken: these queue up, and the first to get the turn writes them all as one group.
            saves = [Insert("a"), Insert("b"), Insert("c", fail: true), Insert("d"), Insert("e")];
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => saves[2]);
        Assert.Equal("c refused after writing", refused.Message);
        var saved = await Task.WhenAll(saves.Where((_, i) => i != 2));
        Assert.Equal([1, 1, 1, 1], saved);
        Assert.Equal(5, transactions.Count);
        Assert.Single(transactions.Distinct());
        Assert.Equal(["a", "b", "d", "e"], await RowsAsync());
    }

    [Fact]
    public async Task ASaveIsOnlyReportedDoneOnceItsGroupHasCommitted()
    {
        using var gate = await GateOverATableAsync();
        var committedWhenDone = new List<bool>();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await gate.WriteAsync(async (connection, transaction) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = $"INSERT INTO \"Rows\" VALUES ('row {i}')";
                return await command.ExecuteNonQueryAsync();
            }, CancellationToken.None);
            // Another connection sees the row as soon as the save returns.
            var rows = await RowsAsync();
            lock (committedWhenDone)
            {
                committedWhenDone.Add(rows.Contains($"row {i}"));
            }
        })));

        Assert.Equal(20, committedWhenDone.Count);
        Assert.All(committedWhenDone, Assert.True);
    }

    [Fact]
    public async Task ConcurrentCreatesWithOneDuplicateCommitTheOthersAndTheDuplicateGetsAProblemDetails()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        using var client = await factory.CreateKeyedClientAsync();
        var slugs = Enumerable.Range(0, 12).Select(i => $"gc-{run}-{i}").Append($"gc-{run}-3").ToList();

        var responses = await Task.WhenAll(slugs.Select(slug =>
            client.PostAsJsonAsync("/api/v1/missions", new { slug, name = $"Group commit {slug}", kind = "combat" })));

        Assert.Equal(12, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var refused = Assert.Single(responses, r => r.StatusCode != HttpStatusCode.Created);
        await refused.ProblemAsync(HttpStatusCode.Conflict);
        var stored = await factory.WithDbAsync(db => db.Missions.AsNoTracking()
            .Where(m => m.Slug.StartsWith($"gc-{run}-")).Select(m => m.Slug).ToListAsync());
        Assert.Equal(slugs.Distinct().Order(), stored.Order());
        var history = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .CountAsync(a => a.EntityType == "Mission" && a.Changes.Contains($"gc-{run}-")));
        Assert.Equal(12, history);
    }

    /// <summary>A gate over a new database file with one table, "Rows".</summary>
    private async Task<SqliteWriteGate> GateOverATableAsync()
    {
        Directory.CreateDirectory(_folder);
        await ExecuteAsync("CREATE TABLE \"Rows\" (\"Name\" TEXT NOT NULL);");
        return new SqliteWriteGate(ConnectionString);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<List<string>> RowsAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Name\" FROM \"Rows\" ORDER BY \"Name\"";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }
        return rows;
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
            // Left to the OS's temp clean-up (or never made: the HTTP test uses the factory's database).
        }
    }
}
