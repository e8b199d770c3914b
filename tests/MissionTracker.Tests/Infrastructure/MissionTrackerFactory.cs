using MissionTracker.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Infrastructure;

/// <summary>
/// The real app over the real HTTP pipeline, on its own SQLite file in a temporary folder (migrated and seeded at start-up
/// as in production). Each factory is one database; tests that must not see each other's rows create their own data.
/// </summary>
public class MissionTrackerFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "missiontracker-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(DataDirectory, "missiontracker.db");

    /// <summary>Extra settings a test class needs (e.g. requiring sign-in); applied over the defaults.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(DataDirectory);
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["MissionTracker:DataDirectory"] = DataDirectory,
            ["ConnectionStrings:MissionTracker"] = $"Data Source={DatabasePath}",
            ["MissionTracker:Logging:File"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            // High enough that only the rate-limit tests (which lower them) meet the limits.
            ["MissionTracker:RateLimits:Writes:PermitLimit"] = "100000",
            ["MissionTracker:RateLimits:Expensive:PermitLimit"] = "100000",
            ["MissionTracker:RateLimits:FailedCredentials"] = "100000",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        // UseSetting reaches WebApplicationBuilder.Configuration before Program reads it (the connection string, the
        // security options); ConfigureAppConfiguration alone arrives only after the services are registered.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(settings));
    }

    /// <summary>Runs <paramref name="work"/> with a DbContext of this app's database, for arranging and asserting.</summary>
    public async Task<T> WithDbAsync<T>(Func<MissionTrackerDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MissionTrackerDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow shutdown; the temp folder is cleaned by the OS.
            }
        }
    }
}
