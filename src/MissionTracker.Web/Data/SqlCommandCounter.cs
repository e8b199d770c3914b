using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MissionTracker.Web.Data;

/// <summary>
/// Counts the SQL commands each HTTP request runs. The request log carries the count, and the tests bound it for the main
/// pages and endpoints, so that a query per row (N+1) shows up as a failing test rather than as a slow page.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private sealed class Count
    {
        public int Value;
    }

    /// <summary>The SQL commands run so far for <paramref name="context"/>.</summary>
    public static int For(HttpContext context) => context.Features.Get<Count>()?.Value ?? 0;

    private void Increment()
    {
        if (http.HttpContext is not { } context)
        {
            return;
        }
        var count = context.Features.Get<Count>();
        if (count is null)
        {
            count = new Count();
            context.Features.Set(count);
        }
        Interlocked.Increment(ref count.Value);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Increment();
        return ValueTask.FromResult(result);
    }
}
