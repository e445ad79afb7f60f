using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The numeric functions of §6.3 with ordinary, blank, error and wrong-type inputs.</summary>
public sealed class NumericFunctionTests
{
    private const string Record = "Empty=blank;Prices=a:n:1|n:2|n:3;Mixed=a:n:5|t:x||n:1;Day=d:2025-06-15;Three=a:t:a|t:b|t:c";

    [TestCase("ROUND(2.5, 0)", "n:3")]
    [TestCase("ROUND(-2.5, 0)", "n:-3")]
    [TestCase("ROUND(1.005, 2)", "n:1.01")]
    [TestCase("ROUND(1234.5, -2)", "n:1200")]
    [TestCase("ROUND(1.23, 1.9)", "n:1.2")]
    [TestCase("ROUND({Empty}, 2)", "n:0")]
    [TestCase("ROUND(\"abc\", 2)", "#ERROR!")]
    [TestCase("ROUND({Day}, 2)", "#ERROR!")]
    [TestCase("ROUND(ERROR(), 2)", "#ERROR!")]
    public void Round_rounds_half_away_from_zero(string formula, string expected) => Check(formula, expected);

    [TestCase("CEILING(-5.2)", "n:-5")]
    [TestCase("CEILING(5.2, 0)", "n:0")]
    [TestCase("CEILING(5.2, -2)", "n:6")]
    [TestCase("CEILING(0.31, 0.1)", "n:0.4")]
    [TestCase("CEILING(0.3, 0.1)", "n:0.3")]
    [TestCase("CEILING(5, {Empty})", "n:5")]
    [TestCase("FLOOR(-7.8)", "n:-8")]
    [TestCase("FLOOR(0.39, 0.1)", "n:0.3")]
    [TestCase("FLOOR(0.7, 0.1)", "n:0.7")]
    [TestCase("FLOOR(\"x\")", "#ERROR!")]
    [TestCase("MROUND(7.5, 5)", "n:10")]
    [TestCase("MROUND(-7.5, 5)", "n:-10")]
    [TestCase("MROUND(5, 0)", "n:0")]
    [TestCase("MROUND(12, -5)", "n:10")]
    [TestCase("MROUND({Empty}, 5)", "n:0")]
    public void Ceiling_floor_and_mround_move_to_multiples(string formula, string expected) => Check(formula, expected);

    [TestCase("ABS({Empty})", "n:0")]
    [TestCase("ABS(\"-3\")", "n:3")]
    [TestCase("ABS(\"x\")", "#ERROR!")]
    [TestCase("SQRT(2)", "n:1.4142135623731")]
    [TestCase("SQRT(-1)", "#ERROR!")]
    [TestCase("SQRT({Empty})", "n:0")]
    [TestCase("MOD(-10, 3)", "n:-1")]
    [TestCase("MOD(10, -3)", "n:1")]
    [TestCase("MOD(10.5, 3)", "n:1.5")]
    [TestCase("MOD(0.3, 0.1)", "n:0")]
    [TestCase("MOD(5, 0)", "#DIV/0!")]
    [TestCase("MOD(5, {Empty})", "#DIV/0!")]
    [TestCase("MOD(\"x\", 2)", "#ERROR!")]
    public void Abs_sqrt_and_mod_handle_signs_and_zero(string formula, string expected) => Check(formula, expected);

