using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SoftrLite.CrashTest;

/// <summary>Starts the writer, kills it with SIGKILL at a random moment, verifies the files; as many times as asked.</summary>
internal static class KillLoop
{
    public static int Run(int kills, int seed, bool keep)
    {
        var directory = Directory.CreateTempSubdirectory("softrlite-crash-").FullName;
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var failures = 0;
        Console.WriteLine($"crash test: {kills} kills, seed {seed}, data in {directory}");
        try
        {
            if (!OpenRace.Run(8))
            {
                failures++;
            }

            var world = CrashWorld.Create(directory);
            for (var kill = 1; kill <= kills; kill++)
            {
                KillWriterOnce(directory, random);
                SqliteConnection.ClearAllPools();
                var expected = Expectations.FromLog(AckLog.Read(directory));
                var problems = Verifier.Check(directory, world, expected, out var committed);
                SqliteConnection.ClearAllPools();
                problems.AddRange(JournalVerifier.Check(directory, world, expected, committed));
                SqliteConnection.ClearAllPools();
                AckLog.TrimPartialLine(directory);
                if (expected.Pending is { } pending)
                {
                    AckLog.Settle(directory, pending, committed);
                }

                if (problems.Count > 0)
                {
                    failures++;
                    Console.WriteLine($"kill {kill}: {problems.Count} problems");
                    foreach (var problem in problems.Take(20))
                    {
                        Console.WriteLine("  " + problem);
                    }
                }
                else if (kill % 10 == 0 || kill == kills)
                {
                    Console.WriteLine($"kill {kill}: ok ({expected.Acknowledged} acknowledged writes so far, {watch.Elapsed.TotalSeconds:F0} s)");
                }
            }

            var acknowledged = Expectations.FromLog(AckLog.Read(directory)).Acknowledged;
            Console.WriteLine($"crash test: {kills} kills, {failures} failed checks, {acknowledged} acknowledged writes, {watch.Elapsed.TotalSeconds:F1} s");
            return failures == 0 ? 0 : 1;
        }
        finally
        {
            if (!keep)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static void KillWriterOnce(string directory, Random random)
    {
        using var writer = new Process { StartInfo = WriterStart(directory, random.Next()) };
        writer.Start();
        var ready = writer.StandardOutput.ReadLineAsync();
        if (!ready.Wait(TimeSpan.FromSeconds(60)) || ready.Result != "ready")
        {
            writer.Kill();
            throw new InvalidOperationException($"The writer did not start: {writer.StandardError.ReadToEnd()}");
        }

        // A random moment of the writing: the writer may be anywhere inside a transaction, a commit or a log write.
        // Most kills are timed from the first acknowledged write (so a slow, cold first write does not absorb them all);
        // some from the start, so a first write is killed too.
        if (random.Next(4) != 0)
        {
            var writing = writer.StandardOutput.ReadLineAsync();
            if (!writing.Wait(TimeSpan.FromSeconds(60)) || writing.Result != "writing")
            {
                writer.Kill();
                throw new InvalidOperationException($"The writer did not write: {writer.StandardError.ReadToEnd()}");
            }
        }

        Thread.Sleep(random.Next(20, 700));
        if (writer.HasExited)
        {
            throw new InvalidOperationException($"The writer stopped on its own: {writer.StandardError.ReadToEnd()}");
        }

        writer.Kill(); // SIGKILL on Unix
        writer.WaitForExit();
    }

    private static ProcessStartInfo WriterStart(string directory, int seed)
    {
        var start = SelfStart();
        start.ArgumentList.Add("--writer");
        start.ArgumentList.Add(directory);
        start.ArgumentList.Add(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return start;
    }

    /// <summary>Starts this program again (as an app host, or through <c>dotnet</c>), its output captured.</summary>
    public static ProcessStartInfo SelfStart()
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.FileName = self;
            start.ArgumentList.Add(typeof(KillLoop).Assembly.Location);
        }
        else
        {
            start.FileName = self;
        }

        return start;
    }
}
