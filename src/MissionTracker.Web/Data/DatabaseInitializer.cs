using MissionTracker.Web.Features.Seeding;
using MissionTracker.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Data;

/// <summary>Brings the database to the current schema and seeds it, at start-up.</summary>
public sealed class DatabaseInitializer(MissionTrackerDbContext db, Seeder seeder, IConfiguration configuration, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var migrating = await SqliteDialect.MigrationFileLockAsync(db.Database.GetConnectionString()!, cancellationToken);
        if (migrating is not null
            && await db.Database.SqlQueryRaw<int>(SqliteDialect.MigrationLockTableExists).SingleAsync(cancellationToken) > 0
            && await db.Database.ExecuteSqlRawAsync(SqliteDialect.ReleaseStaleMigrationLock, cancellationToken) > 0)
        {
            logger.LogWarning("Released the migration lock left by a process that stopped while migrating");
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, pending);
        }
        await db.Database.MigrateAsync(cancellationToken);
        if (configuration.GetValue("MissionTracker:Seed", true))
        {
            await seeder.SeedAsync(configuration["MissionTracker:SeedFile"] ?? Seeder.DefaultSeedFile, cancellationToken);
        }
        await db.Database.ExecuteSqlRawAsync(SqliteDialect.RefreshPlannerStatistics, cancellationToken);
    }
}

public static class DatabaseInitializerExtensions
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(app.Lifetime.ApplicationStopping);
    }
}
