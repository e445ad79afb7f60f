using System.Globalization;
using CsCheck;

namespace SoftrLite.Tests.Fuzz;

/// <summary>
/// Generators of JSON text for the REST fuzz test: valid and hostile values, record bodies, filter trees, sort keys
/// and query strings. Names of the world (field names, record IDs) appear as placeholders <c>§kind index§</c> that
/// <see cref="FuzzWorld"/> resolves when the request is sent.
/// </summary>
internal static class FuzzJson
{
    public static readonly Gen<string> HostileText = Gen.OneOf(
        Gen.Const(""),
        Gen.Const(" "),
        Gen.Const("Ada"),
        Gen.Const("a\\ud800b"),
        Gen.Const("\\udfff"),
        Gen.Const("\\ud83d\\ude00"),
        Gen.Const("😀 e\u0301 \u202e RTL \u200b"),
        Gen.Const("\\u0000"),
        Gen.Const("line\\nbreak"),
        Gen.Const("'; DROP TABLE t1; --"),
        Gen.Const("\\\" OR 1=1 --"),
        Gen.Const("t1"),
        Gen.Const("_rk"),
        Gen.Const("f1) OR (1=1"),
        Gen.Const("__proto__"),
        Gen.Const("%s%n{0}"),
        Gen.Const("2026-02-29"),
        Gen.Const("2026-01-02T03:04:05.678+02:00"),
        Gen.Const("PREDEFINED:TODAY"),
        Gen.Const("RELATIVE_DATE:PAST:DAYS"),
        Gen.Const("https://example.com/a.png"),
        Gen.Const("ada@example.com"),
        Gen.Const("Open"),
        Gen.Const("§r0§"),
        Gen.Const("§r1§"),
        Gen.Const("§f3§"),
        Gen.Const("§long§"),
        Gen.String[Gen.Char.AlphaNumeric, 0, 8],
        Gen.Char[(char)32, (char)0x2FFF].Array[0, 6].Select(c => Escape(new string(c))));

