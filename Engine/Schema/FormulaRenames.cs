using SoftrLite.Compiled;
using SoftrLite.Computed;
using SoftrLite.Fields.Types;
using SoftrLite.Formula;
using SoftrLite.Storage.Rows;
using SoftrLite.Storage;

namespace SoftrLite.Schema;

/// <summary>
/// Formulas refer to fields by ID underneath; when a field is renamed, the formulas that read it are shown again
/// with the new name, so a rename never breaks a formula.
/// </summary>
internal sealed class FormulaRenames
{
    private readonly FieldRow? _renamed;
    private readonly List<(FieldRow Row, CompiledFormula Compiled)> _formulas;

    private FormulaRenames(FieldRow? renamed, List<(FieldRow, CompiledFormula)> formulas)
    {
        _renamed = renamed;
        _formulas = formulas;
    }

    /// <summary>Compiles, with the names as they are now, every formula of the table that reads <paramref name="field"/>.</summary>
    public static FormulaRenames Capture(TableEntry table, Field field, FieldTypeRegistry types)
    {
        var fields = table.ToTable(default).Fields;
        var formulas = new List<(FieldRow, CompiledFormula)>();
        foreach (var row in table.Fields.Where(f => f.Type == FieldTypeNames.Formula && f.Id != field.Id.Value))
        {
            var text = FormulaOptions.FormulaOf(row.Options);
            if (text is null)
            {
                continue;
            }

            try
            {
                var compiled = FormulaText.Compile(text, fields, types);
                if (compiled.ReferencedFieldIds.Contains(field.Id.Value))
                {
                    formulas.Add((row, compiled));
                }
            }
            catch (FormulaSyntaxException)
            {
                // A formula that no longer compiles is left as it is; it is invalid already.
            }
        }

        return new FormulaRenames(table.FindField(field.Id), formulas);
    }

    /// <summary>Writes each captured formula again with the fields' current names.</summary>
    public void Apply(WriteScope s, TableEntry table, DateTimeOffset now)
    {
        if (_renamed is null)
        {
            return;
        }

        foreach (var (row, compiled) in _formulas)
        {
            var text = compiled.Render(id => table.Fields.Find(f => f.Id == id)?.Name);
            if (FormulaOptions.WithFormula(row.Options, text) is not { } options)
            {
                continue;
            }

            row.Options = options;
            row.UpdatedAt = Timestamps.ToStored(now);
            DatabaseStore.UpdateField(s, row);
        }
    }
}
