using Microsoft.Data.Sqlite;

namespace MissionTracker.Web.Data.Sqlite;

/// <summary>
/// Consistent copies of a SQLite database with SQLite's online backup API: safe while the app runs and writes,
/// because the copy is taken page by page under SQLite's own locking.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the live database to <paramref name="destinationPath"/> (replacing it) and checks the copy.</summary>
    public static async Task BackupAsync(string connectionString, string destinationPath, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(destinationPath);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        var temporary = destination + ".partial";
        File.Delete(temporary);
        await using (var source = new SqliteConnection(connectionString))
        await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = temporary, Pooling = false }.ToString()))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
            // The copy is a single self-contained file: no WAL beside it.
            await ExecuteAsync(target, "PRAGMA journal_mode = DELETE;", cancellationToken);
        }
        await CheckAsync(temporary, cancellationToken);
        File.Move(temporary, destination, overwrite: true);
    }

    /// <summary>Replaces the live database's content with a backup, after checking the backup is sound.</summary>
    public static async Task RestoreAsync(string connectionString, string backupPath, CancellationToken cancellationToken)
    {
        var backup = Path.GetFullPath(backupPath);
        if (!File.Exists(backup))
        {
            throw new FileNotFoundException($"No backup at {backup}.", backup);
        }
        await CheckAsync(backup, cancellationToken);
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await using var target = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await target.OpenAsync(cancellationToken);
        source.BackupDatabase(target);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>; throws unless SQLite answers "ok".</summary>
    public static async Task CheckAsync(string path, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        var result = await IntegrityCheckAsync(connection, cancellationToken);
        if (result != "ok")
        {
            throw new InvalidDataException($"{path} failed SQLite's integrity check: {result}");
        }
    }

    public static async Task<string> IntegrityCheckAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqliteDialect.IntegrityCheck;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken)) ?? "";
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