    public static readonly Gen<string> Number = Gen.OneOf(
        Gen.Const("0"),
        Gen.Const("-1"),
        Gen.Const("1.5"),
        Gen.Const("1e308"),
        Gen.Const("1e400"),
        Gen.Const("-1e400"),
        Gen.Const("1e-400"),
        Gen.Const("123456789012345678901234567890"),
        Gen.Const("-0"),
        Gen.Const("NaN"),
        Gen.Const("Infinity"),
        Gen.Const("01"),
        Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
        Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1"));

    public static readonly Gen<string> Scalar = Gen.OneOf(
        HostileText.Select(Quote),
        Number,
        Gen.Const("true"),
        Gen.Const("false"),
        Gen.Const("null"),
        Gen.Const("{}"),
        Gen.Const("[]"),
        Gen.Const("""{"url":"https://example.com/x.png","filename":"x.png"}"""),
        Gen.Const("""{"id":"§r0§"}"""),
        Gen.Const("""{"label":"Open"}"""),
        Gen.Const(Deep(300)),
        Gen.Const(Deep(20)));

    public static readonly Gen<string> Value = Gen.OneOf(
        Scalar,
        Scalar.Array[0, 4].Select(items => "[" + string.Join(",", items) + "]"));

    public static readonly Gen<string> FieldKey = Gen.OneOf(
        Gen.Int[0, 40].Select(i => $"§f{i}§"),
        Gen.Int[0, 40].Select(i => $"§n{i}§"),
        HostileText);

    public static readonly Gen<string> Fields =
        Gen.Select(FieldKey, Value).Array[0, 5].Select(pairs => "{" + string.Join(",", pairs.Select(p => Quote(p.Item1) + ":" + p.Item2)) + "}");

    public static readonly Gen<string> RecordBody = Gen.Frequency(
        (12, Fields.Select(f => $$"""{"fields":{{f}}}""")),
        (1, Gen.Const("""{"fields":[]}""")),
        (1, Gen.Const("""{"fields":"x"}""")),
        (1, Gen.Const("{}")),
        (1, Value));

    public static readonly Gen<string> Operator = Gen.OneOf(
        Gen.OneOf<string>(
            "IS", "IS_NOT", "CONTAINS", "DOES_NOT_CONTAIN", "STARTS_WITH", "ENDS_WITH", "IS_EMPTY", "IS_NOT_EMPTY",
            "GREATER_THAN", "GREATER_THAN_OR_EQUALS", "LESS_THAN", "LESS_THAN_OR_EQUALS", "IS_BETWEEN", "IS_NOT_BETWEEN",
            "IS_WITHIN", "IS_ONE_OF", "IS_NOT_ONE_OF", "HAS_ANY_OF", "HAS_ALL_OF", "HAS_NONE_OF", "is", "NOT", "'; --"),
        HostileText);

    public static readonly Gen<string> Leaf =
        Gen.Select(Operator, FieldKey, Value, Gen.Int[0, 3]).Select(t => t.Item4 switch
        {
            0 => $$"""{"operator":{{Quote(t.Item1)}},"leftSide":{{Quote(t.Item2)}},"rightSide":{{t.Item3}}}""",
            1 => $$"""{"operator":{{Quote(t.Item1)}},"leftSide":{{Quote(t.Item2)}},"lowerBound":{{t.Item3}},"upperBound":{{t.Item3}}}""",
            2 => $$"""{"operator":{{Quote(t.Item1)}},"leftSide":{{Quote(t.Item2)}}}""",
            _ => $$"""{"operator":{{Quote(t.Item1)}},"leftSide":{{t.Item3}},"rightSide":{{t.Item3}}}""",
        });

    public static readonly Gen<string> Filter = Gen.Frequency(
        (10, Tree(3)),
        (1, Gen.Int[900, 1100].Select(n => Wide(n, "OR"))),
        (1, Gen.Int[900, 1100].Select(n => Wide(n, "AND"))),
        (1, Gen.Int[20, 60].Select(Nested)),
        (1, Value));

    public static readonly Gen<string> Sorting = Gen.Frequency(
        (8, Gen.Select(FieldKey, Gen.OneOf<string>("ASC", "DESC", "asc", "UP", ""))
            .Array[0, 3]
            .Select(keys => "[" + string.Join(",", keys.Select(k => $$"""{"sortingField":{{Quote(k.Item1)}},"sortType":{{Quote(k.Item2)}}}""")) + "]")),
        (1, Gen.Int[90, 2100].Select(n => "[" + string.Join(",", Enumerable.Repeat("""{"sortingField":"§n5§","sortType":"ASC"}""", n)) + "]")),
        (1, Value));

    public static readonly Gen<string> SearchBody = Gen.Frequency(
        (10, Gen.Select(Filter, Sorting, Gen.Int[0, 3]).Select(t => t.Item3 switch
        {
            0 => $$"""{"filter":{{t.Item1}}}""",
            1 => $$"""{"sorting":{{t.Item2}}}""",
            2 => $$"""{"filter":{{t.Item1}},"sorting":{{t.Item2}},"paging":{"offset":0,"limit":5""" + "}}",
            _ => $$"""{"filter":{{t.Item1}},"sorting":{{t.Item2}}}""",
        })),
        (1, Value));

    public static readonly Gen<string> FieldDefinition = Gen.Select(
            HostileText,
            Gen.OneOf(Gen.OneOf<string>(
                "SINGLE_LINE_TEXT", "LONG_TEXT", "NUMBER", "SELECT", "CHECKBOX", "DATE", "DATETIME", "EMAIL", "URL", "PHONE",
                "CURRENCY", "PERCENT", "RATING", "DURATION", "ATTACHMENT", "USER", "FORMULA", "LINKED_RECORD", "LOOKUP",
                "ROLLUP", "COUNT", "AUTONUMBER", "CREATED_AT", "RECORD_ID", "NOPE"), HostileText),
            Gen.OneOf(Gen.Const("null"), Gen.Const("""{"formula":"{§n1§} * 2"}"""), Gen.Const("""{"choices":[{"label":"A"},{"label":"A"}]}"""), Gen.Const("""{"precision":99}"""), Value))
        .Select(t => $$"""{"name":{{Quote(t.Item1)}},"type":{{Quote(t.Item2)}},"options":{{t.Item3}}}""");

    public static readonly Gen<string> SchemaBody = Gen.Frequency(
        (4, HostileText.Select(n => $$"""{"name":{{Quote(n)}}}""")),
        (2, Gen.Select(HostileText, FieldDefinition.Array[0, 3]).Select(t => $$"""{"name":{{Quote(t.Item1)}},"fields":[{{string.Join(",", t.Item2)}}]}""")),
        (3, FieldDefinition),
        (1, HostileText.Select(n => $$"""{"name":{{Quote(n)}},"workspaceId":"§ws§"}""")),
        (1, Gen.OneOf<string>("", "{", "[1,2", "{\"name\":}", "null", "\"x\"", "{\"name\":\"a\ud800b\"}", "{\"name\":\"\\ud800\"}")),
        (1, Value));

    public static readonly Gen<string> Query = Gen.Frequency(
        (6, Gen.Const("")),
        (1, Gen.OneOf<string>("?fieldNames=true", "?fieldNames=yes", "?fieldNames=1", "?force=true", "?force=maybe")),
        (1, Gen.OneOf<string>("?offset=-1", "?limit=abc", "?limit=99999999999999999999", "?offset=3&limit=2", "?viewId=§v§", "?viewId=nope")),
        (1, Gen.OneOf<string>("?%ZZ=1", "?fieldNames=%ED%A0%80", "?a=%00", "?&&=&", "?limit=1e400")));

    /// <summary>A JSON string literal of <paramref name="text"/>, which may already hold JSON escapes.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static Gen<string> Tree(int depth) => depth == 0
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (1, Gen.Select(Gen.OneOf<string>("AND", "OR"), Tree(depth - 1).Array[0, 4]).Select(t => $$"""{"operator":"{{t.Item1}}","conditions":[{{string.Join(",", t.Item2)}}]}""")));

    private static string Wide(int count, string op) =>
        $$"""{"operator":"{{op}}","conditions":[""" + string.Join(",", Enumerable.Range(0, count).Select(i => $$"""{"operator":"IS","leftSide":"§n5§","rightSide":{{i}}}""")) + "]}";

    private static string Nested(int depth)
    {
        var filter = """{"operator":"IS","leftSide":"§n5§","rightSide":1}""";
        for (var i = 0; i < depth; i++)
        {
            filter = $$"""{"operator":"AND","conditions":[{{filter}}]}""";
        }

        return filter;
    }

    private static string Deep(int depth) => new string('[', depth) + new string(']', depth);

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
