using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SoftrLite.Benchmarks.Fields;

/// <summary>
/// Validation of written values, per <see cref="ValueFamily"/>: an invocation checks 1,000 prepared JSON values, so
/// Mean is the time per value and Allocated the bytes per value. The engine side is the public, engine-free
/// <see cref="FieldValidator"/> built once from the field's definition (as a write prepares each field once);
/// the baseline is the cheapest hand-written check of the same <see cref="JsonElement"/> for that family (kind,
/// then length, <c>@</c>, <see cref="Uri.TryCreate(string, UriKind, out Uri)"/>, a finite double, a whole number
/// in range, a date parse, or a label lookup). Values are valid, so no error is ever built.
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private const int Count = 1000;
    private JsonElement[] _json = [];
    private FieldInput[] _inputs = [];
    private FieldValidator? _validator;
    private Dictionary<string, string> _choiceIds = [];

    /// <summary>The kind of value validated.</summary>
    [ParamsAllValues]
    public ValueFamily Family { get; set; }

    /// <summary>Makes the validator from the field's definition (no engine), and the values.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _validator = FieldValidator.For(ValueFamilies.Field(Family), new ValidationOptions { IdSeed = 1 });
        _choiceIds = ChoiceIds(_validator.Field);
        _json = ValueFamilies.Values(Family, Count);
        _inputs = _json.Select(FieldInput.FromJson).ToArray();

        // Both sides must accept every value (either throws on a refused one).
        RawCheck();
        Engine();
    }

    /// <summary>The hand-written check of each value.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public long RawCheck()
    {
        var family = Family;
        var choiceIds = _choiceIds;
        long total = 0;
        foreach (var value in _json)
        {
            total += ValueFamilies.RawCheck(family, value, choiceIds);
        }

        return total;
    }

    /// <summary>The engine: <see cref="FieldValidator.Validate(FieldInput)"/> of each value into its stored form.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long Engine()
    {
        var validator = _validator ?? throw new InvalidOperationException("No validator.");
        long total = 0;
        foreach (var input in _inputs)
        {
            var stored = validator.Validate(input);
            total += stored.Integer + (long)stored.Real + (stored.Text?.Length ?? 0);
        }

        return total;
    }

    private static Dictionary<string, string> ChoiceIds(Field field)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (field.Options.TryGetProperty("choices", out var choices))
        {
            foreach (var choice in choices.EnumerateArray())
            {
                ids[choice.GetProperty("label").GetString()!] = choice.GetProperty("id").GetString()!;
            }
        }

        return ids;
    }
}
