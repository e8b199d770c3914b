using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Account;

public sealed class LogoutModel : PageModel
{
    public IActionResult OnPost() => Redirect("/");
}
