namespace SoftrLite.Computed;

/// <summary>The API's names of result kinds, as FORMULA options report them in <c>resultType</c>.</summary>
internal static class ResultKinds
{
    public static string Name(ResultKind kind) => kind switch
    {
        ResultKind.Number => "NUMBER",
        ResultKind.Text => "TEXT",
        ResultKind.Boolean => "BOOLEAN",
        ResultKind.Date => "DATE",
        ResultKind.Instant => "DATETIME",
        ResultKind.Array => "ARRAY",
        _ => "UNKNOWN",
    };

    public static ResultKind Parse(string name) => name switch
    {
        "NUMBER" => ResultKind.Number,
        "TEXT" => ResultKind.Text,
        "BOOLEAN" => ResultKind.Boolean,
        "DATE" => ResultKind.Date,
        "DATETIME" => ResultKind.Instant,
        "ARRAY" => ResultKind.Array,
        _ => ResultKind.Unknown,
    };
}
