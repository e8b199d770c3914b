using MissionTracker.Web.Data;
using MissionTracker.Web.Infrastructure.Caching;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>How a resource is addressed and named: <c>statements/{id}</c>, operation ids <c>ListStatements</c>, <c>GetStatement</c>...</summary>
public sealed record ResourceRoute(string Path, string KeyName, string Singular, string Plural, string Description)
{
    public string KeyTemplate => KeyName == "id" ? "/{id:int}" : $"/{{{KeyName}}}";

    public string Key(HttpContext http) => http.GetRouteValue(KeyName)?.ToString() ?? "";

    public string Location(HttpContext http, string key) => $"{http.Request.PathBase}/api/v1/{Path}/{Uri.EscapeDataString(key)}";
}

/// <summary>An example request body, shown in the OpenAPI document.</summary>
public sealed record RequestExample(object Example);

/// <summary>The five endpoints every resource has, mapped once for all of them.</summary>
public static class ResourceEndpoints
{
    public static RouteGroupBuilder MapResource<TService, TItem, TDto, TInput, TFilter>(this RouteGroupBuilder api, ResourceRoute route, TInput example)
        where TService : IResource<TItem, TDto, TInput, TFilter>
        where TDto : class, IVersioned
        where TFilter : ListFilter
    {
        var group = api.MapGroup("/" + route.Path).WithTags(route.Plural).WithMetadata(route);
        var words = route.Plural.ToLowerInvariant();
        var word = (route.Singular[0] is 'A' or 'E' or 'I' or 'O' or 'U' ? "an " : "a ") + route.Singular.ToLowerInvariant();
        var noun = Pascal(route.Plural);
        var singular = Pascal(route.Singular);

        // Through Delegate variables: the route-handler analyzer cannot follow method groups of a generic type.
        Delegate list = ResourceHandlers<TService, TItem, TDto, TInput, TFilter>.List;
        Delegate get = ResourceHandlers<TService, TItem, TDto, TInput, TFilter>.Get;
        Delegate create = ResourceHandlers<TService, TItem, TDto, TInput, TFilter>.Create;
        Delegate replace = ResourceHandlers<TService, TItem, TDto, TInput, TFilter>.Replace;
        Delegate delete = ResourceHandlers<TService, TItem, TDto, TInput, TFilter>.Delete;
        group.MapGet("/", list).WithName($"List{noun}")
            .WithSummary($"List {words}")
            .WithDescription($"{route.Description} Keyset-paged (`pageSize`, `cursor`), sortable (`sort`, `-` for descending), filterable; `format=csv|ndjson` or `Accept: text/csv` streams every matching row.")
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddReadResponses()
            .CacheData(route.Path, varyByAccept: true);
        group.MapGet(route.KeyTemplate, get).WithName($"Get{singular}")
            .WithSummary($"Get {word}")
            .WithDescription($"One {route.Singular.ToLowerInvariant()}, with an `ETag`; send `If-None-Match` to get 304 when it has not changed.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AddReadResponses()
            .CacheData(route.Path);
        group.MapPost("/", create).WithName($"Create{singular}")
            .WithSummary($"Create {word}")
            .WithDescription($"Creates {word}; answers 201 with its `Location` and body.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AddWriteResponses(example);
        group.MapPut(route.KeyTemplate, replace).WithName($"Replace{singular}")
            .WithSummary($"Replace {word}")
            .WithDescription($"Replaces the {route.Singular.ToLowerInvariant()} with the body. Send `If-Match` with its ETag: a stale one is 412, an edit that raced another is 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(example);
        group.MapDelete(route.KeyTemplate, delete).WithName($"Delete{singular}")
            .WithSummary($"Delete {word}")
            .WithDescription($"Deletes the {route.Singular.ToLowerInvariant()}; 409 while other records still refer to it. `If-Match` as for replace.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddWriteResponses(null);
        return group;
    }

    private static string Pascal(string words) => string.Concat(words.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Anonymous unless keys are required for reads; 400 for bad query parameters.</summary>
    public static RouteHandlerBuilder AddReadResponses(this RouteHandlerBuilder endpoint) => endpoint
        .RequireAuthorization(Policies.Read)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized);

    /// <summary>A write key (or an Editor), rate-limited per key; JSON bodies only.</summary>
    public static RouteHandlerBuilder AddWriteResponses(this RouteHandlerBuilder endpoint, object? example)
    {
        endpoint.RequireAuthorization(Policies.Write)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        if (example is not null)
        {
            endpoint.ProducesProblem(StatusCodes.Status415UnsupportedMediaType).WithMetadata(new RequestExample(example));
        }
        return endpoint;
    }
}

/// <summary>Generic handlers: the feature service decides, these turn its outcomes into HTTP.</summary>
internal static class ResourceHandlers<TService, TItem, TDto, TInput, TFilter>
    where TService : IResource<TItem, TDto, TInput, TFilter>
    where TDto : class, IVersioned
    where TFilter : ListFilter
{
    public static async Task<Results<PageResult<TItem>, ExportResult<TItem>, ValidationProblem>> List(
        [AsParameters] ListRequest list, [AsParameters] TFilter filter, TService service, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var format = ExportFormats.Negotiate(http, list.Format, errors);
        var listing = service.List(filter, errors);
        listing.Validate(list, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        if (format != ExportFormat.Json)
        {
            return new ExportResult<TItem>(listing.AllAsync(list, cancellationToken), format, Route(http).Path);
        }
        await using (await http.RequestServices.GetRequiredService<MissionTrackerDbContext>().OnReadConnectionAsync(cancellationToken))
        {
            if (listing is IJsonPages { HasRecordJson: true } json)
            {
                var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
                return new PageResult<TItem>(await json.PageJsonAsync(list, options, cancellationToken));
            }
            return new PageResult<TItem>(await listing.PageAsync(list, cancellationToken));
        }
    }

    public static async Task<Results<Ok<TDto>, StatusCodeHttpResult, ProblemHttpResult>> Get(TService service, HttpContext http, CancellationToken cancellationToken)
    {
        var route = Route(http);
        var key = route.Key(http);
        var dto = await service.GetAsync(key, cancellationToken);
        if (dto is null)
        {
            return Problems.NotFound($"No {route.Singular.ToLowerInvariant()} has the key '{key}'.");
        }
        http.Response.Headers.ETag = ETags.For(dto.Version);
        return ETags.NotModified(http.Request, dto.Version) ? TypedResults.StatusCode(StatusCodes.Status304NotModified) : TypedResults.Ok(dto);
    }

    public static async Task<Results<Created<TDto>, ValidationProblem, ProblemHttpResult>> Create(TInput? input, TService service, HttpContext http, CancellationToken cancellationToken)
    {
        // A generic body parameter is optional to the framework: an empty body or a JSON null arrives here as null.
        if (input is null)
        {
            return ValidationErrors.MissingBody();
        }
        var outcome = await service.CreateAsync(input, cancellationToken);
        return outcome.Status switch
        {
            OutcomeStatus.Ok => Created(http, outcome),
            OutcomeStatus.Invalid => outcome.Errors!.ToProblem(),
            _ => outcome.ToProblem(),
        };
    }

    public static async Task<Results<Ok<TDto>, ValidationProblem, ProblemHttpResult>> Replace(TInput? input, TService service, HttpContext http, CancellationToken cancellationToken) =>
        input is null
            ? ValidationErrors.MissingBody()
            : ResourceResults.OkOrProblem(http, await service.ReplaceAsync(Route(http).Key(http), input, ETags.ExpectedVersion(http.Request), cancellationToken));

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(TService service, HttpContext http, CancellationToken cancellationToken)
    {
        var outcome = await service.DeleteAsync(Route(http).Key(http), ETags.ExpectedVersion(http.Request), cancellationToken);
        return outcome.Status == OutcomeStatus.Ok ? TypedResults.NoContent() : outcome.ToProblem();
    }

    private static ResourceRoute Route(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ResourceRoute>() ?? throw new InvalidOperationException("A resource endpoint without its route.");

    private static Created<TDto> Created(HttpContext http, Outcome<TDto> outcome)
    {
        http.Response.Headers.ETag = ETags.For(outcome.Value!.Version);
        return TypedResults.Created(Route(http).Location(http, outcome.Key!), outcome.Value);
    }
}

public static class ResourceResults
{
    /// <summary>200 with the record and its ETag, or the outcome's ProblemDetails.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> OkOrProblem<T>(HttpContext http, Outcome<T> outcome) where T : IVersioned
    {
        switch (outcome.Status)
        {
            case OutcomeStatus.Ok:
                http.Response.Headers.ETag = ETags.For(outcome.Value!.Version);
                return TypedResults.Ok(outcome.Value);
            case OutcomeStatus.Invalid:
                return outcome.Errors!.ToProblem();
            default:
                return outcome.ToProblem();
        }
    }
}
