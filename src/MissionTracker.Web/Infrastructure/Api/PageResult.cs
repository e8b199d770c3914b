using System.Buffers;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>
/// 200 with a <see cref="Page{T}"/>: serialised as usual, or — for a <see cref="JsonPage"/> — written as the same bytes
/// the serialiser would make, <c>{"items":[…],"nextCursor":…}</c>, by joining the items' JSON.
/// </summary>
public sealed class PageResult<T> : IResult, IEndpointMetadataProvider
{
    private static ReadOnlySpan<byte> ItemsStart => "{\"items\":["u8;
    private static ReadOnlySpan<byte> CursorStart => "],\"nextCursor\":"u8;

    private readonly Page<T>? _page;
    private readonly JsonPage? _json;

    public PageResult(Page<T> page) => _page = page;

    public PageResult(JsonPage json) => _json = json;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (_page is not null)
        {
            await TypedResults.Ok(_page).ExecuteAsync(httpContext);
            return;
        }
        var page = _json!;
        var options = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var cursor = JsonSerializer.SerializeToUtf8Bytes(page.NextCursor, options);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = ItemsStart.Length + page.Items.Sum(i => i.Length) + Math.Max(page.Items.Count - 1, 0)
            + CursorStart.Length + cursor.Length + 1;
        var writer = response.BodyWriter;
        writer.Write(ItemsStart);
        for (var i = 0; i < page.Items.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(","u8);
            }
            writer.Write(page.Items[i].Span);
        }
        writer.Write(CursorStart);
        writer.Write(cursor);
        writer.Write("}"u8);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Page<T>), ["application/json"]));
}
