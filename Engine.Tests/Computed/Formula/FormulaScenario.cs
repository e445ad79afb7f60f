using System.Globalization;
using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>A dictionary-backed table (fields by name) and record (values by id) to compile and evaluate formulas against.</summary>
internal sealed class FormulaScenario : IFormulaFields, IFormulaRecord
{
    /// <summary>The default "now": 2025-05-29 20:42 UTC (16:42 EDT, the glossary's NOW() example).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2025, 5, 29, 20, 42, 0, TimeSpan.Zero);

    private readonly Dictionary<string, (string Id, FormulaResultType Type)> _fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormulaValue> _values = new(StringComparer.Ordinal);

    public DateTimeOffset Now { get; init; } = DefaultNow;

    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    public int Seed { get; init; } = 42;

    public string RecordId { get; init; } = "rec1234567890";

    public DateTimeOffset? CreatedTime { get; init; }

    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Adds a field called <paramref name="name"/> (id f1, f2, …) holding <paramref name="value"/>.</summary>
    public FormulaScenario With(string name, FormulaValue value, FormulaResultType? type = null)
    {
        var id = _fields.TryGetValue(name, out var existing) ? existing.Id : "f" + (_fields.Count + 1).ToString(CultureInfo.InvariantCulture);
        _fields[name] = (id, type ?? TypeOf(value));
        _values[id] = value;
        return this;
    }

    public FormulaScenario With(string name, double value) => With(name, FormulaValue.FromNumber(value));

    public FormulaScenario With(string name, string value) => With(name, FormulaValue.FromText(value));

    public FormulaScenario With(string name, bool value) => With(name, FormulaValue.FromBoolean(value));

    public FormulaScenario With(string name, DateOnly value) => With(name, FormulaValue.FromDate(value));

    public FormulaScenario With(string name, DateTimeOffset value) => With(name, FormulaValue.FromInstant(value));

    /// <summary>Adds fields written as <c>Name=spec;Other=spec</c> (specs as in <see cref="V.Parse"/>).</summary>
    public FormulaScenario WithFields(string fields)
    {
        foreach (var entry in fields.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            With(entry[..equals], V.Parse(entry[(equals + 1)..]));
        }

        return this;
    }

    /// <summary>The id given to field <paramref name="name"/>.</summary>
    public string IdOf(string name) => _fields[name].Id;

    public CompiledFormula Compile(string formula) => FormulaCompiler.Compile(formula, this);

    public FormulaValue Evaluate(string formula) => Compile(formula).Evaluate(this, Environment());

    public FormulaEnvironment Environment() => new(Now, Zone, new Random(Seed));

    public bool TryResolve(string name, out string fieldId, out FormulaResultType type)
    {
        if (_fields.TryGetValue(name, out var field))
        {
            fieldId = field.Id;
            type = field.Type;
            return true;
        }

        fieldId = "";
        type = FormulaResultType.Unknown;
        return false;
    }

    public FormulaValue Get(string fieldId) => _values.TryGetValue(fieldId, out var value) ? value : FormulaValue.Blank;

    private static FormulaResultType TypeOf(FormulaValue value) => value.Kind switch
    {
        FormulaValueKind.Number => FormulaResultType.Number,
        FormulaValueKind.Text => FormulaResultType.Text,
        FormulaValueKind.Boolean => FormulaResultType.Boolean,
        FormulaValueKind.Date => FormulaResultType.Date,
        FormulaValueKind.Instant => FormulaResultType.Instant,
        FormulaValueKind.Array => FormulaResultType.Array,
        _ => FormulaResultType.Unknown,
    };
}
