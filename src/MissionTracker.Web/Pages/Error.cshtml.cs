using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages;

/// <summary>The friendly error page: no stack trace, a reference to quote when reporting.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }
    public string Title { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "The error was logged. Try again, or go back to the dashboard.";

    public void OnGet(int? statusCode) => Describe(statusCode);

    public void OnPost(int? statusCode) => Describe(statusCode);

    private void Describe(int? statusCode)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (statusCode == StatusCodes.Status404NotFound)
        {
            Title = "Page not found";
            Message = "There is no page at this address. It may have been moved or deleted.";
        }
        else if (statusCode is >= 400 and < 500)
        {
            Title = "The request could not be handled";
            Message = $"The server answered {statusCode}. Check the address or the form and try again.";
        }
        // Only an error status: the address is anyone's to type, and a number such as -1 went out as the status line.
        if (statusCode is >= 400 and <= 599)
        {
            Response.StatusCode = statusCode.Value;
        }
    }
}
