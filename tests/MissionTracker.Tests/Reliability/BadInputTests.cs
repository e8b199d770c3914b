using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using MissionTracker.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace MissionTracker.Tests.Reliability;

/// <summary>
/// Every operation of the OpenAPI document, fed generated bad input: wrong types, missing, extra and null fields, 1 MB
/// strings, invalid dates and enums, extreme numbers, control characters and odd Unicode, malformed JSON, wrong content
/// types, SQL and path-traversal strings. No answer may be a 5xx; every 4xx is a ProblemDetails; a refused write changes nothing.
/// </summary>
public sealed class BadInputTests(MissionTrackerFactory factory, ITestOutputHelper output) : IClassFixture<MissionTrackerFactory>
{
    private const int RequestsPerOperation = 100;

    private static readonly string Megabyte = new('x', 1 << 20);

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>One value from each generator, in order.</summary>
    private static Gen<IReadOnlyList<T>> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(System.Collections.Immutable.ImmutableList<T>.Empty), (all, g) => Gen.Select(all, g, (list, x) => list.Add(x)))
            .Select(list => (IReadOnlyList<T>)list);

    /// <summary>Strings a careless server chokes on.</summary>
    private static readonly Gen<string> NastyString = Gen.OneOf(
        Pick("", " ", "\0", "\u0001\u0007\u001b[31m", "\r\n\t", "\u202Eevil\u202C", "\uFEFF", "e\u0301\u0301\u0301", "😀👍🏽🇮🇶",
            "ﷺ𒐫𒐫", "' OR '1'='1", "1; DROP TABLE Statements; --", "\" OR \"\"=\"", "../../../../etc/passwd", "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2f", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "NaN", "-0", "null", "[]", "{}",
            "9999-99-99", "2020-02-30", "0000-00-00", "2020-02-12T25:61:61Z", "-1", "1e309", "\"", "\\", "*", "MATCH", "NEAR(a b)"),
        Gen.String[0, 80],
        Gen.Char.Array[0, 40].Select(c => new string(c)),
        Gen.Const(Megabyte));

    private static readonly Gen<JsonNode?> WrongType = Gen.OneOf(
        Gen.Const((JsonNode?)null),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Pick(long.MinValue, -1L, 0L, int.MaxValue + 1L, long.MaxValue).Select(n => (JsonNode?)JsonValue.Create(n)),
        Pick(1e308, -1e308, 0.5, double.Epsilon).Select(d => (JsonNode?)JsonValue.Create(d)),
        NastyString.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Const((JsonNode?)null).Select(_ => (JsonNode?)new JsonArray(1, "a", null)),
        Gen.Const((JsonNode?)null).Select(_ => (JsonNode?)new JsonObject { ["a"] = 1 }));

    /// <summary>Bodies no JSON parser accepts, or that nest absurdly deep.</summary>
    private static readonly Gen<string> MalformedJson = Gen.OneOf(
        Pick("{", "}", "{\"a\":", "[1,2", "nul", "tru", "{\"text\":\"\\ud800\"}", "{\"title\":\"\\u0000\"}", "{'a':1}", "{\"a\":1,}",
            "\u0000", "\uFEFF{}", "{\"a\":1}{\"b\":2}", "{\"a\":01}", "{\"a\":1e99999}", "NaN", "\"just a string\"", "42", "[]", ""),
        Gen.Int[100, 5000].Select(n => new string('[', n) + new string(']', n)),
        Gen.Int[100, 5000].Select(n => string.Concat(Enumerable.Repeat("{\"a\":", n)) + "1" + new string('}', n)),
        Gen.String[0, 200]);

    private sealed record Operation(string Method, string Path, IReadOnlyList<(string Name, string In, JsonElement Schema)> Parameters, JsonElement? Body);

    private sealed record Probe(string Method, string Url, string? Body, string? ContentType, bool WithKey)
    {
        public override string ToString() => $"{Method} {Url[..Math.Min(Url.Length, 300)]} [{ContentType}] key={WithKey} body={(Body is null ? "none" : Body[..Math.Min(Body.Length, 300)])}";
    }

    [Fact]
    public async Task NoOperationAnswersBadInputWithA5xxOrAnythingButAProblemOrChangesTheDatabaseWhenItRefuses()
    {
        using var client = factory.CreateClient();
        var key = await factory.CreateApiKeyAsync(Web.Infrastructure.Security.ApiKeys.ApiKeyScope.Write);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var operations = Operations(document.RootElement).ToList();
        Assert.True(operations.Count >= 40, $"only {operations.Count} operations in the document");

        await using var db = new SqliteConnection($"Data Source={factory.DatabasePath};Mode=ReadOnly");
        await db.OpenAsync();
        var tables = await TablesAsync(db);

        var failures = new List<string>();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        var clock = Stopwatch.StartNew();
        foreach (var operation in operations)
        {
            await ProbeFor(operation, schemas).SampleAsync(async probe =>
            {
                var before = probe.Method == "GET" ? null : await FingerprintAsync(db, tables);
                using var request = new HttpRequestMessage(new HttpMethod(probe.Method), probe.Url);
                if (probe.WithKey)
                {
                    request.Headers.Add("X-Api-Key", key);
                }
                if (probe.Body is not null)
                {
                    request.Content = new StringContent(probe.Body, Encoding.UTF8);
                    request.Content.Headers.ContentType = probe.ContentType is null ? null : MediaTypeHeaderValue.Parse(probe.ContentType);
                }
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                lock (failures)
                {
                    sent++;
                    statuses[status] = statuses.GetValueOrDefault(status) + 1;
                }
                var problem = status >= 500 ? $"{status}: {body[..Math.Min(body.Length, 500)]}"
                    : status >= 400 ? NotAProblem(response, body, status) : null;
                if (problem is null && status >= 400 && before is not null && await FingerprintAsync(db, tables) is var after && after != before)
                {
                    problem = $"{status} but the database changed: {Difference(before, after)}";
                }
                if (problem is not null)
                {
                    lock (failures)
                    {
                        failures.Add($"{probe} -> {problem}");
                    }
                }
            }, iter: RequestsPerOperation, threads: 1);
        }
        output.WriteLine($"{sent} requests to {operations.Count} operations in {clock.Elapsed.TotalSeconds:F0} s; statuses: " +
            string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}")) + $"; {failures.Count} failures");
        foreach (var failure in failures.Take(30))
        {
            output.WriteLine(failure);
        }
        Assert.True(sent >= 5000, $"only {sent} requests");
        Assert.Empty(failures.Take(10));
    }

    private static IEnumerable<Operation> Operations(JsonElement document)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps)
                    ? ps.EnumerateArray().Select(p => (p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!, p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                    : [];
                JsonElement? body = op.Value.TryGetProperty("requestBody", out var rb) && rb.GetProperty("content").TryGetProperty("application/json", out var json)
                    ? json.GetProperty("schema") : null;
                yield return new Operation(op.Name.ToUpperInvariant(), path.Name, parameters, body);
            }
        }
    }

    private static Gen<Probe> ProbeFor(Operation operation, JsonElement schemas)
    {
        var routeValues = System.Text.RegularExpressions.Regex.Matches(operation.Path, "\\{([^}]+)\\}").Select(m => m.Groups[1].Value).ToList();
        var pathGen = routeValues.Aggregate(Gen.Const(operation.Path), (g, name) =>
            g.SelectMany(path => RouteValue.Select(v => path.Replace("{" + name + "}", Uri.EscapeDataString(v), StringComparison.Ordinal))));
        var query = operation.Parameters.Where(p => p.In == "query").ToList();
        var queryGen = query.Count == 0 ? Gen.Const("")
            : All(query.Select(p => QueryValue(p.Schema, schemas).Select(v => v is null ? "" : $"{p.Name}={Uri.EscapeDataString(v)}"))).Select(parts => "?" + string.Join('&', parts.Where(p => p.Length > 0)));
        var bodyGen = operation.Body is { } schema
            ? Gen.Frequency(
                (14, Value(schema, schemas, 0).Select(n => ((string?)(n?.ToJsonString() ?? "null"), (string?)"application/json"))),
                (3, MalformedJson.Select(s => ((string?)s, (string?)"application/json"))),
                (2, Pick("text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-7")
                    .Select(t => ((string?)"{\"a\":1}", (string?)t))),
                (1, Gen.Const(((string?)null, (string?)null))))
            : Gen.Frequency((9, Gen.Const(((string?)null, (string?)null))), (1, MalformedJson.Select(s => ((string?)s, (string?)"application/json"))));
        return Gen.Select(pathGen, queryGen, bodyGen, Gen.Int[0, 19], (path, q, body, k) =>
            new Probe(operation.Method, path + q, body.Item1, body.Item2, WithKey: k != 0));
    }

    private static readonly Gen<string> RouteValue = Gen.Frequency(
        (3, Pick("1", "2", "nmi", "oir", "IQ", "ES", "0", "-1", "2147483648", "99999999999999999999", "1.5", "1e3", "0x10")),
        // A NUL in the path never reaches the app: Kestrel refuses the request line (400) and the test server throws.
        (4, NastyString.Where(s => s.Length < 5000).Select(s => s.Replace("\0", "", StringComparison.Ordinal))));

    /// <summary>A query value for a parameter: sometimes sensible, often not; null leaves it out.</summary>
    private static Gen<string?> QueryValue(JsonElement schema, JsonElement schemas)
    {
        var type = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) ? t.GetString() : "string";
        var format = schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var sensible = (type, format) switch
        {
            ("integer", _) => Gen.Int[-5, 300].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (_, "date") => Pick("2020-02-12", "2019-01-01", "2030-12-31"),
            (_, "date-time") => Pick("2020-02-12T00:00:00Z", "2020-02-12T10:00:00+03:00"),
            _ => Pick("nmi", "IQ", "direct", "pending", "csv", "ndjson", "json", "-saidOn", "title", "NATO training"),
        };
        return Gen.Frequency(
            (3, Gen.Const((string?)null)),
            (3, sensible.Select(s => (string?)s)),
            (4, NastyString.Where(s => s.Length < 5000).Select(s => (string?)s)));
    }

    /// <summary>A JSON value for a schema: valid-looking, or of a wrong type, with fields missing, null or extra.</summary>
    private static Gen<JsonNode?> Value(JsonElement schema, JsonElement schemas, int depth)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }
        if (depth > 3)
        {
            return Gen.Const((JsonNode?)null);
        }
        var type = schema.TryGetProperty("type", out var t) ? t.GetString() : null;
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        Gen<JsonNode?> sensible;
        if (schema.TryGetProperty("enum", out var values))
        {
            var names = values.EnumerateArray().Select(v => v.ToString()).ToArray();
            sensible = Pick(names).Select(n => (JsonNode?)JsonValue.Create(n));
        }
        else if (type == "object" || schema.TryGetProperty("properties", out _))
        {
            var properties = schema.TryGetProperty("properties", out var ps) ? ps.EnumerateObject().ToList() : [];
            var fields = properties.Select(p => Gen.Frequency(
                    (2, Gen.Const(default((string, JsonNode?, bool)?))),
                    (8, Value(p.Value, schemas, depth + 1).Select(v => ((string, JsonNode?, bool)?)(p.Name, v, true)))))
                .ToArray();
            var extra = Gen.Frequency((4, Gen.Const(default((string, JsonNode?, bool)?))), (1, WrongType.Select(v => ((string, JsonNode?, bool)?)("unexpected" + Guid.NewGuid().ToString("N")[..4], v, true))));
            sensible = All(fields.Append(extra)).Select(chosen =>
            {
                var node = new JsonObject();
                foreach (var (name, value, _) in chosen.Where(c => c is not null).Select(c => c!.Value))
                {
                    node[name] = value;
                }
                return (JsonNode?)node;
            });
        }
        else
        {
            sensible = (type, format) switch
            {
                ("integer", _) => Gen.OneOf(Gen.Int[1, 5], Pick(0, -1, int.MinValue, int.MaxValue)).Select(i => (JsonNode?)JsonValue.Create(i)),
                ("number", _) => Gen.Double.Select(d => (JsonNode?)JsonValue.Create(double.IsFinite(d) ? d : 0)),
                ("boolean", _) => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
                ("array", _) => (schema.TryGetProperty("items", out var items) ? Value(items, schemas, depth + 1) : WrongType)
                    .Array[0, 4].Select(a => (JsonNode?)new JsonArray(a)),
                (_, "date") => Pick("2020-02-12", "2020-02-30", "12/02/2020", "2020-2-1", "0001-01-01", "9999-12-31").Select(s => (JsonNode?)JsonValue.Create(s)),
                (_, "date-time") => Pick("2020-02-12T10:00:00Z", "2020-02-12 10:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00").Select(s => (JsonNode?)JsonValue.Create(s)),
                _ => Gen.OneOf(Pick("nmi", "NATO Mission Iraq", "https://example.org/a", "IQ", "Stoltenberg").Select(s => (JsonNode?)JsonValue.Create(s)),
                    NastyString.Select(s => (JsonNode?)JsonValue.Create(s))),
            };
        }
        return Gen.Frequency((6, sensible), (2, WrongType));
    }

    /// <summary>The record tables (not full-text shadows, users or keys), and whether each has an UpdatedAt column.</summary>
    private static async Task<List<(string Name, bool Updated)>> TablesAsync(SqliteConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT name, EXISTS (SELECT 1 FROM pragma_table_info(name) WHERE name = 'UpdatedAt') FROM sqlite_master " +
            "WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%Fts%' AND name NOT LIKE 'AspNet%' AND name <> 'ApiKeys'";
        var tables = new List<(string, bool)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add((reader.GetString(0), reader.GetBoolean(1)));
        }
        return tables;
    }

    /// <summary>Row count and highest rowid of every record table, and the latest UpdatedAt where there is one.</summary>
    private static async Task<string> FingerprintAsync(SqliteConnection db, IReadOnlyList<(string Name, bool Updated)> tables)
    {
        await using var command = db.CreateCommand();
        command.CommandText = string.Join(" UNION ALL ", tables.Select(t =>
            $"SELECT '{t.Name}:' || COUNT(*) || ':' || COALESCE(MAX(rowid), 0) || ':' || {(t.Updated ? "COALESCE(MAX(\"UpdatedAt\"), '')" : "''")} FROM \"{t.Name}\""));
        var parts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            parts.Add(reader.GetString(0));
        }
        return string.Join('|', parts);
    }

    private static string Difference(string before, string after) =>
        string.Join(", ", before.Split('|').Zip(after.Split('|')).Where(p => p.First != p.Second).Select(p => $"{p.First} -> {p.Second}"));

    private static string? NotAProblem(HttpResponseMessage response, string body, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}: {body[..Math.Min(body.Length, 300)]}";
        }
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status && problem.RootElement.TryGetProperty("title", out _)
                ? null : $"{status} with a ProblemDetails that does not say so: {body[..Math.Min(body.Length, 300)]}";
        }
        catch (JsonException)
        {
            return $"{status} with a body that is not JSON: {body[..Math.Min(body.Length, 300)]}";
        }
    }
}

