using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Infrastructure.Api;

public enum ExportFormat
{
    Json,
    Csv,
    Ndjson,
}

public static class ExportFormats
{
    public const string Csv = "text/csv";
    public const string Ndjson = "application/x-ndjson";

    /// <summary><c>?format=</c> wins; otherwise the Accept header; otherwise JSON pages.</summary>
    public static ExportFormat Negotiate(HttpContext http, string? format, ValidationErrors errors)
    {
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (Enum.TryParse<ExportFormat>(format, ignoreCase: true, out var asked) && !int.TryParse(format, out _))
            {
                return asked;
            }
            errors.Add("format", "Use json, csv or ndjson.");
            return ExportFormat.Json;
        }
        var accept = http.Request.Headers.Accept.ToString();
        if (accept.Contains(Csv, StringComparison.OrdinalIgnoreCase))
        {
            return ExportFormat.Csv;
        }
        return accept.Contains(Ndjson, StringComparison.OrdinalIgnoreCase) ? ExportFormat.Ndjson : ExportFormat.Json;
    }
}

/// <summary>
/// Every row of a list as CSV (RFC 4180, with a header row) or NDJSON, written to the response as the rows are read
/// from the database — never the whole set in memory.
/// </summary>
public sealed class ExportResult<T>(IAsyncEnumerable<T> rows, ExportFormat format, string name) : IResult, IEndpointMetadataProvider
{
    private const int FlushEvery = 100;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        // A few exports are read at a time (a cached one never gets here); the others wait their turn. Read all at once,
        // 32 requests for a 10,000-row export each took 32 times as long, so none finished before its client gave up,
        // and the first could never be stored for the others.
        //
        // A client that goes away while waiting ends the request with the cancellation, as it would mid-export: a
        // request that returned normally instead would leave an empty 200 for the output cache to keep.
        await ExportGate.ExportsAtOnce.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync(httpContext, response, cancellationToken);
        }
        finally
        {
            ExportGate.ExportsAtOnce.Release();
        }
    }

    private async Task WriteAsync(HttpContext httpContext, HttpResponse response, CancellationToken cancellationToken)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format == ExportFormat.Csv ? $"{ExportFormats.Csv}; charset=utf-8; header=present" : ExportFormats.Ndjson;
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{(format == ExportFormat.Csv ? "csv" : "ndjson")}\"";

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        if (format == ExportFormat.Csv)
        {
            await writer.WriteAsync(CsvRows<T>.Header.AsMemory(), cancellationToken);
        }
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var line = format == ExportFormat.Csv ? CsvRows<T>.Line(row, json) : JsonSerializer.Serialize(row, json) + "\n";
            await writer.WriteAsync(line.AsMemory(), cancellationToken);
            if (++count % FlushEvery == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>Marks the endpoint as exporting rows of <typeparamref name="T"/>; the OpenAPI filter adds the CSV and NDJSON content to its 200 answer.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ExportMetadata(typeof(T)));
    }
}

/// <summary>
/// How many exports (of any kind of record) are read from the database at once: one per core, at least two. Outside the
/// generic <see cref="ExportResult{T}"/>, whose statics would give each kind of record a gate of its own.
/// </summary>
internal static class ExportGate
{
    public static readonly SemaphoreSlim ExportsAtOnce = new(Math.Max(2, Environment.ProcessorCount));
}

/// <summary>The endpoint also answers 200 with CSV or NDJSON rows of <see cref="RowType"/>.</summary>
public sealed record ExportMetadata(Type RowType);

/// <summary>RFC 4180 rows of a DTO: one column per property (camelCase header), nested values as JSON in one cell.</summary>
internal static class CsvRows<T>
{
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static readonly string Header = string.Join(',', Properties.Select(p => Escape(JsonNamingPolicy.CamelCase.ConvertName(p.Name)))) + "\r\n";

    public static string Line(T row, JsonSerializerOptions json) =>
        string.Join(',', Properties.Select(p => Escape(Format(p.GetValue(row), json)))) + "\r\n";

    private static string Format(object? value, JsonSerializerOptions json) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        bool b => b ? "true" : "false",
        IFormattable f when value.GetType().IsPrimitive || value is decimal => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, value.GetType(), json),
    };

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
