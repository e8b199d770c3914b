using MissionTracker.Web.Data;
using MissionTracker.Web.Features;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Bench;
using MissionTracker.Web.Infrastructure.Caching;
using MissionTracker.Web.Infrastructure.CommandLine;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using MissionTracker.Web.Infrastructure.Security;
using MissionTracker.Web.Infrastructure;
using MissionTracker.Web.Pages;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddMissionTrackerLogging();
builder.AddMissionTrackerData();
builder.AddMissionTrackerApi();
builder.AddMissionTrackerSecurity();
builder.AddMissionTrackerRateLimits();
builder.AddMissionTrackerCaching();
builder.AddMissionTrackerOpenApi();
builder.AddMissionTrackerHealth();
builder.AddMissionTrackerSecurityHeaders();
builder.AddMissionTrackerReverseProxy();
builder.AddMissionTrackerFeatures();
builder.AddMissionTrackerIdentity();
builder.AddMissionTrackerAuthorization();
builder.AddMissionTrackerPages();

var app = builder.Build();

await app.InitializeDatabaseAsync();
if (await app.RunAdminCommandAsync(args) is int exitCode)
{
    return exitCode;
}

app.UseForwardedHeaders();
app.UseMissionTrackerSecurityHeaders();
app.UseMissionTrackerCompression();
app.UseMissionTrackerRequestLogging();
app.UseExceptionHandler("/Error");
app.UseMissionTrackerStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseMissionTrackerSecurity();
app.UseRateLimiter();
app.UseMissionTrackerOutputCache();

app.MapMissionTrackerOpenApi();
app.MapMissionTrackerHealth();
app.MapMissionTrackerApi();
app.MapRazorPages();
app.MapBenchBaseline();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
