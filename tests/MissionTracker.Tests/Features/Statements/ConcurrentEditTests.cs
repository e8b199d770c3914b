using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissionTracker.Tests.Features.Statements;

/// <summary>An edit that races another one between its read and its write is refused, never applied over the other.</summary>
public sealed class ConcurrentEditTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    /// <summary>Just before the service's save opens its transaction, another writer changes the same statement.</summary>
    private sealed class RivalEdit(string connectionString) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(
            System.Data.Common.DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<System.Data.Common.DbTransaction> result,
            CancellationToken cancellationToken = default)
        {
            await using var rival = new SqliteConnection(connectionString);
            await rival.OpenAsync(cancellationToken);
            await using var command = rival.CreateCommand();
            command.CommandText = "UPDATE \"Statements\" SET \"Text\" = 'The rival''s wording', \"Version\" = \"Version\" + 1";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return result;
        }
    }

    private async Task<int> ArrangeStatementAsync()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        var source = new Source { Title = "A source" };
        var statement = new Statement { Text = "First wording", SaidOn = new DateOnly(2020, 2, 12), Citations = [new Citation { Source = source }] };
        db.Statements.Add(statement);
        await db.SaveChangesAsync();
        return statement.Id;
    }

    private MissionTrackerDbContext ContextWithRival() => new(new DbContextOptionsBuilder<MissionTrackerDbContext>()
        .UseSqlite(_database.ConnectionString)
        .AddInterceptors(new SqlitePragmaInterceptor(), new RivalEdit(_database.ConnectionString))
        .Options);

    private static StatementInput Edit(int sourceId) =>
        new("Editor", null, null, null, new DateOnly(2020, 2, 12), null, "My wording", StatementKind.Direct, null, null, [sourceId], null);

    [Theory]
    [InlineData(null, OutcomeStatus.Conflict)]
    [InlineData(1L, OutcomeStatus.PreconditionFailed)]
    public async Task ARacingEditIsRefusedAndTheOtherEditStays(long? expectedVersion, OutcomeStatus expected)
    {
        var id = await ArrangeStatementAsync();
        await using var db = ContextWithRival();
        var sourceId = await db.Sources.Select(s => s.Id).FirstAsync();

        var outcome = await new StatementService(db).ReplaceAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), Edit(sourceId), expectedVersion, CancellationToken.None);

        Assert.Equal(expected, outcome.Status);
        Assert.Contains("changed by someone else", outcome.Detail);
        await using var check = _database.CreateContext();
        Assert.Equal("The rival's wording", await check.Statements.Where(s => s.Id == id).Select(s => s.Text).SingleAsync());
    }
}
