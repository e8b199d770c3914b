using Microsoft.Data.Sqlite;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Seeding;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace MissionTracker.Tests.Data;

public sealed class DatabaseTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<MissionTrackerDbContext> MigratedAndSeededAsync()
    {
        var db = _database.CreateContext();
        await db.Database.MigrateAsync();
        await new Seeder(db, NullLogger<Seeder>.Instance).SeedAsync(Seeder.DefaultSeedFile, CancellationToken.None);
        return db;
    }

    [Fact]
    public async Task MigrationsApplyToAnEmptyDatabaseAndMatchTheModel()
    {
        await using var db = _database.CreateContext();
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes that no migration captures: run dotnet ef migrations add.");
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'").ToListAsync();
        Assert.Superset(new HashSet<string> { "Missions", "MissionStatusChanges", "Countries", "Organisations", "People", "PersonRoles",
            "StrengthObservations", "TroopTransfers", "TransferStatusChanges", "Statements", "StatementMissions", "Sources", "Events",
            "EventMissions", "EventCountries", "Citations" }, tables.ToHashSet());
    }

    [Fact]
    public async Task SeedingFillsAnEmptyDatabaseWithTheTwelfthOfFebruary2020()
    {
        await using var db = await MigratedAndSeededAsync();

        Assert.Equal(249, await db.Countries.CountAsync());
        var nmi = await db.Missions.Include(m => m.StatusChanges).SingleAsync(m => m.Slug == "nmi");
        Assert.Equal("NATO Mission Iraq", nmi.Name);
        Assert.Equal(500, await db.StrengthObservations.Where(o => o.MissionId == nmi.Id && o.CountryId == null).Select(o => o.Personnel.Count).SingleAsync());
        Assert.True(await db.Missions.AnyAsync(m => m.Slug == "global-coalition"));
        Assert.Equal(4, await db.Statements.CountAsync(s => s.Speaker!.Name == "Jens Stoltenberg" && s.Kind == StatementKind.Direct));
        Assert.True(await db.Statements.AnyAsync(s => s.Speaker!.Name == "Margarita Robles" && s.Kind == StatementKind.Direct));
        Assert.True(await db.Statements.AnyAsync(s => s.Speaker!.Name == "Ben Wallace" && s.Kind == StatementKind.Paraphrase));
        Assert.True(await db.TroopTransfers.AnyAsync(t => t.Country.Code == "ES" && t.FromMission!.Slug == "global-coalition" && t.ToMission!.Slug == "nmi"));
        Assert.Contains(await db.StrengthObservations.Select(o => o.Personnel.Count).ToListAsync(), c => c == 5200);
        Assert.Contains(await db.StrengthObservations.Select(o => o.Personnel.Count).ToListAsync(), c => c == 11000);
        // Every fact is sourced.
        Assert.False(await db.Statements.AnyAsync(s => !s.Citations.Any()));
        Assert.False(await db.StrengthObservations.AnyAsync(o => !o.Citations.Any()));
        Assert.False(await db.TroopTransfers.AnyAsync(t => !t.Citations.Any()));
        Assert.False(await db.Events.AnyAsync(e => !e.Citations.Any()));
        Assert.False(await db.MissionStatusChanges.AnyAsync(s => !s.Citations.Any()));
    }

    [Fact]
    public async Task StartingTheAppGivesTheQueryPlannerStatistics()
    {
        using var factory = new MissionTrackerFactory();
        factory.CreateClient().Dispose();

        var tables = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("SELECT DISTINCT \"tbl\" AS \"Value\" FROM sqlite_stat1").ToListAsync());

        Assert.Contains("Citations", tables);
        Assert.Contains("StrengthObservations", tables);
    }

    [Fact]
    public async Task SeedingTwiceChangesNothing()
    {
        await using var db = await MigratedAndSeededAsync();
        var before = await SnapshotAsync(db);

        await new Seeder(db, NullLogger<Seeder>.Instance).SeedAsync(Seeder.DefaultSeedFile, CancellationToken.None);

        Assert.Equal(before, await SnapshotAsync(db));
    }

    private static async Task<string> SnapshotAsync(MissionTrackerDbContext db) => string.Join(",",
        await db.Countries.CountAsync(), await db.Missions.CountAsync(), await db.Statements.CountAsync(), await db.Sources.CountAsync(),
        await db.StrengthObservations.CountAsync(), await db.TroopTransfers.CountAsync(), await db.Events.CountAsync(),
        await db.Citations.CountAsync(), await db.People.CountAsync(), await db.Organisations.CountAsync(),
        await db.Missions.MaxAsync(m => m.UpdatedAt));

    [Fact]
    public async Task ACitationMustSupportExactlyOneFact()
    {
        await using var db = await MigratedAndSeededAsync();
        var sourceId = await db.Sources.Select(s => s.Id).FirstAsync();
        var statementId = await db.Statements.Select(s => s.Id).FirstAsync();
        var eventId = await db.Events.Select(s => s.Id).FirstAsync();

        db.Citations.Add(new Citation { SourceId = sourceId });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Citations.Add(new Citation { SourceId = sourceId, StatementId = statementId, TimelineEventId = eventId });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Citations.Add(new Citation { SourceId = sourceId, StatementId = statementId, SpanStart = 10, SpanEnd = 5 });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task SlugsAreUniqueAndLowerCase()
    {
        await using var db = await MigratedAndSeededAsync();

        db.Missions.Add(new Mission { Slug = "nmi", Name = "Another" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        db.Missions.Add(new Mission { Slug = "Upper", Name = "Upper case" });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task ASourceThatSupportsFactsCannotBeRemovedFromTheFileAndADeletedFactKeepsItsCitationsForARestore()
    {
        await (await MigratedAndSeededAsync()).DisposeAsync();
        await using var db = _database.CreateContext();
        var source = await db.Sources.FirstAsync(s => db.Citations.Any(c => c.SourceId == s.Id));

        await Assert.ThrowsAsync<SqliteException>(() => db.Sources.Where(s => s.Id == source.Id).ExecuteDeleteAsync());

        var statement = await db.Statements.FirstAsync();
        db.Statements.Remove(statement);
        await db.SaveChangesAsync();
        Assert.False(await db.Statements.AnyAsync(s => s.Id == statement.Id));
        Assert.NotNull((await db.Statements.IgnoreQueryFilters().SingleAsync(s => s.Id == statement.Id)).DeletedAt);
        Assert.True(await db.Citations.AnyAsync(c => c.StatementId == statement.Id));
    }

    [Fact]
    public async Task ForeignKeysAreEnforced()
    {
        await using var db = await MigratedAndSeededAsync();
        db.Statements.Add(new Statement { SpeakerId = 999_999, Text = "x", SaidOn = new DateOnly(2020, 2, 12) });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task AConcurrentEditIsRejectedNotOverwritten()
    {
        await using var seeded = await MigratedAndSeededAsync();
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var a = await first.Missions.SingleAsync(m => m.Slug == "nmi");
        var b = await second.Missions.SingleAsync(m => m.Slug == "nmi");

        a.Notes = "First editor";
        await first.SaveChangesAsync();
        b.Notes = "Second editor";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        Assert.Equal(2, a.Version);
    }

    [Fact]
    public async Task TimestampsAreUtcAndSetOnSave()
    {
        await using var db = await MigratedAndSeededAsync();
        var source = new Source { Title = "A test source" };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.Sources.SingleAsync(s => s.Id == source.Id);
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.InRange(stored.CreatedAt, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task AListOfStringsChangedInPlaceIsSeenAndSaved()
    {
        // StringListComparer replaces EF Core's comparer for these lists: it must copy the list, not keep a reference.
        await using (var db = await MigratedAndSeededAsync())
        {
            var nmi = await db.Missions.SingleAsync(m => m.Slug == "nmi");
            nmi.Aliases.Add("NMI (expanded)");
            db.ChangeTracker.DetectChanges();
            Assert.Equal(EntityState.Modified, db.Entry(nmi).State);
            await db.SaveChangesAsync();
            nmi.Aliases.Remove("NMI (expanded)");
            nmi.Aliases.Add("NMI (renamed)");
            await db.SaveChangesAsync();
        }
        await using var fresh = _database.CreateContext();
        var aliases = await fresh.Missions.Where(m => m.Slug == "nmi").Select(m => m.Aliases).SingleAsync();
        Assert.Contains("NMI (renamed)", aliases);
        Assert.DoesNotContain("NMI (expanded)", aliases);
    }
}
