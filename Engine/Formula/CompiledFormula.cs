using System.Text;

namespace SoftrLite.Formula;

/// <summary>A compiled formula: evaluates against a record, reports its references, type and volatility, and re-renders its text.</summary>
internal sealed class CompiledFormula
{
    private readonly Node _root;
    private readonly FieldReference[] _references;
    private readonly FormulaCaches _caches = new();

    /// <summary>Wraps a parsed tree; use <see cref="FormulaCompiler.Compile"/>.</summary>
    internal CompiledFormula(string text, Node root, IReadOnlyList<FieldReference> references, bool isVolatile, bool readsLastModifiedTime)
    {
        Text = text;
        _root = root;
        _references = [.. references];
        ReferencedFieldIds = [.. _references.Select(r => r.FieldId).Distinct(StringComparer.Ordinal)];
        ResultType = root.StaticType ?? FormulaResultType.Unknown;
        IsVolatile = isVolatile;
        ReadsLastModifiedTime = readsLastModifiedTime;
    }

    /// <summary>The text the formula was compiled from.</summary>
    public string Text { get; }

    /// <summary>The ids of the referenced fields, distinct, in order of first reference.</summary>
    public IReadOnlyList<string> ReferencedFieldIds { get; }

    /// <summary>The static type of the result (Unknown when branches disagree or cannot be known before evaluation).</summary>
    public FormulaResultType ResultType { get; }

    /// <summary>Whether the formula calls NOW, TODAY, RAND, RANDBETWEEN (or DAYS_IN_MONTH without a date) directly.</summary>
    public bool IsVolatile { get; }

    /// <summary>Whether the formula calls LAST_MODIFIED_TIME (so any change to the record changes its value).</summary>
    public bool ReadsLastModifiedTime { get; }

    /// <summary>The formula text with <c>{Current Name}</c> for each referenced id; a null name keeps the reference as written.</summary>
    public string Render(Func<string, string?> nameOfFieldId)
    {
        ArgumentNullException.ThrowIfNull(nameOfFieldId);
        var builder = new StringBuilder(Text.Length + 16);
        var copied = 0;
        foreach (var reference in _references)
        {
            builder.Append(Text, copied, reference.Start - copied);
            if (nameOfFieldId(reference.FieldId) is { } name)
            {
                builder.Append('{').Append(FormulaLexer.EscapeFieldName(name)).Append('}');
            }
            else
            {
                builder.Append(Text, reference.Start, reference.End - reference.Start);
            }

            copied = reference.End;
        }

        builder.Append(Text, copied, Text.Length - copied);
        return builder.ToString();
    }

    /// <summary>Evaluates the formula for <paramref name="record"/>; runtime problems give error values, never exceptions.</summary>
    public FormulaValue Evaluate(IFormulaRecord record, FormulaEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(environment);
        return _root.Evaluate(new EvalContext(record, environment, _caches));
    }
}
