using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Operations;

public sealed class GenerateDataTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    [Fact]
    public async Task GenerateDataAddsTheRequestedShapeThroughTheModel()
    {
        var before = await factory.WithDbAsync(async db => (await db.Statements.CountAsync(), await db.Citations.CountAsync()));
        await using var scope = factory.Services.CreateAsyncScope();
        var output = new StringWriter();

        var exit = await new GenerateDataCommand().RunAsync(scope.ServiceProvider, ["--statements", "500", "--seed", "7"], output, default);

        Assert.Equal(0, exit);
        var (statements, missions, observations, transfers, events, unsourced) = await factory.WithDbAsync(async db => (
            await db.Statements.CountAsync(),
            await db.Missions.CountAsync(m => m.Slug.StartsWith("syn7-")),
            await db.StrengthObservations.CountAsync(o => o.Mission.Slug.StartsWith("syn7-")),
            await db.TroopTransfers.CountAsync(t => t.StatusChanges.Any()),
            await db.Events.CountAsync(e => e.Title.Contains("syn7 event")),
            await db.Statements.CountAsync(s => !s.Citations.Any())));
        Assert.Equal(before.Item1 + 500, statements);
        Assert.Equal(20, missions);
        Assert.Equal(250, observations);
        Assert.True(transfers >= 25);
        Assert.Equal(50, events);
        Assert.Equal(0, unsourced);
        Assert.Contains("500 statements", output.ToString());
        // Synthetic rows are nobody's edits: one history entry for the run, none per record.
        var (runEntries, missionEntries) = await factory.WithDbAsync(async db => (
            await db.AuditEntries.CountAsync(a => a.EntityType == "SyntheticData" && a.EntityId == "syn7"),
            await db.AuditEntries.CountAsync(a => a.EntityType == "Mission" && a.Changes.Contains("syn7-mission-"))));
        Assert.Equal(1, runEntries);
        Assert.Equal(0, missionEntries);
    }

    [Fact]
    public async Task BadArgumentsPrintTheUsage()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var output = new StringWriter();

        Assert.Equal(2, await new GenerateDataCommand().RunAsync(scope.ServiceProvider, ["--statements", "lots"], output, default));
        Assert.Contains("usage: generate-data", output.ToString());
    }
}
