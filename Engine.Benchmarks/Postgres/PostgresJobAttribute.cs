using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SoftrLite.Benchmarks.Postgres;

/// <summary>
/// The PostgreSQL benchmarks' job: BenchmarkDotNet's short run (3 warm-ups, 3 iterations, one launch), in this process,
/// so that every benchmark of a run shares one filled table (<see cref="PostgresFixtures"/>) instead of refilling a
/// million records per benchmark process.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class PostgresJobAttribute : Attribute, IConfigSource
{
    public IConfig Config { get; } = ManualConfig.CreateEmpty().AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
}
