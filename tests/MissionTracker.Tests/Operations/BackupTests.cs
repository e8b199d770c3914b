using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data.Sqlite;
using MissionTracker.Web.Features.Sources;
using MissionTracker.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Operations;

public sealed class BackupTests(MissionTrackerFactory factory) : IClassFixture<MissionTrackerFactory>
{
    private async Task<int> RunAsync(IAdminCommand command, params string[] arguments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await command.RunAsync(scope.ServiceProvider, arguments, TextWriter.Null, default);
    }

    private Task<int> AddSourceAsync(string title) => factory.WithDbAsync(async db =>
    {
        var source = new Source { Title = title };
        db.Sources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    });

    [Fact]
    public async Task ABackupTakenWhileWritingRestoresToASoundDatabaseWithEverythingBeforeIt()
    {
        var kept = await AddSourceAsync("Before the backup " + Guid.NewGuid());
        var backup = Path.Combine(factory.DataDirectory, "backups", "copy.db");
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var n = 0;
            while (!writing.IsCancellationRequested)
            {
                await AddSourceAsync($"During the backup {n++}");
            }
        });

        Assert.Equal(0, await RunAsync(new BackupCommand(), backup));
        await writing.CancelAsync();
        await writer;
        await SqliteBackup.CheckAsync(backup, default);

        var lost = await AddSourceAsync("After the backup");
        Assert.Equal(0, await RunAsync(new RestoreCommand(), backup));

        Assert.True(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == kept)));
        Assert.False(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == lost)));
    }

    [Fact]
    public async Task RestoringSomethingThatIsNotADatabaseChangesNothing()
    {
        var id = await AddSourceAsync("Still here " + Guid.NewGuid());
        var junk = Path.Combine(factory.DataDirectory, "junk.db");
        await File.WriteAllTextAsync(junk, "this is not a database");

        Assert.Equal(1, await RunAsync(new RestoreCommand(), junk));
        Assert.Equal(1, await RunAsync(new RestoreCommand(), Path.Combine(factory.DataDirectory, "missing.db")));
        Assert.True(await factory.WithDbAsync(db => db.Sources.AnyAsync(s => s.Id == id)));
    }
}
