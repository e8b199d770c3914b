using System.Collections.Concurrent;
using MissionTracker.Tests.Infrastructure;
using MissionTracker.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MissionTracker.Tests.Features.Caching;

/// <summary>
/// The main pages and endpoints run a small, fixed number of SQL commands however many rows they show: a query per row
/// (N+1) fails here. Requests carry an API key or a unique query, so the output cache never answers them.
/// </summary>
public sealed class SqlCommandCountTests(SqlCommandCountTests.CountingFactory factory) : IClassFixture<SqlCommandCountTests.CountingFactory>
{
    /// <summary>The app, with a first middleware that notes how many SQL commands each request ran.</summary>
    public sealed class CountingFactory : MissionTrackerFactory, IStartupFilter
    {
        public ConcurrentDictionary<string, int> ByUrl { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(this));
        }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                await inner(context);
                ByUrl[context.Request.Path + context.Request.QueryString] = SqlCommandCounter.For(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task MainPagesAndEndpointsRunAFewSqlCommandsWhateverTheRowCount()
    {
        var keyed = await factory.CreateKeyedClientAsync();
        var sourceId = await keyed.CreateSourceAsync();
        for (var i = 0; i < 12; i++)
        {
            await keyed.PostJsonAsync("/api/v1/statements", new
            {
                speakerName = $"Counted Speaker {i} {Guid.NewGuid():N}", saidOn = "2020-03-01", text = $"Statement {i}.", kind = "direct",
                missions = new[] { "nmi", "global-coalition" }, sourceIds = new[] { sourceId },
            });
        }
        var anonymous = factory.CreateClient();
        var unique = Guid.NewGuid().ToString("N");
        // Today's counts: a page of ids, its rows, one query per collection of the DTO (every collection is read by its own
        // query: split, see AddMissionTrackerData); one command of each keyed request is the key's lookup. The rows created above (several speakers, two missions each) must not add any.
        var bounds = new Dictionary<string, (HttpClient Client, int Max)>
        {
            ["/api/v1/statements?pageSize=50"] = (keyed, 5),
            ["/api/v1/statements?pageSize=50&q=statement"] = (keyed, 5),
            ["/api/v1/missions"] = (keyed, 6),
            // A mission's latest statements count its links first (at most 2,001) to choose how to read them.
            ["/api/v1/missions/nmi"] = (keyed, 10),
            ["/api/v1/missions/nmi/strength"] = (keyed, 5),
            ["/api/v1/sources"] = (keyed, 3),
            ["/api/v1/events"] = (keyed, 6),
            ["/api/v1/transfers"] = (keyed, 6),
            ["/api/v1/people"] = (keyed, 4),
            ["/api/v1/strength-observations"] = (keyed, 4),
            // The dashboard: one query per pipeline stage that has transfers (six stages at most).
            [$"/?unique={unique}"] = (anonymous, 27),
            // The mission and country pages: one query per section (chart, contingents, transfers, statuses, statements,
            // events, history...), whatever the number of rows in each; a whole list reads its ids, then its rows by id.
            [$"/missions/nmi?unique={unique}"] = (anonymous, 25),
            [$"/countries/ES?unique={unique}"] = (anonymous, 14),
            // The board: one query per pipeline stage; the country's name comes with each transfer's row.
            [$"/transfers?unique={unique}"] = (anonymous, 14),
        };

        foreach (var (url, (client, _)) in bounds)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        }

        var report = string.Join(", ", bounds.Keys.Select(url => $"{url}: {factory.ByUrl.GetValueOrDefault(url)}"));
        Assert.All(bounds, b => Assert.True(factory.ByUrl.GetValueOrDefault(b.Key) is > 0 and var n && n <= b.Value.Max, report));
    }
}
