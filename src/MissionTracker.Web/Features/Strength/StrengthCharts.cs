using MissionTracker.Web.Features.Charts;

namespace MissionTracker.Web.Features.Strength;

/// <summary>Strength data as charts: the same pictures on the dashboard and the detail pages.</summary>
public static class StrengthCharts
{
    public static IReadOnlyList<ChartSeries> ByMission(IEnumerable<StrengthPointDto> series) =>
        [.. series.GroupBy(p => (p.Mission, p.MissionName)).Select(g => new ChartSeries(
            g.Key.MissionName,
            "series-" + g.Key.Mission,
            [.. g.Select(p => new ChartPoint(p.ObservedOn, p.Count, p.Personnel.Text))]))];

    /// <summary>One line per mission a country's contingent served in.</summary>
    public static IReadOnlyList<ChartSeries> ByMission(IEnumerable<ContingentDto> history) =>
        [.. history.Where(c => c.Count is not null).GroupBy(c => c.Mission).Select(g => new ChartSeries(
            g.Key,
            "series-" + g.Key,
            [.. g.Select(c => new ChartPoint(c.ObservedOn, c.Count!.Value, c.Personnel.Text))]))];

    public static IReadOnlyList<ChartBar> Contingents(MissionStrengthDto strength) =>
        [.. strength.ByCountry.Where(c => c.Count is not null).OrderByDescending(c => c.Count).Select(c => new ChartBar(
            c.CountryName ?? c.CountryCode ?? "?", c.Count!.Value, c.Personnel.Text, $"/countries/{c.CountryCode}", "series-" + c.Mission))];
}
