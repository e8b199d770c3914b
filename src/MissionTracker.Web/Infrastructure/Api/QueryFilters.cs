using System.Linq.Expressions;

namespace MissionTracker.Web.Infrastructure.Api;

public static class QueryFilters
{
    /// <summary>Rows whose date lies in [<paramref name="from"/>, <paramref name="to"/>]; either end may be open.</summary>
    public static IQueryable<T> Between<T>(this IQueryable<T> query, Expression<Func<T, DateOnly>> date, DateOnly? from, DateOnly? to)
    {
        if (from is { } start)
        {
            query = query.Where(Compare(date, start, Expression.GreaterThanOrEqual));
        }
        if (to is { } end)
        {
            query = query.Where(Compare(date, end, Expression.LessThanOrEqual));
        }
        return query;
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateOnly>> date, DateOnly value, Func<Expression, Expression, BinaryExpression> op) =>
        Expression.Lambda<Func<T, bool>>(
            op(date.Body, Expression.Property(Expression.Constant(new Box<DateOnly>(value)), nameof(Box<DateOnly>.Value))),
            date.Parameters);

    /// <summary>A LIKE pattern (escape character <c>\</c>) that matches <paramref name="text"/> exactly, ignoring ASCII case.</summary>
    public static string LikeExactly(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Parses an enum filter case-insensitively; an unknown name is a field error.</summary>
    public static TEnum? ParseEnum<TEnum>(string field, string? value, ValidationErrors errors) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }
        errors.Add(field, $"Use one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        return null;
    }
}