    [TestCase("SUM({Prices}, 4)", "n:10")]
    [TestCase("SUM({Empty})", "n:0")]
    [TestCase("SUM(\"a\", 1)", "n:1")]
    [TestCase("SUM(0.1, 0.2)", "n:0.3")]
    [TestCase("SUM(TRUE(), 1)", "n:2")]
    [TestCase("SUM({Mixed})", "n:6")]
    [TestCase("SUM(1, ERROR())", "#ERROR!")]
    [TestCase("AVERAGE({Empty})", "blank")]
    [TestCase("AVERAGE(1, {Empty}, 3)", "n:2")]
    [TestCase("AVERAGE({Prices})", "n:2")]
    [TestCase("AVERAGE({Mixed})", "n:3")]
    [TestCase("AVERAGE(\"x\")", "blank")]
    [TestCase("AVERAGE(1, 2)", "n:1.5")]
    [TestCase("MIN({Empty})", "blank")]
    [TestCase("MIN(3, {Prices})", "n:1")]
    [TestCase("MAX(-1, -5)", "n:-1")]
    [TestCase("MAX({Mixed}, {Day})", "n:5")]
    [TestCase("MAX(1 / 0, 2)", "#DIV/0!")]
    public void Sum_average_min_and_max_flatten_arrays_and_skip_non_numbers(string formula, string expected) => Check(formula, expected);

    [TestCase("COUNT(\"a\")", "n:1")]
    [TestCase("COUNT({Empty})", "n:0")]
    [TestCase("COUNT(\"\")", "n:0")]
    [TestCase("COUNT(0)", "n:1")]
    [TestCase("COUNT(1, 2, {Three})", "n:5")]
    [TestCase("COUNT({Mixed})", "n:3")]
    [TestCase("COUNT(ERROR())", "#ERROR!")]
    public void Count_counts_items_that_are_not_empty(string formula, string expected) => Check(formula, expected);

    [TestCase("NUMBER(\" 42 \")", "n:42")]
    [TestCase("NUMBER(\"1,234.5\")", "n:1234.5")]
    [TestCase("NUMBER(\"50%\")", "n:0.5")]
    [TestCase("NUMBER(\"1e3\")", "n:1000")]
    [TestCase("NUMBER(\"-3.5\")", "n:-3.5")]
    [TestCase("NUMBER(TRUE())", "n:1")]
    [TestCase("NUMBER({Empty})", "n:0")]
    [TestCase("NUMBER({Day})", "n:0")]
    [TestCase("NUMBER(\"12abc\")", "n:0")]
    [TestCase("NUMBER(7)", "n:7")]
    [TestCase("NUMBER(ERROR())", "#ERROR!")]
    public void Number_converts_text_and_gives_zero_when_it_cannot(string formula, string expected) => Check(formula, expected);

    [TestCase("RANDBETWEEN(5, 5)", "n:5")]
    [TestCase("RANDBETWEEN(10, 1)", "#ERROR!")]
    [TestCase("RANDBETWEEN(1.2, 1.8)", "#ERROR!")]
    [TestCase("RANDBETWEEN(\"x\", 3)", "#ERROR!")]
    [TestCase("RANDBETWEEN(1, 1e300)", "#ERROR!")]
    public void Randbetween_checks_its_bounds(string formula, string expected) => Check(formula, expected);

    [Test]
    public void Rand_and_randbetween_draw_from_the_environment_random_source()
    {
        var first = new FormulaScenario { Seed = 7 };
        var second = new FormulaScenario { Seed = 7 };
        Assert.That(first.Evaluate("RAND()"), Is.EqualTo(second.Evaluate("RAND()")));
        Assert.That(first.Evaluate("RANDBETWEEN(1, 1000000)"), Is.EqualTo(second.Evaluate("RANDBETWEEN(1, 1000000)")));

        var formula = first.Compile("RAND()");
        var environment = first.Environment();
        var draw = formula.Evaluate(first, environment);
        var nextDraw = formula.Evaluate(first, environment);
        Assert.That(nextDraw, Is.Not.EqualTo(draw));
    }

    [Test]
    public void Randbetween_can_return_both_bounds()
    {
        var formula = new FormulaScenario().Compile("RANDBETWEEN(1, 2)");
        var environment = new FormulaEnvironment(FormulaScenario.DefaultNow, TimeZoneInfo.Utc, new Random(1));
        var seen = Enumerable.Range(0, 100).Select(_ => formula.Evaluate(new FormulaScenario(), environment).Number).Distinct().Order();
        Assert.That(seen, Is.EqualTo(new[] { 1.0, 2.0 }));
    }

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
