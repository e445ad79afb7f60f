using SoftrLite.Formula;

namespace SoftrLite.Fields.Types;

/// <summary>Compiles a formula's text against a table's public field definitions (before a compiled model exists).</summary>
internal static class FormulaText
{
    /// <summary>
    /// Compiles formula text against a table's fields (by exact name, the first of a shared name); each field's type
    /// in <paramref name="types"/> says what the formula sees of it.
    /// </summary>
    /// <exception cref="FormulaSyntaxException">For a syntax error, an unknown function or field, or a wrong argument count.</exception>
    public static CompiledFormula Compile(string text, IReadOnlyList<Field> fields, FieldTypeRegistry types) =>
        FormulaCompiler.Compile(text, new TableFormulaFields(fields, types));

    /// <summary>Resolves <c>{Name}</c> to the first field of that exact name; its type says what the formula sees.</summary>
    private sealed class TableFormulaFields(IReadOnlyList<Field> fields, FieldTypeRegistry types) : IFormulaFields
    {
        public bool TryResolve(string name, out string fieldId, out FormulaResultType type)
        {
            var field = fields.FirstOrDefault(f => f.Name == name);
            fieldId = field?.Id.Value ?? string.Empty;
            type = field is null ? FormulaResultType.Unknown
                : types.TryGet(field.Type, out var fieldType) ? fieldType.FormulaType(field)
                : FormulaResultType.Text;
            return field is not null;
        }
    }
}
