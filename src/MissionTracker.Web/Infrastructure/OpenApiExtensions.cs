namespace MissionTracker.Web.Infrastructure;

public static class OpenApiExtensions
{
    public static WebApplicationBuilder AddMissionTrackerOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new()
            {
                Title = "MissionTracker API",
                Version = "v1",
                Description = "Sourced, dated records of the international training missions in Iraq: missions, contingents, troop transfers, statements, sources and events.",
                License = new() { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            o.AddServer(new() { Url = "/", Description = "This server" });
            var xml = Path.Combine(AppContext.BaseDirectory, "MissionTracker.Web.xml");
            if (File.Exists(xml))
            {
                o.IncludeXmlComments(xml);
            }
        });
        return builder;
    }

    public static WebApplication MapMissionTrackerOpenApi(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/swagger/v1/swagger.json", "MissionTracker API v1");
            o.DocumentTitle = "MissionTracker API";
        });
        return app;
    }
}
