using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MissionTracker.Web.Pages;

/// <summary>One step of the trail above a page's heading; the layout renders <c>ViewData["Breadcrumbs"]</c>.</summary>
public sealed record Breadcrumb(string Label, string? Href = null)
{
    private const string Key = "Breadcrumbs";

    public static void Set(ViewDataDictionary viewData, params Breadcrumb[] trail) => viewData[Key] = trail;

    public static IReadOnlyList<Breadcrumb> Get(ViewDataDictionary viewData) => viewData[Key] as Breadcrumb[] ?? [];
}
