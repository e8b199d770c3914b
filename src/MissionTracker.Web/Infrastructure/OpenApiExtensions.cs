using System.Text.Json;
using System.Text.Json.Nodes;
using MissionTracker.Web.Infrastructure.Api;
using MissionTracker.Web.Infrastructure.Security;
using MissionTracker.Web.Infrastructure.Security.ApiKeys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

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
                Description = "Sourced, dated records of the international training missions in Iraq: missions, contingents, troop transfers, statements, sources and events. " +
                    "Reads are anonymous unless the server requires a key; writes need an API key of write scope in the `X-Api-Key` header.",
                License = new() { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            o.AddServer(new() { Url = "http://localhost:5080", Description = "A local MissionTracker" });
            o.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key from `create-api-key NAME --scope read|write`.",
            });
            o.OperationFilter<ApiOperationFilter>();
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

/// <summary>Declares the API key on write operations (so Swagger UI's Authorize button applies) and adds the example request bodies.</summary>
internal sealed class ApiOperationFilter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        if (policies.Contains(Policies.Write))
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
            });
        }
        if (metadata.OfType<RequestExample>().LastOrDefault() is { } example && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = JsonNode.Parse(JsonSerializer.Serialize(example.Example, example.Example.GetType(), json.Value.SerializerOptions));
            }
        }
    }
}
