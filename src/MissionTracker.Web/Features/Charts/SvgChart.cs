using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MissionTracker.Web.Features.Charts;

/// <summary>
/// Renders small, self-contained SVG charts on the server: no script, no CDN, readable without CSS.
/// Every piece of text goes through the HTML encoder, so labels taken from stored data cannot inject markup.
/// Each value also appears as a &lt;title&gt; (hover text) and the whole chart has a role="img" title and description.
/// </summary>
public static class SvgChart
{
    private const int Width = 640;
    private const int Left = 80;
    private const int Right = 16;
    private const int Top = 16;
    private const int LineHeight = 260;
    private const int LineBottom = 56;
    private const int BarHeight = 28;
    private const int BarGap = 8;
    private const int BarLabelWidth = 190;
    private const int BarValueWidth = 96;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Series with more points than this are drawn as a line with only the latest point marked.</summary>
    public const int MaxMarkersPerLine = 60;

    public static IHtmlContent Line(ChartText text, IReadOnlyList<ChartSeries> series)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        if (points.Count == 0)
        {
            return Empty(text);
        }
        var first = points.Min(p => p.On).DayNumber;
        var last = points.Max(p => p.On).DayNumber;
        if (first == last)
        {
            // One date: widen the axis by a fortnight each side so the point sits in the middle.
            first -= 14;
            last += 14;
        }
        var max = NiceCeiling(points.Max(p => p.Value));
        var plotWidth = Width - Left - Right;
        var height = Top + LineHeight + LineBottom + (series.Count * 20);
        double X(DateOnly d) => Left + ((d.DayNumber - first) * (double)plotWidth / (last - first));
        double Y(double v) => Top + LineHeight - (v / max * LineHeight);

