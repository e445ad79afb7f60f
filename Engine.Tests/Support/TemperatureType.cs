using System.Text.Json;

namespace SoftrLite.Tests.Support;

/// <summary>
/// A user-registered numeric type for tests: degrees Celsius, kept as REAL, no colder than the field's <c>lowest</c>
/// option (absolute zero by default). It declares no family or formula type: both follow from its storage.
/// Counts how often it parses options, so tests can check that this happens once per schema, not per value.
/// </summary>
internal sealed class TemperatureType() : FieldType<TemperatureType.Settings>(TypeName)
{
    public const string TypeName = "TEMPERATURE";
    private const string LowestKey = "lowest";
    private int _parses;

    /// <summary>How many times <see cref="ParseOptions"/> ran.</summary>
    public int Parses => Volatile.Read(ref _parses);

    public override FieldStorage Storage => FieldStorage.Real;

    public override JsonElement NormalizeOptions(JsonElement options, FieldOptionsContext context)
    {
        foreach (var option in options.EnumerateObject())
        {
            if (option.Name != LowestKey || option.Value.ValueKind != JsonValueKind.Number)
            {
                throw context.InvalidOption(option.Name, "only 'lowest', a number of degrees", option.Value);
            }
        }

        return options;
    }

    public override Settings ParseOptions(Field field)
    {
        Interlocked.Increment(ref _parses);
        return new Settings(field.Options.ValueKind == JsonValueKind.Object && field.Options.TryGetProperty(LowestKey, out var lowest) ? lowest.GetDouble() : -273.15);
    }

    protected override StoredValue Normalize(FieldInput value, Settings options, FieldValueContext context) =>
        value.TryGetNumber(out var degrees) && double.IsFinite(degrees) && degrees >= options.Lowest
            ? StoredValue.FromReal(degrees)
            : throw context.Invalid($"degrees Celsius of at least {options.Lowest}", value);

    protected override object? Decode(StoredValue stored, Settings options, FieldValueContext context) => stored.Real;

    /// <summary>The parsed options of one field.</summary>
    public sealed record Settings(double Lowest);
}
