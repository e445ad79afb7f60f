using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace SoftrLite.Benchmarks.Fields;

/// <summary>
/// Validation of written values, per <see cref="ValueFamily"/>: an invocation checks 1,000 prepared JSON values, so
/// Mean is the time per value and Allocated the bytes per value. The engine side is the field type's
/// <see cref="FieldType.Normalize"/> with a <see cref="FieldValueContext"/> made once (as a write does per field);
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
    private FieldType? _type;
    private FieldValueContext? _context;
    private Dictionary<string, string> _choiceIds = [];

    /// <summary>The kind of value validated.</summary>
    [ParamsAllValues]
    public ValueFamily Family { get; set; }

    /// <summary>Makes the field through an in-memory engine (so its options are normalized), its context and the values.</summary>
    [GlobalSetup]
    public void Setup()
    {
        using var engine = SoftrEngine.OpenInMemory(new SoftrEngineOptions { IdSeed = 1 });
        var database = engine.Databases.Create(engine.Workspaces.Default.Id, "Bench").Id;
        var fields = new[] { new NewField("Name", FieldTypeNames.SingleLineText), ValueFamilies.Field(Family) };
        var field = engine.Tables.Create(database, new NewTable("Values") { Fields = fields }).Fields[1];
        if (!FieldTypeRegistry.BuiltIn.TryGet(field.Type, out var type))
        {
            throw new InvalidOperationException($"No field type {field.Type}.");
        }

        _type = type;
        _context = new FieldValueContext(field, type, TimeZoneInfo.Utc, []);
        _choiceIds = ChoiceIds(field);
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

    /// <summary>The engine: the field type's <c>Normalize</c> of each value into its stored form.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public long Engine()
    {
        var type = _type ?? throw new InvalidOperationException("No field type.");
        var context = _context ?? throw new InvalidOperationException("No context.");
        long total = 0;
        foreach (var input in _inputs)
        {
            var stored = type.Normalize(input, context);
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