        var svg = Open(text, height);
        // Y axis: five gridlines with labels.
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Y(value);
            svg.Append(Invariant, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>");
            svg.Append(Invariant, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Encode(value.ToString("N0", Invariant))}</text>");
        }
        // X axis: first, middle and last date.
        var axisY = Top + LineHeight;
        svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{axisY}\" y2=\"{axisY}\"/>");
        svg.Append(Invariant, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{axisY}\"/>");
        foreach (var (day, anchor) in new[] { (first, "start"), ((first + last) / 2, "middle"), (last, "end") })
        {
            var date = DateOnly.FromDayNumber(day);
            svg.Append(Invariant, $"<text class=\"tick\" x=\"{X(date):0.#}\" y=\"{axisY + 18}\" text-anchor=\"{anchor}\">{Encode(date.ToString("d MMM yyyy", Invariant))}</text>");
        }
        svg.Append(Invariant, $"<text class=\"axis-label\" x=\"{Left + (plotWidth / 2)}\" y=\"{axisY + 38}\" text-anchor=\"middle\">Date observed</text>");
        svg.Append(Invariant, $"<text class=\"axis-label\" x=\"14\" y=\"{Top + (LineHeight / 2)}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {Top + (LineHeight / 2)})\">Personnel</text>");

        for (var s = 0; s < series.Count; s++)
        {
            var line = series[s];
            var ordered = line.Points.OrderBy(p => p.On).ToList();
            svg.Append(Invariant, $"<g class=\"series {Encode(line.CssClass)}\">");
            if (ordered.Count > 1)
            {
                var path = string.Join(" ", ordered.Select(p => string.Create(Invariant, $"{X(p.On):0.#},{Y(p.Value):0.#}")));
                svg.Append(Invariant, $"<polyline points=\"{path}\"/>");
            }
            // A marker with its hover text per point, unless the series is dense: then the line alone, and the latest
            // point marked (a dashboard with 5,000 observations otherwise weighs 600 KB, nearly all of it markers).
            foreach (var p in ordered.Count <= MaxMarkersPerLine ? ordered : ordered.TakeLast(1))
            {
                var hover = $"{line.Name}: {p.Label ?? p.Value.ToString("N0", Invariant)} on {p.On.ToString("d MMM yyyy", Invariant)}";
                svg.Append(Invariant, $"<circle cx=\"{X(p.On):0.#}\" cy=\"{Y(p.Value):0.#}\" r=\"5\"><title>{Encode(hover)}</title></circle>");
            }
            // Legend, one row per series, under the axis.
            var legendY = axisY + LineBottom + (s * 20);
            svg.Append(Invariant, $"<rect class=\"swatch\" x=\"{Left}\" y=\"{legendY - 10}\" width=\"12\" height=\"12\"/>");
            svg.Append(Invariant, $"<text class=\"legend\" x=\"{Left + 18}\" y=\"{legendY}\">{Encode(line.Name)}</text>");
            svg.Append("</g>");
        }
        return Close(svg);
    }

    public static IHtmlContent Bars(ChartText text, IReadOnlyList<ChartBar> bars, string valueAxisLabel = "Personnel")
    {
        if (bars.Count == 0)
        {
            return Empty(text);
        }
        var max = NiceCeiling(bars.Max(b => b.Value));
        var plotLeft = BarLabelWidth;
        var plotWidth = Width - plotLeft - Right - BarValueWidth;
        var axisY = Top + (bars.Count * (BarHeight + BarGap));
        var height = axisY + 44;
        var svg = Open(text, height);
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var x = plotLeft + (value / max * plotWidth);
            svg.Append(Invariant, $"<line class=\"grid\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top}\" y2=\"{axisY}\"/>");
            svg.Append(Invariant, $"<text class=\"tick\" x=\"{x:0.#}\" y=\"{axisY + 16}\" text-anchor=\"middle\">{Encode(value.ToString("N0", Invariant))}</text>");
        }
        svg.Append(Invariant, $"<text class=\"axis-label\" x=\"{plotLeft + (plotWidth / 2)}\" y=\"{axisY + 36}\" text-anchor=\"middle\">{Encode(valueAxisLabel)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + (i * (BarHeight + BarGap));
            var w = max == 0 ? 0 : bar.Value / max * plotWidth;
            var valueText = bar.ValueText ?? bar.Value.ToString("N0", Invariant);
            svg.Append(Invariant, $"<g class=\"bar {Encode(bar.CssClass ?? "")}\">");
            if (bar.Href is not null)
            {
                svg.Append(Invariant, $"<a href=\"{Encode(bar.Href)}\">");
            }
            svg.Append(Invariant, $"<text class=\"bar-label\" x=\"{plotLeft - 8}\" y=\"{y + (BarHeight / 2) + 5}\" text-anchor=\"end\">{Encode(Shorten(bar.Label, 22))}</text>");
            svg.Append(Invariant, $"<rect x=\"{plotLeft}\" y=\"{y}\" width=\"{Math.Max(w, 1):0.#}\" height=\"{BarHeight}\"><title>{Encode($"{bar.Label}: {valueText}")}</title></rect>");
            svg.Append(Invariant, $"<text class=\"bar-value\" x=\"{plotLeft + w + 6:0.#}\" y=\"{y + (BarHeight / 2) + 5}\">{Encode(valueText)}</text>");
            if (bar.Href is not null)
            {
                svg.Append("</a>");
            }
            svg.Append("</g>");
        }
        svg.Append(Invariant, $"<line class=\"axis\" x1=\"{plotLeft}\" x2=\"{plotLeft}\" y1=\"{Top}\" y2=\"{axisY}\"/>");
        return Close(svg);
    }

    /// <summary>
    /// The top of the value axis: the smallest 1, 2, 4 or 8 × 10ⁿ at or above the value, and at least 4, so that the
    /// four gridlines fall on whole numbers.
    /// </summary>
    public static double NiceCeiling(double value)
    {
        if (value <= 4)
        {
            return 4;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1, 2, 4, 8, 10 })
        {
            if (step * magnitude >= value)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static StringBuilder Open(ChartText text, int height)
    {
        var id = Encode(text.Id);
        var svg = new StringBuilder();
        svg.Append(Invariant, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\">");
        svg.Append(Invariant, $"<title id=\"{id}-title\">{Encode(text.Title)}</title><desc id=\"{id}-desc\">{Encode(text.Description)}</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static HtmlString Empty(ChartText text) =>
        new($"<p class=\"empty chart-empty\" id=\"{Encode(text.Id)}\">{Encode(text.Title)}: nothing recorded yet.</p>");

    private static string Shorten(string label, int max) => label.Length <= max ? label : label[..(max - 1)] + "…";

    private static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
