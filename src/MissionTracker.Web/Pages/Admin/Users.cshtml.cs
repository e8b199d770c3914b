using System.ComponentModel.DataAnnotations;
using MissionTracker.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace MissionTracker.Web.Pages.Admin;

/// <summary>Users and their roles; Admin only (the /Admin folder's convention).</summary>
public sealed class UsersModel(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles) : PageModel
{
    public sealed record UserRow(string Id, string Email, IReadOnlyList<string> Roles, bool LockedOut);

    public sealed class NewUser
    {
        [Required, EmailAddress, StringLength(Data.FieldLengths.Name), Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required, Display(Name = "Role")]
        public string Role { get; set; } = Infrastructure.Security.Roles.Editor;
    }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    [BindProperty]
    public NewUser Input { get; set; } = new();

    /// <summary>The generated password of the user just created: shown once, on this response only.</summary>
    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!Infrastructure.Security.Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Choose Viewer, Editor or Admin.");
        }
        if (ModelState.IsValid)
        {
            var (result, password) = await UserAccounts.CreateAsync(users, roles, Input.Email, Input.Role);
            if (result.Succeeded)
            {
                // No redirect here on purpose: the password must not travel in a URL or in temp data.
                CreatedPassword = password;
            }
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError("Input.Email", error.Description);
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(string id, string role)
    {
        if (await users.FindByIdAsync(id) is { } user && Infrastructure.Security.Roles.All.Contains(role))
        {
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user);
            TempData["Flash"] = $"{user.Email} is now {role}.";
        }
        else
        {
            TempData["Flash"] = "Nothing changed: pick a user from this list and one of Viewer, Editor or Admin.";
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        if (await users.FindByIdAsync(id) is { } user)
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            TempData["Flash"] = $"{user.Email} is unlocked.";
        }
        else
        {
            TempData["Flash"] = "Nothing changed: that user is not on this list any more.";
        }
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var rows = new List<UserRow>();
        foreach (var user in all)
        {
            rows.Add(new UserRow(user.Id, user.Email ?? user.UserName ?? "", [.. await users.GetRolesAsync(user)], await users.IsLockedOutAsync(user)));
        }
        Users = rows;
    }
}
