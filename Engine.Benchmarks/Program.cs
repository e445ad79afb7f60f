using BenchmarkDotNet.Running;
using SoftrLite.Benchmarks.Regression;

namespace SoftrLite.Benchmarks;

/// <summary>
/// Runs the benchmarks picked on the command line, e.g. <c>--filter '*'</c>; or, with <c>--regression</c>, the CI
/// regression check of <see cref="RegressionCheck"/> (add <c>--record</c> to rewrite the recorded ratios); or, with
/// <c>--paired-journal [rounds]</c>, the journal's write cost in alternating pairs.
/// </summary>
public static class Program
{
    /// <summary>Hands the arguments to BenchmarkDotNet's switcher over this assembly, or runs the regression check or the paired journal run.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--regression"))
        {
            var recorded = Path.Combine(AppContext.BaseDirectory, "Regression", "recorded.json");
            var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Regression", "recorded.json"));
            return RegressionCheck.Run(File.Exists(source) ? source : recorded, args.Contains("--record"));
        }

        if (args is ["--paired-journal", .. var rest])
        {
            Journal.PairedJournalRun.Run(rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 21);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
