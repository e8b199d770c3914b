using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MissionTracker.Tests.Reliability;

/// <summary>The real server in its own process: killed with SIGKILL mid-write, stopped with SIGTERM mid-request, restarted.</summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "missiontracker-tests", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_data, "missiontracker.db");

    private async Task<HttpClient> KeyedClientAsync(ServerProcess server)
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await ServerProcess.RunCommandAsync(_data, "create-api-key", "w-" + Guid.NewGuid().ToString("N")[..8], "--scope", "write"));
        return client;
    }

    [Fact]
    public async Task KilledMidWriteTheDatabaseIsSoundEveryAcknowledgedWriteIsThereAndTheAppStartsAgain()
    {
        Directory.CreateDirectory(_data);
        var server = await ServerProcess.StartAsync(_data);
        using var client = await KeyedClientAsync(server);
        var acknowledged = new ConcurrentDictionary<int, string>();
        using var killed = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !killed.IsCancellationRequested; i++)
            {
                var title = $"crash {w}-{i}";
                try
                {
                    using var response = await client.PostAsJsonAsync("/api/v1/sources", new { title, text = title + " " + new string('t', 2000) });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged[(await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32()] = title;
                    }
                }
                catch (HttpRequestException)
                {
                    return; // the server is gone
                }
                catch (TaskCanceledException)
                {
                    return;
                }
            }
        })).ToList();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (acknowledged.Count < 150)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Only {acknowledged.Count} writes were acknowledged in two minutes.");
            await Task.Delay(20);
        }
        await server.DisposeAsync(); // SIGKILL in the middle of the writes
        await killed.CancelAsync();
        await Task.WhenAll(writers);
        output.WriteLine($"{acknowledged.Count} writes acknowledged before the kill");

        await using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await connection.OpenAsync();
            Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(connection, default));
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Id\", \"Title\" FROM \"Sources\" WHERE \"Title\" LIKE 'crash %'";
            var stored = new Dictionary<int, string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    stored[reader.GetInt32(0)] = reader.GetString(1);
                }
            }
            Assert.All(acknowledged, a => Assert.Equal(a.Value, stored.GetValueOrDefault(a.Key)));
        }

        await using var again = await ServerProcess.StartAsync(_data);
        using var after = await KeyedClientAsync(again);
        var health = await after.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("checks").TryGetProperty("database", out _));
        Assert.True(health.GetProperty("checks").TryGetProperty("feeds", out _));
        Assert.Equal(HttpStatusCode.Created, (await after.PostAsJsonAsync("/api/v1/sources", new { title = "after the crash" })).StatusCode);
    }

    [Fact]
    public async Task AMigrationInterruptedByAKillLeavesNothingThatStopsTheNextStart()
    {
        Directory.CreateDirectory(_data);
        // A database made by an older release, and the lock row EF Core leaves when the migrating process dies.
        var options = new DbContextOptionsBuilder<Web.Data.MissionTrackerDbContext>().UseSqlite($"Data Source={DatabasePath};Pooling=False").Options;
        await using (var db = new Web.Data.MissionTrackerDbContext(options))
        {
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(migrations[^2]);
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"__EFMigrationsLock\" (\"Id\" INTEGER NOT NULL CONSTRAINT \"PK___EFMigrationsLock\" PRIMARY KEY, \"Timestamp\" TEXT NOT NULL); " +
                "INSERT INTO \"__EFMigrationsLock\" VALUES (1, '2020-02-12 00:00:00+00:00');");
        }

        await using var server = await ServerProcess.StartAsync(_data);

        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/missions/nmi")).StatusCode);
        await using var check = new Web.Data.MissionTrackerDbContext(options);
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task SigtermDuringASlowRequestLetsItFinishBeforeTheServerStops()
    {
        Directory.CreateDirectory(_data);
        var server = await ServerProcess.StartAsync(_data);
        using var client = await KeyedClientAsync(server);
        var title = "sent slowly " + Guid.NewGuid().ToString("N");
        var body = new SlowBody($"{{\"title\":\"{title}\",\"text\":\"", "\"}").Json();

        var request = client.PostAsync("/api/v1/sources", body);
        await body.FirstHalfSent;
        await server.TerminateAsync();
        await Task.Delay(1500); // the server is shutting down while the request is in flight
        body.SendTheRest();

        using var response = await request;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(server.Process.WaitForExit(TimeSpan.FromSeconds(30)), "the server did not stop after SIGTERM");
        Assert.Equal(0, server.Process.ExitCode);
        await server.DisposeAsync();
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"Sources\" WHERE \"Title\" = $title";
        command.Parameters.AddWithValue("$title", title);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS's temp clean-up.
        }
    }

    /// <summary>A JSON body sent in two parts, the second only when the test says so.</summary>
    private sealed class SlowBody(string first, string rest) : HttpContent
    {
        private readonly TaskCompletionSource _firstSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _sendRest = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstHalfSent => _firstSent.Task;

        public SlowBody Json()
        {
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return this;
        }

        public void SendTheRest() => _sendRest.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(first));
            await stream.FlushAsync();
            _firstSent.TrySetResult();
            await _sendRest.Task;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(rest));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = System.Text.Encoding.UTF8.GetByteCount(first + rest);
            return true;
        }
    }
}
