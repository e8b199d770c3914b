using MissionTracker.Web.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Data;

public static class DataExtensions
{
    public const string ConnectionStringName = "MissionTracker";

    /// <summary>The folder for the database, logs and keys: <c>MissionTracker:DataDirectory</c>, default <c>data/</c> under the content root.</summary>
    public static string DataDirectory(this IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["MissionTracker:DataDirectory"];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "data")
            : Path.Combine(environment.ContentRootPath, configured));
    }

    public static WebApplicationBuilder AddMissionTrackerData(this WebApplicationBuilder builder)
    {
        var connectionString = ResolveConnectionString(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton<SqlitePragmaInterceptor>();
        builder.Services.AddSingleton<PreparedCommandInterceptor>();
        builder.Services.AddSingleton(_ => new SqliteWriteGate(connectionString));
        builder.Services.AddSingleton(_ => new SqliteReadConnections(connectionString));
        builder.Services.AddSingleton<CacheEvictionInterceptor>();
        builder.Services.AddSingleton<SqlCommandCounter>();
        builder.Services.AddDbContextPool<MissionTrackerDbContext>((services, options) => options
            // A list in a query (ids.Contains(e.Id)) goes as one array parameter: EF's default, one parameter per element,
            // makes the SQL depend on the list, and EF rebuilds it under a lock on every execution (a quarter of the CPU
            // of the statement writes' lookups). On PostgreSQL the same setting sends a native array.
            // A collection in a projection (a record's citations, a mission's status history) is read by a query of its
            // own: in one query EF joins it as LEFT JOIN (subquery with a join), which SQLite cannot flatten, so it built
            // the whole subquery (every citation with its source) for each read — 0.7 s for one mission at 100,000 rows.
            .UseSqlite(connectionString, sqlite => sqlite
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(
                services.GetRequiredService<SqlitePragmaInterceptor>(),
                services.GetRequiredService<PreparedCommandInterceptor>(),
                services.GetRequiredService<CacheEvictionInterceptor>(),
                services.GetRequiredService<SqlCommandCounter>()));
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddSingleton<Infrastructure.CommandLine.IAdminCommand, Infrastructure.CommandLine.BackupCommand>();
        builder.Services.AddSingleton<Infrastructure.CommandLine.IAdminCommand, Infrastructure.CommandLine.RestoreCommand>();
        builder.Services.AddSingleton<Infrastructure.CommandLine.IAdminCommand, Infrastructure.CommandLine.GenerateDataCommand>();
        builder.Services.AddSingleton<Infrastructure.CommandLine.IAdminCommand, Features.History.UndeleteCommand>();
        builder.Services.AddScoped<Features.Seeding.SyntheticData>();
        // Sign-in cookies and antiforgery tokens survive a restart: the keys live in the data folder.
        builder.Services.AddDataProtection()
            .SetApplicationName("MissionTracker")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(builder.Configuration.DataDirectory(builder.Environment), "keys")));
        builder.Services.AddScoped<Features.Seeding.Seeder>();
        return builder;
    }

    private static string ResolveConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        var connection = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(configuration.DataDirectory(environment), "missiontracker.db")}"
            : configured);
        if (connection.DataSource is { Length: > 0 } file && file != ":memory:" && connection.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        return connection.ToString();
    }
}
