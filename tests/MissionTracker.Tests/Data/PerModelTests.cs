using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Api;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Data;

/// <summary>Compiled lookups run against every model in the process, not only the first one they met.</summary>
public sealed class PerModelTests
{
    [Fact]
    public void EachModelHasItsOwnCompiledQuery()
    {
        using var first = new TestDatabase();
        using var second = new TestDatabase();
        using var a = first.CreateContext();
        using var b = OtherOptions(second);
        Assert.NotSame(a.Model, b.Model);
        var perModel = new PerModel<object>(() => new object());

        Assert.Same(perModel.For(a), perModel.For(a));
        Assert.NotSame(perModel.For(a), perModel.For(b));
    }

    [Fact]
    public async Task TheLookupsOfAWriteWorkOnContextsWithDifferentModels()
    {
        using var first = new TestDatabase();
        using var second = new TestDatabase();
        await using var a = first.CreateContext();
        await using var b = OtherOptions(second);
        foreach (var db in new[] { a, b })
        {
            await db.Database.MigrateAsync();
            var errors = new ValidationErrors();

            var missions = await db.MissionsAsync("missions", ["no-such-mission"], errors, CancellationToken.None);
            await db.CitationsAsync([12345], null, errors, CancellationToken.None);

            Assert.Empty(missions);
            Assert.True(errors.Any);
        }
    }

    /// <summary>
    /// Without service-provider caching, EF builds an internal service provider of its own, and with it another model, as
    /// happens when contexts with other options meet in one process (the test factories and the contexts of these tests).
    /// </summary>
    private static MissionTrackerDbContext OtherOptions(TestDatabase database) =>
        new(new DbContextOptionsBuilder<MissionTrackerDbContext>()
            .UseSqlite(database.ConnectionString)
            .EnableServiceProviderCaching(false)
            .Options);
}
