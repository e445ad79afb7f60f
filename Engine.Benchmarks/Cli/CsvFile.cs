using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace SoftrLite.Benchmarks.Cli;

/// <summary>
/// The file of the CSV benchmarks: <see cref="Rows"/> rows of text, e-mail, number, checkbox, date and URL (the types
/// <c>import --create</c> infers), and the <c>sqlite3</c> command line that the baselines run.
/// </summary>
internal static class CsvFile
{
    public const int Rows = 100_000;
    public const string Table = "Rows";

    public static string Write(string directory)
    {
        var path = Path.Combine(directory, "rows.csv");
        var text = new StringBuilder("Name,Email,Amount,Done,Due,Site\n");
        for (var i = 0; i < Rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Item {i},user{i}@example.com,{i * 0.25 + 0.5},{(i % 2 == 0 ? "true" : "false")},");
            text.Append(CultureInfo.InvariantCulture, $"{new DateOnly(2024, 1, 1).AddDays(i % 1000):yyyy-MM-dd},https://example.com/items/{i}\n");
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>Runs <c>sqlite3 DATABASE COMMAND</c> (the system's sqlite3) and fails on a non-zero exit.</summary>
    public static void Sqlite3(string database, string command)
    {
        var start = new ProcessStartInfo("sqlite3") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(command);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("sqlite3 did not start.");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"sqlite3 failed ({process.ExitCode}): {error}");
        }
    }
}
