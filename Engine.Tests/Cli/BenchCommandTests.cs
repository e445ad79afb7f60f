using SoftrLite.Cli;
using SoftrLite.Cli.Bench;

namespace SoftrLite.Tests.Cli;

/// <summary><c>softrlite bench validation</c>: one row per field type, through the public FieldValidator.</summary>
public sealed class BenchCommandTests
{
    [Test]
    public void Bench_validation_prints_a_row_for_every_field_type()
    {
        using var dir = new CliDirectory();

        var (code, output, _) = dir.Run("bench", "validation", "--ms-per-type", "5");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("Values/s").And.Contain("Bytes/value"));
            foreach (var benchCase in ValidationCases.All())
            {
                Assert.That(output, Does.Contain(benchCase.Name));
            }
        });
    }

    [Test]
    public void Measure_counts_whole_passes_over_the_values()
    {
        var benchCase = ValidationCases.All()[0];

        var measured = ValidationBench.Measure(benchCase, TimeSpan.FromMilliseconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(measured.Values, Is.GreaterThan(0));
            Assert.That(measured.Values % benchCase.Values.Length, Is.Zero);
            Assert.That(measured.ValuesPerSecond, Is.GreaterThan(0));
        });
    }
}
