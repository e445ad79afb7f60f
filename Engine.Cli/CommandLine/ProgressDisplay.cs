using Spectre.Console;

namespace SoftrLite.Cli.CommandLine;

/// <summary>A Spectre.Console progress bar around some work, drawn only on a terminal; elsewhere the work runs silently.</summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, which reports how far it got through the callback it is given.</summary>
    public static T Run<T>(IAnsiConsole console, bool terminal, string description, long total, Func<Action<int>, T> work)
    {
        if (!terminal || total <= 0)
        {
            return work(_ => { });
        }

        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: total);
                var result = work(done => task.Increment(done));
                task.Value = total;
                return result;
            });
    }
}
