using System.Xml.Linq;
using MissionTracker.Web.Features.Charts;

namespace MissionTracker.Tests.Features.Charts;

public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return XElement.Parse(writer.ToString());
    }

    private static readonly ChartText Text = new("t", "Strength", "Personnel over time");

    [Fact]
    public void ALineChartHasAxesALegendAndHoverTextForEveryPoint()
    {
        var chart = Parse(SvgChart.Line(Text,
        [
            new ChartSeries("NATO Mission Iraq", "series-nmi", [new(new DateOnly(2020, 2, 12), 500), new(new DateOnly(2020, 3, 1), 900)]),
            new ChartSeries("Global Coalition", "series-global-coalition", [new(new DateOnly(2020, 2, 12), 11000)]),
        ]));

        Assert.Equal("img", chart.Attribute("role")?.Value);
        Assert.Equal("Strength", chart.Element(Svg + "title")?.Value);
        var texts = chart.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("Date observed", texts);
        Assert.Contains("Personnel", texts);
        Assert.Contains("NATO Mission Iraq", texts);
        Assert.Contains("Global Coalition", texts);
        Assert.Contains("12 Feb 2020", texts);
        var hovers = chart.Descendants(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(3, hovers.Count);
        Assert.Contains("NATO Mission Iraq: 900 on 1 Mar 2020", hovers);
        Assert.Single(chart.Descendants(Svg + "polyline"));
    }

    [Fact]
    public void ABarChartLabelsEveryBarAndLinksIt()
    {
        var chart = Parse(SvgChart.Bars(Text, [new ChartBar("United States", 5200, "5,200", "/countries/US"), new ChartBar("Spain", 300)]));

        var bars = chart.Descendants(Svg + "rect").ToList();
        Assert.Equal(2, bars.Count);
        Assert.Equal("United States: 5,200", bars[0].Element(Svg + "title")?.Value);
        Assert.True(double.Parse(bars[0].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            > double.Parse(bars[1].Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/countries/US", chart.Descendants(Svg + "a").Single().Attribute("href")?.Value);
        Assert.Contains("Spain", chart.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public void LabelsFromStoredDataAreEncoded()
    {
        var chart = Parse(SvgChart.Bars(Text, [new ChartBar("<script>alert(1)</script>", 1)]));

        Assert.Empty(chart.Descendants("script"));
        Assert.Empty(chart.Descendants(Svg + "script"));
        Assert.Contains(chart.Descendants(Svg + "text"), t => t.Value.StartsWith("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void AChartWithNoDataSaysSo()
    {
        using var writer = new StringWriter();
        SvgChart.Line(Text, []).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Contains("nothing recorded yet", writer.ToString());
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 4)]
    [InlineData(5, 8)]
    [InlineData(500, 800)]
    [InlineData(5200, 8000)]
    [InlineData(11000, 20000)]
    public void TheValueAxisEndsOnARoundNumber(double max, double expected) => Assert.Equal(expected, SvgChart.NiceCeiling(max));
}
