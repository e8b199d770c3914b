using MissionTracker.Web.Data;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Infrastructure.CommandLine;

/// <summary><c>backup PATH</c>: a consistent copy of the database, safe while the app runs.</summary>
internal sealed class BackupCommand : IAdminCommand
{
    public string Name => "backup";
    public string Usage => "backup PATH              copy the database to PATH (consistent while the app runs)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }
        var db = services.GetRequiredService<MissionTrackerDbContext>();
        await SqliteBackup.BackupAsync(db.Database.GetConnectionString()!, arguments[0], cancellationToken);
        await output.WriteLineAsync($"Backed up to {Path.GetFullPath(arguments[0])}");
        return 0;
    }
}

/// <summary><c>restore PATH</c>: replaces the database with a backup (stop the app first).</summary>
internal sealed class RestoreCommand : IAdminCommand
{
    public string Name => "restore";
    public string Usage => "restore PATH             replace the database with the backup at PATH (stop the app first)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync("usage: " + Usage);
            return 2;
        }
        var db = services.GetRequiredService<MissionTrackerDbContext>();
        try
        {
            await SqliteBackup.RestoreAsync(db.Database.GetConnectionString()!, arguments[0], cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            await output.WriteLineAsync($"Not restored: {e.Message}");
            return 1;
        }
        // A backup from an older version is brought up to the current schema now, not at the next start.
        await db.Database.MigrateAsync(cancellationToken);
        await output.WriteLineAsync($"Restored from {Path.GetFullPath(arguments[0])}");
        return 0;
    }
}
