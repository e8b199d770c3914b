using System.Buffers;
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
        await WorkGates.Exports.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync(httpContext, response, cancellationToken);
        }
        finally
        {
            WorkGates.Exports.Release();
        }
    }

    private async Task WriteAsync(HttpContext httpContext, HttpResponse response, CancellationToken cancellationToken)
    {
        var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        httpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = format == ExportFormat.Csv ? $"{ExportFormats.Csv}; charset=utf-8; header=present" : ExportFormats.Ndjson;
        response.Headers.ContentDisposition = $"attachment; filename=\"{name}.{(format == ExportFormat.Csv ? "csv" : "ndjson")}\"";

        // UTF-8 straight into the response's buffers: a string per cell, per line and per JSON value made a 10,000-row
        // export allocate ~100 MB (docs/performance.md, round 11).
        var body = response.BodyWriter;
        using var csv = format == ExportFormat.Csv ? new CsvWriter(body, json) : null;
        await using var ndjson = csv is null ? new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = json.Encoder }) : null;
        csv?.WriteHeader(CsvRows<T>.Names);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (csv is not null)
            {
                CsvRows<T>.Write(csv, row);
            }
            else
            {
                JsonSerializer.Serialize(ndjson!, row, json);
                ndjson!.Flush();
                ndjson.Reset();
                body.Write("\n"u8);
            }
            if (++count % FlushEvery == 0)
            {
                await body.FlushAsync(cancellationToken);
            }
        }
        await body.FlushAsync(cancellationToken);
    }

    /// <summary>Marks the endpoint as exporting rows of <typeparamref name="T"/>; the OpenAPI filter adds the CSV and NDJSON content to its 200 answer.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ExportMetadata(typeof(T)));
    }
}

/// <summary>The endpoint also answers 200 with CSV or NDJSON rows of <see cref="RowType"/>.</summary>
public sealed record ExportMetadata(Type RowType);

/// <summary>RFC 4180 rows of a DTO: one column per property (camelCase header), nested values as JSON in one cell.</summary>
internal static class CsvRows<T>
{
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    public static readonly string[] Names = [.. Properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];

    public static void Write(CsvWriter csv, T row)
    {
        for (var i = 0; i < Properties.Length; i++)
        {
            csv.WriteCell(Properties[i].GetValue(row), first: i == 0);
        }
        csv.EndLine();
    }
}

/// <summary>
/// Writes CSV cells as UTF-8 into a buffer writer (the response's pipe). Each cell is formatted into a scratch buffer
/// first, then copied, quoted with its quotes doubled when it holds a comma, a quote or a line break.
/// </summary>
internal sealed class CsvWriter(IBufferWriter<byte> output, JsonSerializerOptions json) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _cell = new(256);
    private Utf8JsonWriter? _json;

    public void WriteHeader(IEnumerable<string> names)
    {
        var first = true;
        foreach (var name in names)
        {
            WriteCell(name, first);
            first = false;
        }
        EndLine();
    }

    public void WriteCell(object? value, bool first)
    {
        if (!first)
        {
            output.Write(","u8);
        }
        _cell.ResetWrittenCount();
        Format(value);
        WriteEscaped(_cell.WrittenSpan);
    }

    public void EndLine() => output.Write("\r\n"u8);

    public void Dispose() => _json?.Dispose();

    private void Format(object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string s:
                Encoding.UTF8.GetBytes(s.AsSpan(), _cell);
                break;
            case DateOnly d:
                WriteFormatted(d, "yyyy-MM-dd");
                break;
            case DateTime t:
                WriteFormatted(t, "O");
                break;
            case Enum e:
                Encoding.UTF8.GetBytes(e.ToString().AsSpan(), _cell);
                break;
            case bool b:
                _cell.Write(b ? "true"u8 : "false"u8);
                break;
            case IUtf8SpanFormattable f when value.GetType().IsPrimitive || value is decimal:
                WriteFormatted(f, null);
                break;
            default:
                if (_json is null)
                {
                    _json = new Utf8JsonWriter(_cell, new JsonWriterOptions { Encoder = json.Encoder });
                }
                else
                {
                    _json.Reset(_cell);
                }
                JsonSerializer.Serialize(_json, value, value.GetType(), json);
                _json.Flush();
                break;
        }
    }

    private void WriteFormatted<TValue>(TValue value, string? format) where TValue : IUtf8SpanFormattable
    {
        var span = _cell.GetSpan(64);
        if (!value.TryFormat(span, out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"A {typeof(TValue).Name} did not fit in 64 bytes.");
        }
        _cell.Advance(written);
    }

    private void WriteEscaped(ReadOnlySpan<byte> cell)
    {
        if (cell.IndexOfAny(",\"\r\n"u8) < 0)
        {
            output.Write(cell);
            return;
        }
        output.Write("\""u8);
        int quote;
        while ((quote = cell.IndexOf((byte)'"')) >= 0)
        {
            output.Write(cell[..(quote + 1)]);
            output.Write("\""u8);
            cell = cell[(quote + 1)..];
        }
        output.Write(cell);
        output.Write("\""u8);
    }
}
