using MissionTracker.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MissionTracker.Web.Pages;

/// <summary>
/// The feature services validate (the same rules for the API and the pages); this puts their field errors next to the
/// form's fields: <c>saidOn</c> → <c>Input.SaidOn</c>,
/// <c>roles[0].title</c> → <c>Input.Roles[0].Title</c>. Errors on fields the form does not have go to the summary.
/// </summary>
public static class FormErrors
{
    public static void AddServiceErrors(this ModelStateDictionary modelState, ValidationErrors errors, IReadOnlySet<string> formFields, Func<string, string>? formField = null, string prefix = "Input")
    {
        foreach (var (serviceField, messages) in errors.ToDictionary())
        {
            var field = formField?.Invoke(serviceField) ?? serviceField;
            // "roles[0].countryCode" → "Roles[0].CountryCode": errors inside a list go next to that row's field.
            var property = string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
            var key = formFields.Contains(property.Split('.', '[')[0]) ? $"{prefix}.{property}" : "";
            foreach (var message in messages)
            {
                modelState.AddModelError(key, key.Length == 0 ? $"{field}: {message}" : message);
            }
        }
    }

    /// <summary>
    /// For forms that send only some of their rows (blank or removed ones stay behind): the service numbers the rows it
    /// received, so with rows 0 and 2 sent, its <c>roles[1].title</c> is the form's <c>roles[2].title</c>.
    /// </summary>
    public static string RowField(string field, string list, IReadOnlyList<int> sentRows)
    {
        var prefix = list + "[";
        if (!field.StartsWith(prefix, StringComparison.Ordinal) || field.IndexOf(']', prefix.Length) is var close && close < 0
            || !int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var sent)
            || sent < 0 || sent >= sentRows.Count)
        {
            return field;
        }
        return $"{prefix}{sentRows[sent].ToString(System.Globalization.CultureInfo.InvariantCulture)}{field[close..]}";
    }

    /// <summary>
    /// A list page's filters that could not be read from the address (<c>?from=yesterday</c>) as errors under their query
    /// names, so the page says so instead of quietly listing everything.
    /// </summary>
    public static ValidationErrors UnreadableFilters(this ModelStateDictionary modelState)
    {
        var errors = new ValidationErrors();
        foreach (var (name, entry) in modelState.Where(e => e.Value is { Errors.Count: > 0 }))
        {
            foreach (var error in entry!.Errors)
            {
                errors.Add(name, error.ErrorMessage);
            }
        }
        return errors;
    }

    /// <summary>Why the value of <paramref name="name"/> could not be read from the address (<c>?asOf=2020-13-45</c>), or null.</summary>
    public static string? UnreadableValue(this ModelStateDictionary modelState, string name) =>
        modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The names of a form model's properties, for <see cref="AddServiceErrors"/>.</summary>
    public static IReadOnlySet<string> FieldsOf<T>() => typeof(T).GetProperties().Select(p => p.Name).ToHashSet();
}
