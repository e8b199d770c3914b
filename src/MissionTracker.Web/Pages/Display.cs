using System.Globalization;
using System.Text.RegularExpressions;

namespace MissionTracker.Web.Pages;

/// <summary>How the pages write dates, numbers and enum values, in one place.</summary>
public static partial class Display
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", Invariant);

    public static string Date(DateOnly? date) => date is DateOnly d ? Date(d) : "—";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    public static string Number(int value) => value.ToString("N0", Invariant);

    public static string Delta(int value) => value switch
    {
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "no change",
    };

    /// <summary><c>AgreedInPrinciple</c> → "Agreed in principle".</summary>
    public static string Words<T>(T value) where T : struct, Enum
    {
        var text = WordBoundary().Replace(value.ToString(), " $1").ToLowerInvariant();
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The CSS class that colours a mission's series and badges.</summary>
    public static string MissionClass(string slug) => "series-" + slug;

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();
}
