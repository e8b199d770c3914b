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
            o.AddServer(new() { Url = "/", Description = "This server" });
            o.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key from `create-api-key NAME --scope read|write`.",
            });
            o.OperationFilter<ApiOperationFilter>();
            o.DocumentFilter<TagDescriptionFilter>();
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
    /// <summary>Examples show what a client sends: no nulls, no computed (read-only) properties.</summary>
    private readonly JsonSerializerOptions _examples = new(json.Value.SerializerOptions)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).ToList();
        var apiKey = new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)] = [],
        };
        // Writes need a key; reads take one optionally (the empty requirement is "anonymous is fine").
        operation.Security = policies.Contains(Policies.Write) ? [apiKey] : [new OpenApiSecurityRequirement(), apiKey];
        AddRouteParameters(operation, context);
        foreach (var parameter in operation.Parameters!.OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            // Filters bind case-insensitively from their property names; the document shows them as scripts write them.
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name!);
        }
        if (metadata.OfType<ExportMetadata>().FirstOrDefault() is { } export && operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } okContent)
        {
            okContent[ExportFormats.Csv] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180 CSV with a header row: one column per field." } };
            okContent[ExportFormats.Ndjson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(export.RowType, context.SchemaRepository) };
        }
        if (metadata.OfType<RequestExample>().LastOrDefault() is { } example && operation.RequestBody?.Content is { } content)
        {
            foreach (var media in content.Values)
            {
                media.Example = JsonNode.Parse(JsonSerializer.Serialize(example.Example, example.Example.GetType(), _examples));
            }
        }
    }

    /// <summary>The resource handlers read their key from the route, so the route's parameters are declared here.</summary>
    private static void AddRouteParameters(OpenApiOperation operation, OperationFilterContext context)
    {
        var template = context.ApiDescription.RelativePath ?? "";
        operation.Parameters ??= [];
        foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(template, "{([a-zA-Z]+)(:int)?}"))
        {
            var name = match.Groups[1].Value;
            if (operation.Parameters.Any(p => p.Name == name && p.In == ParameterLocation.Path))
            {
                continue;
            }
            operation.Parameters.Insert(0, new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Description = name switch { "slug" => "The mission's slug, e.g. `nmi`.", "code" => "ISO 3166-1 alpha-2 code, e.g. `ES`.", _ => "The record's id." },
                Schema = new OpenApiSchema { Type = name == "id" ? JsonSchemaType.Integer : JsonSchemaType.String, Format = name == "id" ? "int32" : null },
            });
        }
    }
}

/// <summary>One tag per resource, described from its <see cref="ResourceRoute"/>.</summary>
internal sealed class TagDescriptionFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var routes = context.ApiDescriptions.SelectMany(d => d.ActionDescriptor.EndpointMetadata.OfType<ResourceRoute>()).DistinctBy(r => r.Plural);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(routes.Select(r => new OpenApiTag { Name = r.Plural, Description = r.Description }));
    }
}
