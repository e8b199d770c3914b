using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.Data.Sqlite;

namespace MissionTracker.Tests.Data;

/// <summary>The write gate's connection keeps its commands prepared by text; every run gets its own values.</summary>
public sealed class PreparedCommandsTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "missiontracker-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task TheSameTextIsOneCommandWhoseParametersTakeEachRunsValues()
    {
        await using var connection = await ConnectionAsync();
        using var prepared = new PreparedCommands(connection);

        for (var i = 0; i < 3; i++)
        {
            // As EF builds it: a new command each time, with the same text.
            await using var built = connection.CreateCommand();
            built.CommandText = "INSERT INTO \"Rows\" VALUES ($name, $size, $at) RETURNING rowid";
            // Longer each time: a size carried over from the run before would cut it.
            built.Parameters.Add(new SqliteParameter { ParameterName = "$name", Value = $"row {i}" + new string('!', i) });
            built.Parameters.Add(new SqliteParameter("$size", SqliteType.Integer) { Value = i == 1 ? DBNull.Value : i * 10 });
            built.Parameters.Add(new SqliteParameter { ParameterName = "$at", Value = new DateTime(2020, 2, 12 + i, 9, 30, 0, DateTimeKind.Utc) });
            var command = prepared.For(built);
            Assert.NotSame(built, command);
            Assert.Same(command, prepared.For(built.CommandText, null));
            Assert.Equal((long)i + 1, await command.ExecuteScalarAsync());
        }

        Assert.Equal(["row 0|0|2020-02-12 09:30:00", "row 1!||2020-02-13 09:30:00", "row 2!!|20|2020-02-14 09:30:00"], await RowsAsync(connection));
    }

    [Fact]
    public async Task BeyondItsLimitTheCacheStartsAgain()
    {
        await using var connection = await ConnectionAsync();
        using var prepared = new PreparedCommands(connection);
        var first = prepared.For("SELECT 0", null);

        for (var i = 1; i < 200; i++)
        {
            prepared.For($"SELECT {i}", null);
        }

        Assert.NotSame(first, prepared.For("SELECT 0", null));
    }

    [Fact]
    public async Task StatementsOfTheSameShapeWrittenTogetherEachKeepTheirOwnValues()
    {
        using var client = await factory.CreateKeyedClientAsync();
        var source = await client.PostAsJsonAsync("/api/v1/sources", new { title = "Prepared", outlet = "Tests", publishedOn = "2020-02-12" });
        Assert.Equal(HttpStatusCode.Created, source.StatusCode);
        var sourceId = (await source.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var run = Guid.NewGuid().ToString("N")[..8];

        // Same shape (one source, one mission, a speaker by name): the same INSERT text, run prepared with each one's values.
        var posts = await Task.WhenAll(Enumerable.Range(1, 12).Select(i => client.PostAsJsonAsync("/api/v1/statements", new
        {
            speakerName = $"Speaker {run} {i}",
            saidOn = $"2020-02-{i:00}",
            text = $"Statement {run} number {i}.",
            kind = "direct",
            missions = new[] { "nmi" },
            sourceIds = new[] { sourceId },
        })));

        Assert.All(posts, p => Assert.Equal(HttpStatusCode.Created, p.StatusCode));
        foreach (var post in posts)
        {
            var created = await post.Content.ReadFromJsonAsync<JsonElement>();
            var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/statements/{created.GetProperty("id").GetInt32()}");
            var number = int.Parse(read.GetProperty("text").GetString()!.Split(' ')[^1].TrimEnd('.'));
            Assert.Equal($"Statement {run} number {number}.", created.GetProperty("text").GetString());
            Assert.Equal($"2020-02-{number:00}", read.GetProperty("saidOn").GetString());
            Assert.Equal($"Speaker {run} {number}", read.GetProperty("speakerName").GetString());
            Assert.Equal(sourceId, read.GetProperty("citations")[0].GetProperty("sourceId").GetInt32());
            Assert.Equal("nmi", read.GetProperty("missions")[0].GetString());
        }
    }

    private async Task<SqliteConnection> ConnectionAsync()
    {
        Directory.CreateDirectory(_folder);
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "prepared.db")};Pooling=False");
        await connection.OpenAsync();
        await using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE \"Rows\" (\"Name\" TEXT NOT NULL, \"Size\" INTEGER, \"At\" TEXT)";
        await create.ExecuteNonQueryAsync();
        return connection;
    }

    private static async Task<List<string>> RowsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Name\" || '|' || COALESCE(\"Size\", '') || '|' || \"At\" FROM \"Rows\" ORDER BY rowid";
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
            // Left to the OS's temp clean-up.
        }
    }
}
