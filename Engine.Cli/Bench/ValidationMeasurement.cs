namespace SoftrLite.Cli.Bench;

/// <summary>The throughput of one case.</summary>
/// <param name="Name">The case.</param>
/// <param name="Values">How many values were validated while measuring.</param>
/// <param name="Elapsed">How long that took.</param>
/// <param name="AllocatedBytes">Bytes allocated on the measuring thread meanwhile.</param>
public sealed record ValidationMeasurement(string Name, long Values, TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>Values validated per second.</summary>
    public double ValuesPerSecond => Values / Elapsed.TotalSeconds;

    /// <summary>Nanoseconds per value.</summary>
    public double NanosecondsPerValue => Elapsed.TotalNanoseconds / Values;

    /// <summary>Bytes allocated per value.</summary>
    public double BytesPerValue => (double)AllocatedBytes / Values;
}
