namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The array functions of §6.5: each returns text joined with ", " (or the given delimiter).</summary>
public sealed class ArrayFunctionTests
{
    private const string Record =
        "Empty=blank;None=a:;Letters=a:t:A|t:B|t:C|t:D;Tags=a:t:Red|t:Blue;Mixed=a:n:1||t:|t:x|n:1.5|d:2025-06-15;" +
        "Cases=a:t:a|t:A|t:a;Numbers=a:n:1|n:1|n:2;Nested=a:a:t:x|t:y|t:z";

    [TestCase("ARRAYCOMPACT({Mixed})", "t:1, x, 1.5, 2025-06-15")]
    [TestCase("ARRAYCOMPACT(\"x\")", "t:x")]
    [TestCase("ARRAYCOMPACT({Empty})", "t:")]
    [TestCase("ARRAYCOMPACT({None})", "t:")]
    [TestCase("ARRAYCOMPACT({Nested})", "t:x, y, z")]
    [TestCase("ARRAYCOMPACT(ERROR())", "#ERROR!")]
    public void Arraycompact_drops_empty_items(string formula, string expected) => Check(formula, expected);

    [TestCase("ARRAYJOIN({Tags})", "t:Red, Blue")]
    [TestCase("ARRAYJOIN({Tags}, \"; \")", "t:Red; Blue")]
    [TestCase("ARRAYJOIN({Tags}, \"\")", "t:RedBlue")]
    [TestCase("ARRAYJOIN({Tags}, {Empty})", "t:Red, Blue")]
    [TestCase("ARRAYJOIN({Mixed}, \"|\")", "t:1|||x|1.5|2025-06-15")]
    [TestCase("ARRAYJOIN(\"solo\", \";\")", "t:solo")]
    [TestCase("ARRAYJOIN(ARRAYCOMPACT({Tags}), \";\")", "t:Red, Blue")]
    [TestCase("ARRAYJOIN({None})", "t:")]
    [TestCase("ARRAYJOIN({Tags}, 0)", "t:Red0Blue")]
    [TestCase("ARRAYJOIN({Tags}, 1 / 0)", "#DIV/0!")]
    public void Arrayjoin_joins_all_items_with_the_delimiter(string formula, string expected) => Check(formula, expected);

    [TestCase("ARRAYUNIQUE({Cases})", "t:a, A")]
    [TestCase("ARRAYUNIQUE({Numbers})", "t:1, 2")]
    [TestCase("ARRAYUNIQUE({None})", "t:")]
    [TestCase("ARRAYUNIQUE(\"x\")", "t:x")]
    [TestCase("ARRAYUNIQUE({Empty})", "t:")]
    public void Arrayunique_keeps_the_first_of_equal_items(string formula, string expected) => Check(formula, expected);

    [TestCase("ARRAYSLICE({Letters}, 2)", "t:B, C, D")]
    [TestCase("ARRAYSLICE({Letters}, -2)", "t:C, D")]
    [TestCase("ARRAYSLICE({Letters}, 1, -1)", "t:A, B, C")]
    [TestCase("ARRAYSLICE({Letters}, 0, 2)", "t:A")]
    [TestCase("ARRAYSLICE({Letters}, 3, 2)", "t:")]
    [TestCase("ARRAYSLICE({Letters}, 10)", "t:")]
    [TestCase("ARRAYSLICE({Letters}, 2, 100)", "t:B, C, D")]
    [TestCase("ARRAYSLICE({Letters}, -100, 2)", "t:A")]
    [TestCase("ARRAYSLICE({Letters}, 2, {Empty})", "t:B, C, D")]
    [TestCase("ARRAYSLICE({Letters}, \"x\")", "#ERROR!")]
    [TestCase("ARRAYSLICE({Letters}, 1, \"y\")", "#ERROR!")]
    [TestCase("ARRAYSLICE({None}, 1)", "t:")]
    [TestCase("ARRAYSLICE(\"solo\", 1)", "t:solo")]
    public void Arrayslice_takes_items_from_start_up_to_but_not_including_end(string formula, string expected) => Check(formula, expected);

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
