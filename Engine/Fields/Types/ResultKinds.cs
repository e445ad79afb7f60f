namespace SoftrLite.Fields.Types;

/// <summary>The API's names of result kinds, as FORMULA options report them in <c>resultType</c>.</summary>
internal static class ResultKinds
{
    public static string Name(FormulaResultType kind) => kind switch
    {
        FormulaResultType.Number => "NUMBER",
        FormulaResultType.Text => "TEXT",
        FormulaResultType.Boolean => "BOOLEAN",
        FormulaResultType.Date => "DATE",
        FormulaResultType.Instant => "DATETIME",
        FormulaResultType.Array => "ARRAY",
        _ => "UNKNOWN",
    };

    public static FormulaResultType Parse(string name) => name switch
    {
        "NUMBER" => FormulaResultType.Number,
        "TEXT" => FormulaResultType.Text,
        "BOOLEAN" => FormulaResultType.Boolean,
        "DATE" => FormulaResultType.Date,
        "DATETIME" => FormulaResultType.Instant,
        "ARRAY" => FormulaResultType.Array,
        _ => FormulaResultType.Unknown,
    };
}
