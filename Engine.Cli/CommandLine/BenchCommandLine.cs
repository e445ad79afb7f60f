using System.CommandLine;
using System.Globalization;
using SoftrLite.Cli.Bench;
using Spectre.Console;

namespace SoftrLite.Cli.CommandLine;

/// <summary><c>softrlite bench validation [--ms-per-type N]</c>.</summary>
internal static class BenchCommandLine
{
    public static Command Create(CliContext context)
    {
        var perType = new Option<int>("--ms-per-type") { Description = "Milliseconds spent measuring each type (default 250).", HelpName = "N", DefaultValueFactory = _ => 250 };
        var data = CliOptions.Data("Not read: validation needs no database");
        var validation = new Command("validation", "Validate 1,000 values per field type through the public FieldValidator (no engine, no database) and print values per second and bytes allocated per value.")
        {
            perType,
            data,
        };
        validation.SetAction(parsed =>
        {
            var time = TimeSpan.FromMilliseconds(parsed.GetValue(perType));
            if (time <= TimeSpan.Zero)
            {
                throw new CliUsageException("--ms-per-type expects a number of at least 1.");
            }

            var cases = ValidationCases.All();
            var results = ProgressDisplay.Run(context.ErrorConsole(), context.ErrorIsTerminal, "Measuring", cases.Count,
                progress => cases.Select(c =>
                {
                    var measured = ValidationBench.Measure(c, time);
                    progress(1);
                    return measured;
                }).ToList());
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded)
                .AddColumn("Field type").AddColumn(new TableColumn("Values/s").RightAligned())
                .AddColumn(new TableColumn("ns/value").RightAligned()).AddColumn(new TableColumn("Bytes/value").RightAligned());
            foreach (var result in results)
            {
                table.AddRow(
                    result.Name,
                    result.ValuesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
                    result.NanosecondsPerValue.ToString("N1", CultureInfo.InvariantCulture),
                    result.BytesPerValue.ToString("N1", CultureInfo.InvariantCulture));
            }

            var console = context.OutputConsole();
            console.Write(table);
            context.Output.WriteLine($"softrlite {CliApp.Version}, .NET {Environment.Version}, {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}.");
            return ExitCodes.Success;
        });
        var bench = new Command("bench", "Quick measurements on this machine.") { validation };
        return bench;
    }
}
