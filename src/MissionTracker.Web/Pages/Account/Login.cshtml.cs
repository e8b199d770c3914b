using MissionTracker.Web.Infrastructure.Security;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MissionTracker.Web.Pages.Account;

public sealed class LoginModel(SignInManager<IdentityUser> signIn, CredentialThrottle throttle, ILogger<LoginModel> logger) : PageModel
{
    public sealed class InputModel
    {
        [Required, EmailAddress, Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required, DataType(DataType.Password), Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (throttle.IsBlocked(HttpContext.Connection.RemoteIpAddress, out _))
        {
            ModelState.AddModelError("", "Too many failed sign-ins from this address: wait a minute and try again.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        // A new session on every sign-in: whatever cookie came with the request is dropped first.
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User signed in");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError("", "Too many failed attempts: this account is locked for 15 minutes.");
        }
        else
        {
            ModelState.AddModelError("", "The e-mail or password is not right.");
        }
        throttle.RecordFailure(HttpContext.Connection.RemoteIpAddress);
        return Page();
    }
}
