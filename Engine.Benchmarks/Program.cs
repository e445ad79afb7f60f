using BenchmarkDotNet.Running;

namespace SoftrLite.Benchmarks;

/// <summary>Runs the benchmarks picked on the command line, e.g. <c>--filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Hands the arguments to BenchmarkDotNet's switcher over this assembly.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--paired-journal", .. var rest])
        {
            Journal.PairedJournalRun.Run(rest is [var rounds] ? int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture) : 21);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
