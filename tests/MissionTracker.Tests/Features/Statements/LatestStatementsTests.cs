using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using MissionTracker.Web.Features.Missions;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Features.Statements;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Tests.Features.Statements;

/// <summary>A mission's latest statements are read through its links when it has few, by date otherwise: the same answer.</summary>
public sealed class LatestStatementsTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AMissionsLatestStatementsAreTheSameThroughItsLinksAndByDate()
    {
        await using (var db = _database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var small = new Mission { Slug = "small", Name = "Small mission" };
            var large = new Mission { Slug = "large", Name = "Large mission" };
            var source = new Source { Title = "A source" };
            Statement Said(int day, string text, params Mission[] missions) => new()
            {
                Text = text, SaidOn = new DateOnly(2020, 2, day), Missions = [.. missions], Citations = [new Citation { Source = source }],
            };
            db.Statements.AddRange(
                Said(1, "small, oldest", small), Said(5, "small and large, same day, first", small, large), Said(5, "small, same day, second", small),
                Said(9, "small, deleted", small), Said(7, "large only", large), Said(20, "no mission"));
            await db.SaveChangesAsync();
            var deleted = await db.Statements.SingleAsync(s => s.Text == "small, deleted");
            deleted.DeletedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        async Task<string[]> Latest(int fewLinks, int count, string mission)
        {
            await using var db = _database.CreateContext();
            var latest = await new StatementService(db) { FewLinks = fewLinks }.LatestAsync(count, mission, CancellationToken.None);
            return [.. latest.Select(s => s.Text)];
        }

        string[] expected = ["small, same day, second", "small and large, same day, first"];
        Assert.Equal(expected, await Latest(fewLinks: 2_000, 2, "small")); // through the mission's links
        Assert.Equal(expected, await Latest(fewLinks: 0, 2, "small"));     // by date, each statement's link looked up
        Assert.Equal(["large only", "small and large, same day, first"], await Latest(fewLinks: 2_000, 5, "large"));
        Assert.Equal(["large only", "small and large, same day, first"], await Latest(fewLinks: 0, 5, "large"));
        Assert.Empty(await Latest(fewLinks: 2_000, 5, "no-such-mission"));
        Assert.Empty(await Latest(fewLinks: 0, 5, "no-such-mission"));
    }
}
