using Microsoft.AspNetCore.Mvc;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>The envelope every list endpoint answers with: one page of items and the cursor of the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>Paging, sorting and format options that every list endpoint takes from the query string.</summary>
public sealed class ListRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Rows per page, 1–200 (default 50).</summary>
    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    /// <summary>The <c>nextCursor</c> of the previous page; opaque.</summary>
    [FromQuery(Name = "cursor")]
    public string? Cursor { get; set; }

    /// <summary>A sort field, prefixed with <c>-</c> for descending: <c>-saidOn</c>.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary><c>json</c> (default), <c>csv</c> or <c>ndjson</c>; CSV and NDJSON stream every matching row.</summary>
    [FromQuery(Name = "format")]
    public string? Format { get; set; }

    public int Size => PageSize ?? DefaultPageSize;

    internal void Validate(ValidationErrors errors)
    {
        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        }
    }
}

/// <summary>A filtered, sortable set of rows that can be read one page at a time or streamed whole.</summary>
public interface IListing<T>
{
    /// <summary>Checks the sort and cursor of <paramref name="request"/>; adds field errors.</summary>
    void Validate(ListRequest request, ValidationErrors errors);

    Task<Page<T>> PageAsync(ListRequest request, CancellationToken cancellationToken);

    /// <summary>Every row in the requested order, read as it is written (for exports).</summary>
    IAsyncEnumerable<T> AllAsync(ListRequest request, CancellationToken cancellationToken);
}

/// <summary>A page whose items are serialised already: each element of <c>items</c> as UTF-8 JSON.</summary>
public sealed record JsonPage(IReadOnlyList<ReadOnlyMemory<byte>> Items, string? NextCursor);

/// <summary>A listing that can answer pages as JSON from the record cache (<see cref="Caching.RecordJsonCache"/>).</summary>
public interface IJsonPages
{
    bool HasRecordJson { get; }

    Task<JsonPage> PageJsonAsync(ListRequest request, System.Text.Json.JsonSerializerOptions json, CancellationToken cancellationToken);
}
