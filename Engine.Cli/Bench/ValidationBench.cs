using System.Diagnostics;

namespace SoftrLite.Cli.Bench;

/// <summary>
/// Measures <see cref="FieldValidator.Validate(System.Text.Json.JsonElement)"/> per field type with a
/// <see cref="Stopwatch"/>: a warm-up pass, then whole passes over the case's values until the time per case is
/// spent. Bytes are counted with <see cref="GC.GetAllocatedBytesForCurrentThread"/>. A quick comparison between types
/// and machines, not a BenchmarkDotNet run (see Engine.Benchmarks for that).
/// </summary>
public static class ValidationBench
{
    /// <summary>Runs one case for about <paramref name="timePerCase"/>.</summary>
    public static ValidationMeasurement Measure(ValidationCase benchCase, TimeSpan timePerCase)
    {
        ArgumentNullException.ThrowIfNull(benchCase);
        var validator = FieldValidator.For(benchCase.Field, new ValidationOptions { IdSeed = 1 });
        var sink = Pass(validator, benchCase);
        long values = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timePerCase)
        {
            sink += Pass(validator, benchCase);
            values += benchCase.Values.Length;
        }

        watch.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(sink);
        return new ValidationMeasurement(benchCase.Name, values, watch.Elapsed, allocated);
    }

    // One pass over the values; the sum depends on every stored value, so no work can be skipped.
    private static long Pass(FieldValidator validator, ValidationCase benchCase)
    {
        long total = 0;
        foreach (var value in benchCase.Values)
        {
            var stored = validator.Validate(value);
            total += stored.Integer + (long)stored.Real + (stored.Text?.Length ?? 0);
        }

        return total;
    }
}
