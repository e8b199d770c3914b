using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MissionTracker.Web.Data;

/// <summary>
/// Writes a save that only adds rows — the commonest write: a statement with its citations and missions — with one
/// <c>INSERT … RETURNING</c> per row, principals first, instead of EF Core's update pipeline. The pipeline works out the
/// same thing for every save (column modifications, a dependency sort of the commands, the SQL text, parameter
/// dictionaries, then propagating keys back), which was half of the writer's turn that every write waits for one after
/// another; here the SQL of each table is built once and the command, run on the write gate's connection, stays
/// prepared. Anything else — an update or a delete, inheritance, owned or complex types, a value the database makes
/// other than an integer key — goes through EF as before (<see cref="Plan"/> returns null).
/// <para>
/// The columns, their names, and how each value is bound (converters included) come from EF's model and type mappings,
/// as EF would bind them; <c>RETURNING</c> is standard on SQLite and PostgreSQL.
/// </para>
/// </summary>
internal static class AddedRows
{
    /// <summary>The added rows in the order to insert them, or null when EF's pipeline must write the change set.</summary>
    public static List<EntityEntry>? Plan(ChangeTracker tracker)
    {
        var order = Order.Of(tracker.Context.Model);
        var rows = new List<EntityEntry>();
        foreach (var entry in tracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (Table.Of(entry.Metadata) is null || !order.Rank.ContainsKey(entry.Metadata))
                    {
                        return null;
                    }
                    rows.Add(entry);
                    break;
                case EntityState.Unchanged or EntityState.Detached:
                    break;
                default:
                    return null;
            }
        }
        // Two new rows of a table that refers to itself could need each other's key first: EF sorts those.
        if (rows.Count == 0 || rows.GroupBy(r => r.Metadata).Any(g => g.Count() > 1 && order.SelfReferencing.Contains(g.Key)))
        {
            return null;
        }
        return [.. rows.OrderBy(r => order.Rank[r.Metadata])];
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> (from <see cref="Plan"/>) with commands from <paramref name="command"/>, sets the
    /// keys the database made (EF carries them to the dependents' foreign keys as its own pipeline does), and accepts the
    /// changes when asked. On failure the temporary keys are put back, as EF does, and the error is EF's
    /// <see cref="DbUpdateException"/>.
    /// </summary>
    public static async Task<int> InsertAsync(DbContext db, List<EntityEntry> rows, Func<string, DbCommand> command, bool acceptAllChangesOnSuccess)
    {
        var madeKeys = new List<(PropertyEntry Key, object? Temporary)>();
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var row in rows)
            {
                var table = Table.Of(row.Metadata)!;
                var key = table.GeneratedKey is { } k ? row.Property(k.Name) : null;
                var generate = key is { IsTemporary: true };
                var insert = Bind(command(generate ? table.InsertReturningKey : table.Insert), generate ? table.ColumnsButKey : table.Columns,
                    property => row.Property(property.Name).CurrentValue);
                if (!generate)
                {
                    await insert.ExecuteNonQueryAsync();
                    continue;
                }
                object made;
                await using (var reader = await insert.ExecuteReaderAsync())
                {
                    if (!await reader.ReadAsync())
                    {
                        throw new DbUpdateException($"The new row of {table.Name} was not written.", (Exception?)null, [row]);
                    }
                    made = Convert.ChangeType(reader.GetValue(0), key!.Metadata.ClrType, System.Globalization.CultureInfo.InvariantCulture);
                }
                madeKeys.Add((key, key.CurrentValue));
                key.CurrentValue = made;
                key.IsTemporary = false;
            }
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            foreach (var (key, temporary) in Enumerable.Reverse(madeKeys))
            {
                key.CurrentValue = temporary;
                key.IsTemporary = true;
            }
            if (e is DbUpdateException)
            {
                throw;
            }
            throw new DbUpdateException("An error occurred while saving the entity changes. See the inner exception for details.", e, rows);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        if (acceptAllChangesOnSuccess)
        {
            db.ChangeTracker.AcceptAllChanges();
        }
        return rows.Count;
    }

    /// <summary>
    /// Inserts <paramref name="rows"/>, which the context does not track (a save's history), as the model maps their type;
    /// the keys the database makes for them are not read back.
    /// </summary>
    public static async Task InsertUntrackedAsync<T>(DbContext db, IEnumerable<T> rows, Func<string, DbCommand> command) where T : class
    {
        var table = Table.Of(db.Model.FindEntityType(typeof(T))!) ?? throw new InvalidOperationException($"{typeof(T).Name} rows cannot be inserted directly.");
        foreach (var row in rows)
        {
            await Bind(command(table.InsertButKey), table.ColumnsButKey, property => property.GetGetter().GetClrValue(row)).ExecuteNonQueryAsync();
        }
    }

    /// <summary>Gives <paramref name="insert"/> the values of <paramref name="columns"/>, bound as EF binds them (converters included).</summary>
    private static DbCommand Bind(DbCommand insert, IProperty[] columns, Func<IProperty, object?> value)
    {
        insert.Parameters.Clear();
        for (var i = 0; i < columns.Length; i++)
        {
            insert.Parameters.Add(columns[i].GetRelationalTypeMapping().CreateParameter(insert, "@p" + i, value(columns[i]), columns[i].IsNullable));
        }
        return insert;
    }

    /// <summary>How the rows of one entity type are inserted; null for a type this does not write.</summary>
    private sealed class Table
    {
        private static readonly ConcurrentDictionary<IEntityType, Table?> Tables = new();

        public required string Name { get; init; }
        public required IProperty[] Columns { get; init; }
        public required IProperty[] ColumnsButKey { get; init; }
        public IProperty? GeneratedKey { get; init; }
        public required string Insert { get; init; }
        public required string InsertButKey { get; init; }
        public required string InsertReturningKey { get; init; }

        public static Table? Of(IEntityType type) => Tables.GetOrAdd(type, Build);

        private static Table? Build(IEntityType type)
        {
            if (type.GetTableName() is not { } name || type.BaseType is not null || type.GetDirectlyDerivedTypes().Any() || type.IsOwned()
                || type.GetComplexProperties().Any() || type.GetNavigations().Any(n => n.TargetEntityType.IsOwned())
                || type.GetTableMappings().Count() != 1 || type.GetDiscriminatorPropertyName() is not null)
            {
                return null;
            }
            var table = StoreObjectIdentifier.Table(name, type.GetSchema());
            var properties = type.GetProperties().ToArray();
            var generated = properties.Where(p => p.ValueGenerated != ValueGenerated.Never).ToArray();
            var key = type.FindPrimaryKey()?.Properties is [var only] ? only : null;
            // Only an integer key made on insert: any other value the database makes would have to be read back too.
            if (generated.Length > 1 || (generated is [var g] && (g != key || g.ValueGenerated != ValueGenerated.OnAdd
                || (g.ClrType != typeof(int) && g.ClrType != typeof(long)) || g.GetTypeMapping().Converter is not null)))
            {
                return null;
            }
            var generatedKey = generated.Length == 1 ? generated[0] : null;
            var butKey = properties.Where(p => p != generatedKey).ToArray();
            string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
            string InsertOf(IProperty[] columns, string returning)
            {
                var sql = new StringBuilder("INSERT INTO ").Append(type.GetSchema() is { } schema ? Quote(schema) + "." : "").Append(Quote(name)).Append(" (");
                sql.AppendJoin(", ", columns.Select(c => Quote(c.GetColumnName(table)!)));
                sql.Append(") VALUES (").AppendJoin(", ", columns.Select((_, i) => "@p" + i)).Append(')').Append(returning).Append(';');
                return sql.ToString();
            }
            return new Table
            {
                Name = name,
                Columns = properties,
                ColumnsButKey = butKey,
                GeneratedKey = generatedKey,
                Insert = InsertOf(properties, ""),
                InsertButKey = InsertOf(butKey, ""),
                InsertReturningKey = generatedKey is null ? InsertOf(properties, "") : InsertOf(butKey, " RETURNING " + Quote(generatedKey.GetColumnName(table)!)),
            };
        }
    }

    /// <summary>
    /// The entity types ranked so that every principal comes before its dependents (a type referring to itself aside).
    /// Types in a cycle of foreign keys, and those that depend on one, get no rank: their rows go through EF's pipeline,
    /// which sorts rows, not types.
    /// </summary>
    private sealed class Order
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, Order> Orders = new();

        public required Dictionary<IEntityType, int> Rank { get; init; }
        public required HashSet<IEntityType> SelfReferencing { get; init; }

        public static Order Of(IModel model) => Orders.GetValue(model, Build);

        private static Order Build(IModel model)
        {
            var principals = model.GetEntityTypes().ToDictionary(t => t, t => t.GetForeignKeys()
                .Select(fk => fk.PrincipalEntityType).Where(p => p != t).Distinct().ToList());
            var rank = new Dictionary<IEntityType, int>();
            for (var placed = true; placed;)
            {
                placed = false;
                foreach (var (type, of) in principals.Where(p => !rank.ContainsKey(p.Key) && p.Value.All(rank.ContainsKey)).ToList())
                {
                    rank[type] = of.Count == 0 ? 0 : of.Max(p => rank[p]) + 1;
                    placed = true;
                }
            }
            return new Order
            {
                Rank = rank,
                SelfReferencing = [.. principals.Keys.Where(t => t.GetForeignKeys().Any(fk => fk.PrincipalEntityType == t))],
            };
        }
    }
}
