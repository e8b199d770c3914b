using MissionTracker.Web.Infrastructure.CommandLine;

namespace MissionTracker.Web.Infrastructure.Security.ApiKeys;

/// <summary><c>create-api-key NAME --scope read|write</c>: prints the new key on the last line, once.</summary>
internal sealed class CreateApiKeyCommand : IAdminCommand
{
    public string Name => "create-api-key";

    public string Usage => "create-api-key NAME --scope read|write   creates a key and prints it (shown once, on the last line)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var scopeAt = arguments.ToList().IndexOf("--scope");
        var name = arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && (scopeAt < 0 || a != arguments.ElementAtOrDefault(scopeAt + 1)));
        var scopeText = scopeAt >= 0 ? arguments.ElementAtOrDefault(scopeAt + 1) : "read";
        if (string.IsNullOrWhiteSpace(name) || !Enum.TryParse<ApiKeyScope>(scopeText, ignoreCase: true, out var scope) || int.TryParse(scopeText, out _))
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        var key = await services.GetRequiredService<ApiKeyService>().CreateAsync(name, scope, cancellationToken);
        if (key is null)
        {
            await output.WriteLineAsync($"A key named '{name}' already exists; revoke it or choose another name.");
            return 1;
        }
        await output.WriteLineAsync($"Created {scope.ToString().ToLowerInvariant()} key '{name}'. Store it now: it is not shown again. Send it in the X-Api-Key header.");
        await output.WriteLineAsync(key);
        return 0;
    }
}

/// <summary><c>list-api-keys</c>: names, scopes and dates; never the keys.</summary>
internal sealed class ListApiKeysCommand : IAdminCommand
{
    public string Name => "list-api-keys";

    public string Usage => "list-api-keys                           lists the keys (names, scopes, dates)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var keys = await services.GetRequiredService<ApiKeyService>().ListAsync(cancellationToken);
        await output.WriteLineAsync($"{"NAME",-30} {"SCOPE",-6} {"CREATED",-20} {"LAST USED",-20} REVOKED");
        foreach (var k in keys)
        {
            await output.WriteLineAsync($"{k.Name,-30} {k.Scope.ToString().ToLowerInvariant(),-6} {k.CreatedAt,-20:yyyy-MM-dd HH:mm:ss} {k.LastUsedAt,-20:yyyy-MM-dd HH:mm:ss} {k.RevokedAt:yyyy-MM-dd HH:mm:ss}");
        }
        return 0;
    }
}

/// <summary><c>revoke-api-key NAME</c>: the key stops working at once.</summary>
internal sealed class RevokeApiKeyCommand : IAdminCommand
{
    public string Name => "revoke-api-key";

    public string Usage => "revoke-api-key NAME                     revokes a key";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1)
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        var revoked = await services.GetRequiredService<ApiKeyService>().RevokeAsync(arguments[0], cancellationToken);
        await output.WriteLineAsync(revoked ? $"Revoked key '{arguments[0]}'." : $"No live key is named '{arguments[0]}'.");
        return revoked ? 0 : 1;
    }
}
