using System.Security.Cryptography;
using MissionTracker.Web.Infrastructure.CommandLine;
using Microsoft.AspNetCore.Identity;

namespace MissionTracker.Web.Infrastructure.Security;

/// <summary><c>create-user EMAIL --role Viewer|Editor|Admin</c>: creates a user with a generated password, printed once.</summary>
internal sealed class CreateUserCommand : IAdminCommand
{
    public string Name => "create-user";

    public string Usage => "create-user EMAIL --role Viewer|Editor|Admin   creates a user and prints a generated password (shown once)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var roleAt = arguments.ToList().IndexOf("--role");
        var role = roleAt >= 0 && roleAt + 1 < arguments.Count ? Roles.All.FirstOrDefault(r => r.Equals(arguments[roleAt + 1], StringComparison.OrdinalIgnoreCase)) : Roles.Viewer;
        var email = arguments.Count > 0 && !arguments[0].StartsWith('-') ? arguments[0] : null;
        if (email is null || role is null)
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var (result, password) = await UserAccounts.CreateAsync(users, services.GetRequiredService<RoleManager<IdentityRole>>(), email, role);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"Could not create {email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }
        await output.WriteLineAsync($"Created {email} ({role}). Password (shown once, store it now): {password}");
        return 0;
    }
}

/// <summary>Creating users, shared by the command line and the Admin pages.</summary>
public static class UserAccounts
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Creates the user with a generated password in the given role (roles are created on first use).</summary>
    public static async Task<(IdentityResult Result, string Password)> CreateAsync(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles, string email, string role)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                await roles.CreateAsync(new IdentityRole(name));
            }
        }
        var password = GeneratePassword();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (created, "");
        }
        return (await users.AddToRoleAsync(user, role), password);
    }

    /// <summary>20 random letters and digits plus a fixed tail that satisfies every default password rule.</summary>
    public static string GeneratePassword() => RandomNumberGenerator.GetString(Alphabet, 20) + "-7a";
}
