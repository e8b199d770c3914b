using Microsoft.AspNetCore.Http.HttpResults;

namespace MissionTracker.Web.Infrastructure.Api;

/// <summary>Field-level errors, keyed by the camelCase name of the JSON field or query parameter.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>The trimmed value, or an error when it is missing or longer than <paramref name="maxLength"/>.</summary>
    public string Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "This field is required.");
            return "";
        }
        return Optional(field, value, maxLength) ?? "";
    }

    /// <summary>The trimmed value or null when blank; an error when it is longer than <paramref name="maxLength"/>.</summary>
    public string? Optional(string field, string? value, int maxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is not null && trimmed.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
        return trimmed;
    }

    /// <summary>The value, or an error (and the default) when it is missing.</summary>
    public T Required<T>(string field, T? value) where T : struct
    {
        if (value is null)
        {
            Add(field, "This field is required.");
        }
        return value ?? default;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    /// <summary>400 for a write that came without a JSON body (or with <c>null</c>).</summary>
    public static ValidationProblem MissingBody()
    {
        var errors = new ValidationErrors();
        errors.Add("body", "Send the record as a JSON object in the request body.");
        return errors.ToProblem();
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(ToDictionary(), title: "The request is not valid");
}
