using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MissionTracker.Web.Features.Sources;
using Microsoft.AspNetCore.Html;

namespace MissionTracker.Web.Pages;

/// <summary>
/// A source's text with the spans that support recorded facts marked and linked to the fact. The text is encoded piece by
/// piece and only the marks and links are markup. Overlapping spans: the later one starts where the earlier one ends.
/// </summary>
public static class SourceText
{
    public static IHtmlContent Render(string text, IEnumerable<CitedFactDto> facts)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (var fact in facts.Where(f => f.SpanStart is not null && f.SpanEnd is not null).OrderBy(f => f.SpanStart))
        {
            var start = Math.Clamp(Math.Max(fact.SpanStart!.Value, at), 0, text.Length);
            var end = Math.Clamp(fact.SpanEnd!.Value, start, text.Length);
            if (end <= start)
            {
                continue;
            }
            html.Append(Encode(text[at..start]));
            html.Append(CultureInfo.InvariantCulture, $"<mark id=\"span-{fact.CitationId}\"><a href=\"{Encode(Href(fact))}\" title=\"{Encode(fact.Label)}\">");
            html.Append(Encode(text[start..end])).Append("</a></mark>");
            at = end;
        }
        html.Append(Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    /// <summary>The page of the fact a citation supports.</summary>
    public static string Href(CitedFactDto fact) => fact.Kind switch
    {
        CitedFactKind.Statement => $"/statements/{fact.FactId}",
        CitedFactKind.StrengthObservation or CitedFactKind.MissionStatus => $"/missions/{fact.Mission}",
        CitedFactKind.Transfer or CitedFactKind.TransferStatus => $"/transfers#transfer-{fact.FactId}",
        _ => $"/timeline#event-{fact.FactId}",
    };

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
