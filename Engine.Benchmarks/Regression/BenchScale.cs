namespace SoftrLite.Benchmarks.Regression;

/// <summary>
/// Table sizes of the benchmarks: the full sizes documented in docs/performance.md, or a twentieth of them in the
/// short mode of the CI regression check (environment variable <c>SOFTRLITE_BENCH_SHORT=1</c>, set by
/// <see cref="RegressionCheck"/> before any benchmark type is touched). Only ratios are read in the short mode: each
/// pair's two sides keep the same <c>OperationsPerInvoke</c>.
/// </summary>
internal static class BenchScale
{
    /// <summary>The environment variable that selects the short mode.</summary>
    public const string ShortVariable = "SOFTRLITE_BENCH_SHORT";

    private const int ShortDivisor = 20;

    /// <summary>Whether this process runs the short mode.</summary>
    public static bool IsShort => Environment.GetEnvironmentVariable(ShortVariable) == "1";

    /// <summary><paramref name="full"/>, or a twentieth of it (a multiple of <paramref name="multipleOf"/>, at least one) in the short mode.</summary>
    public static int Of(int full, int multipleOf = 1)
    {
        if (!IsShort)
        {
            return full;
        }

        var scaled = full / ShortDivisor / multipleOf * multipleOf;
        return Math.Max(scaled, multipleOf);
    }
}
