using System.Globalization;
using System.Text.RegularExpressions;

namespace MissionTracker.Core.Extraction;

/// <summary>
/// Reads the publication date from the article's date line near the top: "12 February, 2020",
/// "February 12, 2020 04:57 PM", "Feb. 12, 2020", "2020-02-12", "10/20/2022", "16.06.2023", "Published: ...", "06 May. 2021 -",
/// "WASHINGTON (Feb 12) -". A date inside a body sentence is an event date and is ignored, and an
/// "Updated"/"Last updated" line counts only when there is no other date line.
/// </summary>
internal static partial class DateLineReader
{
    private const int LinesToSearch = 10;
    private const int MaxCharsToSearch = 1200;
    private const int MaxOtherCharsOnLine = 48;

    public static DateOnly? Read(string text)
    {
        var article = new ArticleText(text);
        return Read(article);
    }

    public static DateOnly? Read(ArticleText article)
    {
        var text = article.Text;
        DateOnly? updated = null;
        DateOnly? yearless = null; // "BAGHDAD, July 27 (Xinhua) --": month and day; the year comes from a full date line if any
        for (var p = 0; p < article.Paragraphs.Count && p < LinesToSearch; p++)
        {
            var (s, e) = article.Paragraphs[p];
            if (s > MaxCharsToSearch)
            {
                break;
            }

            var line = text[s..e];
            var (date, match, withoutYear) = FindDate(line, text);
            if (date is null || match is null)
            {
                continue;
            }

            if (!IsDateLine(line, match))
            {
                continue;
            }

            if (withoutYear)
            {
                yearless ??= date;
                continue;
            }

            if (UpdatedPrefix().IsMatch(line))
            {
                updated ??= date;
                continue;
            }

            return WithDatelineDay(yearless, date.Value);
        }

        return updated is { } u ? WithDatelineDay(yearless, u) : yearless;
    }

    /// <summary>A dateline without year before a full date line: its month and day, the full line's year.</summary>
    private static DateOnly WithDatelineDay(DateOnly? yearless, DateOnly full)
    {
        if (yearless is not { } d || d.Month == full.Month && d.Day == full.Day)
        {
            return full;
        }

        return d.Day <= DateTime.DaysInMonth(full.Year, d.Month) ? new DateOnly(full.Year, d.Month, d.Day) : full;
    }

    private static bool IsDateLine(string line, Match match)
    {
        if (DatelineCity().IsMatch(line) && match.Index < 40)
        {
            return true; // "WASHINGTON, Feb 12, 2020 (Reuters) - ..."
        }

        var rest = line.Remove(match.Index, match.Length);
        rest = Decorations().Replace(rest, " ");
        return rest.Trim().Length <= MaxOtherCharsOnLine && !rest.Contains(" said ", StringComparison.Ordinal);
    }

    private static (DateOnly? Date, Match? Match, bool WithoutYear) FindDate(string line, string wholeText)
    {
        var m = DayMonthYear().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, Month(m.Groups["m"].Value), m.Groups["d"].Value) is { } a)
        {
            return (a, m, false);
        }

        m = MonthDayYear().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, Month(m.Groups["m"].Value), m.Groups["d"].Value) is { } b)
        {
            return (b, m, false);
        }

        m = IsoDate().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value) is { } c)
        {
            return (c, m, false);
        }

        // Numeric dates, on a date line only: "10/20/2022" (US month first), "16.06.2023" and "22-10-2019" (European day
        // first), "20/10/2022" (day first when the first number cannot be a month).
        m = NumericDate().Match(line);
        if (m.Success)
        {
            var x = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
            var z = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            var slash = m.Groups["sep"].Value == "/";
            var (month, day) = slash && x <= 12 ? (x, z) : (z, x);
            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month); // "10-22-2019": the other order is the only possible one
            }

            if (Make(m.Groups["y"].Value, month, day.ToString(CultureInfo.InvariantCulture)) is { } n)
            {
                return (n, m, false);
            }
        }

        m = DatelineWithoutYear().Match(line);
        if (m.Success && LatestYear(wholeText) is { } year && Make(year.ToString(CultureInfo.InvariantCulture), Month(m.Groups["m"].Value), m.Groups["d"].Value) is { } d)
        {
            return (d, m, true);
        }

        return (null, null, false);
    }

    private static int? LatestYear(string text)
    {
        int? best = null;
        foreach (var m in Year().EnumerateMatches(text))
        {
            var y = int.Parse(text.AsSpan(m.Index, m.Length), CultureInfo.InvariantCulture);
            if (best is null || y > best)
            {
                best = y;
            }
        }

        return best;
    }

    private static DateOnly? Make(string year, int month, string day)
    {
        if (month < 1 || !int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(day, CultureInfo.InvariantCulture, out var d))
        {
            return null;
        }

        if (y < 1990 || y > 2100 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, d);
    }

    private static int Month(string name)
    {
        if (name.Length < 3)
        {
            return -1;
        }

        return name[..3].ToLowerInvariant() switch
        {
            "jan" => 1,
            "feb" => 2,
            "mar" => 3,
            "apr" => 4,
            "may" => 5,
            "jun" => 6,
            "jul" => 7,
            "aug" => 8,
            "sep" => 9,
            "oct" => 10,
            "nov" => 11,
            "dec" => 12,
            _ => -1,
        };
    }

    private const string MonthName = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"\.?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?![\d./-])")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*\p{Lu}[\p{L} .]+)?\s*[,(]\s*" + MonthName + @"\.?\s+(?<d>\d{1,2})\b")]
    private static partial Regex DatelineWithoutYear();

    [GeneratedRegex(@"^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*[\p{L} .]+)?\s*[,(]")]
    private static partial Regex DatelineCity();

    [GeneratedRegex(@"^\W*(?:last\s+)?(?:updated|modified|edited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdatedPrefix();

    [GeneratedRegex(@"\b(?:19[89]\d|20\d\d)\b")]
    private static partial Regex Year();

    // What may stand on a date line besides the date: times, zones, weekdays, labels, bylines, separators.
    [GeneratedRegex(@"\b\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?|\b(?:GMT|UTC|EST|EDT|ET|CET|CEST|BST)\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Published|Updated|Last updated|Posted|Date|on|at)\b:?|[-–—|,:()]")]
    private static partial Regex Decorations();
}
