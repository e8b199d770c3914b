using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace MissionTracker.Web.Pages;

/// <summary>
/// Search matches wrapped in &lt;mark&gt;. The stored text is HTML-encoded piece by piece first, and only the marks are
/// markup, so a statement that contains HTML still shows as text.
/// </summary>
public static partial class Highlight
{
    public static IHtmlContent Matches(string text, string? query)
    {
        var terms = Terms(query);
        if (terms.Count == 0)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(text));
        }
        var pattern = new Regex(@"\b(?:" + string.Join("|", terms.Select(Regex.Escape)) + @")\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var html = new StringBuilder();
        var at = 0;
        foreach (Match match in pattern.Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..match.Index]));
            html.Append("<mark>").Append(HtmlEncoder.Default.Encode(match.Value)).Append("</mark>");
            at = match.Index + match.Length;
        }
        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The words of a search (letters and digits), as the full-text search reads them.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        query is null ? [] : [.. Word().Matches(query).Select(m => m.Value).Where(w => !w.Equals("AND", StringComparison.Ordinal) && !w.Equals("OR", StringComparison.Ordinal)).Distinct()];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
