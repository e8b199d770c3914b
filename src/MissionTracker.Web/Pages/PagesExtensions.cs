using MissionTracker.Web.Infrastructure.Security;

namespace MissionTracker.Web.Pages;

public static class PagesExtensions
{
    /// <summary>The Razor Pages front door: who may open which folder, and the routes a page has besides its own.</summary>
    public static WebApplicationBuilder AddMissionTrackerPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages().AddRazorPagesOptions(o =>
        {
            o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            o.Conventions.AuthorizeFolder("/Intake", Policies.Write);
            o.Conventions.AuthorizeFolder("/Review", Policies.Write);
            o.Conventions.AuthorizeFolder("/Feeds", Policies.Write);
            o.Conventions.AllowAnonymousToFolder("/Account");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AddPageRoute("/Statements/Edit", "statements/create");
            o.Conventions.AddPageRoute("/Timeline/Edit", "timeline/create");
            o.Conventions.AddPageRoute("/Sources/Edit", "sources/create");
            o.Conventions.AddPageRoute("/Observations/Edit", "observations/create");
            o.Conventions.AddPageRoute("/Transfers/Edit", "transfers/create");
            o.Conventions.AddPageRoute("/Missions/Edit", "missions/create");
            o.Conventions.AddPageRoute("/Countries/Edit", "countries/create");
            o.Conventions.AddPageRoute("/Organisations/Edit", "organisations/create");
            o.Conventions.AddPageRoute("/People/Edit", "people/create");
            o.Conventions.AddPageRoute("/Feeds/Edit", "feeds/create");
        }).AddMvcOptions(o =>
        {
            // Said next to the field, whose label names it: the defaults name the C# property ("not valid for SaidOn").
            var messages = o.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"“{value}” is not a valid value for this field.");
            messages.SetValueIsInvalidAccessor(value => $"“{value}” is not one of the choices.");
            messages.SetValueMustNotBeNullAccessor(_ => "This field is required.");
        });
        return builder;
    }
}
