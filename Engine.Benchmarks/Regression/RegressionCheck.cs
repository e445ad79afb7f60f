using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SoftrLite.Benchmarks.Regression;

/// <summary>
/// The CI regression check (<c>--regression</c>): runs the engine/raw pairs of <c>Regression/recorded.json</c> in
/// the short mode (a twentieth of each table, in process, one warm-up and a few iterations) and fails when a ratio
/// exceeds its recorded value by more than the file's margin in each of three runs (a pair past its limit is measured
/// again, twice at most, and keeps its best ratio). <c>--regression --record</c> rewrites the recorded
/// ratios from the run instead (after a deliberate change, on a quiet machine).
/// </summary>
internal static class RegressionCheck
{
    private const string JobId = "ci-short";
    private const int Retries = 2;

    /// <summary>Runs the check; returns the process exit code (0 when every ratio holds).</summary>
    public static int Run(string recordedPath, bool record)
    {
        Environment.SetEnvironmentVariable(BenchScale.ShortVariable, "1");
        var file = RecordedFile.Load(recordedPath);
        var results = new Dictionary<(string Class, string Method), (double Median, double Allocated)>();
        foreach (var group in file.Pairs.GroupBy(p => p.Class))
        {
            Measure(group.Key, group, results);
        }

        // A short run on a shared machine can be slowed by a neighbour for a moment: a pair past its limit is measured
        // again (both sides, up to twice more) and keeps its best ratio. A real regression stays past the limit every time.
        for (var retry = 1; retry <= Retries && !record; retry++)
        {
            var regressed = file.Pairs.Where(p => Ratio(p, results) > Limit(p, file.Margin)).ToList();
            if (regressed.Count == 0)
            {
                break;
            }

            Console.WriteLine($"Measuring again ({retry} of {Retries}): {string.Join(", ", regressed.Select(p => p.Name))}");
            foreach (var group in regressed.GroupBy(p => p.Class))
            {
                var again = new Dictionary<(string Class, string Method), (double Median, double Allocated)>();
                Measure(group.Key, group, again);
                foreach (var pair in group)
                {
                    if (Ratio(pair, again) < Ratio(pair, results))
                    {
                        results[(pair.Class, pair.Engine)] = again[(pair.Class, pair.Engine)];
                        results[(pair.Class, pair.Raw)] = again[(pair.Class, pair.Raw)];
                    }
                }
            }
        }

        var failures = 0;
        var updated = new List<RegressionPair>();
        Console.WriteLine();
        Console.WriteLine($"Regression check (short mode), margin {file.Margin:P0} over the recorded ratios in {Path.GetFileName(recordedPath)}:");
        Console.WriteLine($"{"Pair",-40} {"Metric",-10} {"Ratio",7} {"Recorded",9} {"Limit",7}  Result");
        foreach (var pair in file.Pairs)
        {
            var ratio = Ratio(pair, results);
            var limit = Limit(pair, file.Margin);
            var holds = ratio <= limit;
            failures += holds || record ? 0 : 1;
            updated.Add(pair with { Recorded = Math.Round(ratio, 2) });
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{pair.Name,-40} {pair.Metric,-10} {ratio,7:F2} {pair.Recorded,9:F2} {limit,7:F2}  {(record ? "recorded" : holds ? "ok" : "REGRESSED")}"));
        }

        if (record)
        {
            (file with { Pairs = updated }).Save(recordedPath);
            Console.WriteLine($"Recorded {updated.Count} ratios in {recordedPath}.");
            return 0;
        }

        Console.WriteLine(failures == 0 ? "No ratio regressed." : $"{failures} ratio(s) regressed past the margin.");
        return failures == 0 ? 0 : 1;
    }

    private static double Ratio(RegressionPair pair, Dictionary<(string Class, string Method), (double Median, double Allocated)> results)
    {
        var engine = results[(pair.Class, pair.Engine)];
        var raw = results[(pair.Class, pair.Raw)];
        return pair.Metric == "allocated" ? engine.Allocated / raw.Allocated : engine.Median / raw.Median;
    }

    private static double Limit(RegressionPair pair, double margin) => pair.Recorded * (1 + margin);

    // Runs the engine and raw methods of the given pairs of one benchmark class, adding their median time and bytes.
    private static void Measure(string className, IEnumerable<RegressionPair> pairs, Dictionary<(string Class, string Method), (double Median, double Allocated)> results)
    {
        var type = typeof(RegressionCheck).Assembly.GetType(className)
            ?? throw new InvalidOperationException($"No benchmark class {className}.");
        var methods = pairs.SelectMany(p => new[] { p.Engine, p.Raw }).ToHashSet(StringComparer.Ordinal);
        foreach (var report in RunMethods(type, methods).Reports)
        {
            var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var statistics = report.ResultStatistics ?? throw new InvalidOperationException($"{className}.{method} produced no measurements.");
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
            results[(className, method)] = (statistics.Median, allocated);
        }
    }

    private static Summary RunMethods(Type type, HashSet<string> methods)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(11)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId(JobId);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithOptions(ConfigOptions.DisableLogFile);
        var info = BenchmarkConverter.TypeToBenchmarks(type, config);
        var cases = info.BenchmarksCases
            .Where(c => c.Job.Id == JobId && methods.Contains(c.Descriptor.WorkloadMethod.Name))
            .ToArray();
        if (cases.Length != methods.Count)
        {
            throw new InvalidOperationException($"{type.Name}: expected {methods.Count} benchmarks ({string.Join(", ", methods)}), found {cases.Length}.");
        }

        return BenchmarkRunner.Run(new BenchmarkRunInfo(cases, type, info.Config));
    }

    /// <summary>The recorded ratios and the margin, as kept in the repository.</summary>
    private sealed record RecordedFile(double Margin, IReadOnlyList<RegressionPair> Pairs)
    {
        private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

        public static RecordedFile Load(string path) =>
            JsonSerializer.Deserialize<RecordedFile>(File.ReadAllText(path), Json) ?? throw new InvalidOperationException($"{path} is empty.");

        public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + Environment.NewLine);
    }
}
