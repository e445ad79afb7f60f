using System.Diagnostics;

namespace SoftrLite.CrashTest;

/// <summary>
/// Several processes open one fresh directory at the same moment: every one must succeed and see the same default
/// workspace (issue 9, D7).
/// </summary>
internal static class OpenRace
{
    public static int Open(string directory)
    {
        using var engine = SoftrEngine.Open(directory);
        Console.WriteLine(engine.Workspaces.Default.Id);
        return 0;
    }

    public static bool Run(int processes)
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-open-race-").FullName;
        try
        {
            var starts = Enumerable.Range(0, processes).Select(_ =>
            {
                var start = KillLoop.SelfStart();
                start.ArgumentList.Add("--open");
                start.ArgumentList.Add(directory);
                return start;
            }).ToArray();
            var running = starts.Select(Process.Start).ToArray();
            var answers = running.Select(p =>
            {
                var output = p!.StandardOutput.ReadToEnd().Trim();
                var error = p.StandardError.ReadToEnd().Trim();
                p.WaitForExit();
                return (p.ExitCode, Output: output, Error: error);
            }).ToArray();
            foreach (var process in running)
            {
                process!.Dispose();
            }

            var ok = answers.All(a => a.ExitCode == 0) && answers.Select(a => a.Output).Distinct().Count() == 1;
            Console.WriteLine(ok
                ? $"open race: {processes} processes opened one fresh directory at once, all succeeded"
                : "open race failed: " + string.Join(" | ", answers.Select(a => $"{a.ExitCode} {a.Output} {a.Error}")));
            return ok;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
