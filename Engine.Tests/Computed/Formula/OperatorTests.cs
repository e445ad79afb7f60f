namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The operators of §2 with blanks, errors, coercions and the 15-significant-digit rule.</summary>
public sealed class OperatorTests
{
    private const string Record =
        "Empty=blank;Zero=n:0;Checked=b:TRUE;Unchecked=b:FALSE;Day=d:2025-06-15;Later=d:2025-07-01;" +
        "Moment=i:2025-06-15T14:30:00Z;Midnight=i:2025-06-15T00:00:00Z;Tags=a:t:Red|t:Blue;One=a:t:x;OneNumber=a:n:5;None=a:";

    [TestCase("{Empty} + 1", "n:1")]
    [TestCase("{Empty} * 5", "n:0")]
    [TestCase("1 - {Empty}", "n:1")]
    [TestCase("\"3\" * 2", "n:6")]
    [TestCase("\" 2.5 \" + 1", "n:3.5")]
    [TestCase("\"\" + 1", "n:1")]
    [TestCase("\"abc\" * 2", "#ERROR!")]
    [TestCase("\"a\" + \"b\"", "#ERROR!")]
    [TestCase("TRUE() + TRUE()", "n:2")]
    [TestCase("{Checked} * 10", "n:10")]
    [TestCase("{Unchecked} * 10", "n:0")]
    [TestCase("{Day} + 1", "#ERROR!")]
    [TestCase("{Moment} - 1", "#ERROR!")]
    [TestCase("{Tags} + 1", "#ERROR!")]
    [TestCase("{OneNumber} * 2", "n:10")]
    [TestCase("{None} + 1", "n:1")]
    [TestCase("-{Empty}", "n:0")]
    [TestCase("-\"4\"", "n:-4")]
    [TestCase("-\"x\"", "#ERROR!")]
    public void Evaluate_converts_operands_of_arithmetic(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("1 / 0", "#DIV/0!")]
    [TestCase("0 / 0", "#DIV/0!")]
    [TestCase("1 / {Empty}", "#DIV/0!")]
    [TestCase("1 / {Zero}", "#DIV/0!")]
    [TestCase("0 ^ -1", "#DIV/0!")]
    [TestCase("(-8) ^ (1/3)", "#ERROR!")]
    [TestCase("10 ^ 400", "#ERROR!")]
    [TestCase("1e308 * 10", "#ERROR!")]
    [TestCase("0 ^ 0", "n:1")]
    [TestCase("7 / 2", "n:3.5")]
    public void Evaluate_returns_div0_error_when_dividing_by_zero_and_error_on_overflow(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("100 * 1.1", 110)]
    [TestCase("0.1 + 0.2", 0.3)]
    [TestCase("3 * 1.1", 3.3)]
    [TestCase("1 / 3", 0.333333333333333)]
    [TestCase("2 / 3", 0.666666666666667)]
    [TestCase("1.15 * 100", 115)]
    [TestCase("1e20 + 1", 1e20)]
    [TestCase("123456789012345678", 123456789012345678)]
    [TestCase("0.000001 * 3", 0.000003)]
    [TestCase("1e-30 * 3", 3e-30)]
    [TestCase("-0.1 - 0.2", -0.3)]
    public void Evaluate_rounds_numeric_results_to_15_significant_digits(string formula, double expected)
    {
        Assert.That(Formulas.Eval(formula), Is.EqualTo(V.Num(expected)));
    }

    [TestCase("ERROR() + 1", "#ERROR!")]
    [TestCase("1 + ERROR()", "#ERROR!")]
    [TestCase("(1 / 0) & \"x\"", "#DIV/0!")]
    [TestCase("-(1 / 0)", "#DIV/0!")]
    [TestCase("ERROR() = 1", "#ERROR!")]
    [TestCase("1 < ERROR()", "#ERROR!")]
    [TestCase("(1 / 0) + ERROR()", "#DIV/0!")]
    [TestCase("ERROR() + (1 / 0)", "#ERROR!")]
    public void Evaluate_propagates_the_first_error_operand(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("1 & 2", "t:12")]
    [TestCase("0.5 & \"\"", "t:0.5")]
    [TestCase("-2.25 & \"\"", "t:-2.25")]
    [TestCase("1000000 & \"\"", "t:1000000")]
    [TestCase("1e21 & \"\"", "t:1000000000000000000000")]
    [TestCase("0.00001 & \"\"", "t:0.00001")]
    [TestCase("TRUE() & \"\"", "t:TRUE")]
    [TestCase("{Unchecked} & \"\"", "t:FALSE")]
    [TestCase("{Day} & \"\"", "t:2025-06-15")]
    [TestCase("{Moment} & \"\"", "t:2025-06-15T14:30:00.000Z")]
    [TestCase("{Tags} & \"!\"", "t:Red, Blue!")]
    [TestCase("{Empty} & \"x\"", "t:x")]
    [TestCase("{Empty} & {Empty}", "t:")]
    public void Evaluate_concatenates_the_text_forms_of_any_values(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
    }

    [TestCase("\"a\" = \"a\"", true)]
    [TestCase("\"a\" = \"A\"", false)]
    [TestCase("\"a \" = \"a\"", false)]
    [TestCase("1 = \"1\"", true)]
    [TestCase("1 = \"1.0\"", true)]
    [TestCase("1 = \"one\"", false)]
    [TestCase("{Empty} = \"\"", true)]
    [TestCase("{Empty} = 0", true)]
    [TestCase("{Empty} = BLANK()", true)]
    [TestCase("{Empty} = {Unchecked}", true)]
    [TestCase("{Empty} = {None}", true)]
    [TestCase("{Empty} = \"x\"", false)]
    [TestCase("{Empty} = {Day}", false)]
    [TestCase("\"\" = 0", false)]
    [TestCase("TRUE() = 1", true)]
    [TestCase("FALSE() = 0", true)]
    [TestCase("{Checked} = 1", true)]
    [TestCase("{Checked} = \"TRUE\"", true)]
    [TestCase("{Checked} = TRUE", true)]
    [TestCase("{Day} = \"2025-06-15\"", true)]
    [TestCase("{Day} = {Midnight}", true)]
    [TestCase("{Day} = {Moment}", false)]
    [TestCase("{Day} = 20250615", false)]
    [TestCase("{Moment} = \"2025-06-15T14:30:00Z\"", true)]
    [TestCase("{Tags} = \"Red, Blue\"", true)]
    [TestCase("{Tags} = {Tags}", true)]
    [TestCase("{Tags} = 1", false)]
    [TestCase("{One} = \"x\"", true)]
    [TestCase("{OneNumber} = 5", true)]
    [TestCase("1 != 2", true)]
    [TestCase("\"a\" != \"a\"", false)]
    [TestCase("{Empty} != 0", false)]
    [TestCase("{Empty} != \"x\"", true)]
    public void Evaluate_compares_for_equality(string formula, bool expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Bool(expected)));
    }

    [TestCase("2 < 10", true)]
    [TestCase("\"2\" < 10", true)]
    [TestCase("\"apple\" < \"banana\"", true)]
    [TestCase("\"B\" < \"a\"", true)]
    [TestCase("\"10\" < \"9\"", true)]
    [TestCase("\"abc\" < 1", false)]
    [TestCase("\"abc\" >= 1", false)]
    [TestCase("{Empty} < 1", true)]
    [TestCase("{Empty} >= 0", true)]
    [TestCase("{Empty} < \"a\"", true)]
    [TestCase("{Empty} <= {Empty}", true)]
    [TestCase("{Day} < {Later}", true)]
    [TestCase("{Later} >= {Day}", true)]
    [TestCase("{Day} > {Empty}", false)]
    [TestCase("{Day} <= {Empty}", false)]
    [TestCase("{Moment} > {Day}", true)]
    [TestCase("{Midnight} >= {Day}", true)]
    [TestCase("{Day} < \"2025-07-01\"", true)]
    [TestCase("{Day} < \"not a date\"", false)]
    [TestCase("{Day} < 5", false)]
    [TestCase("{Tags} > \"A\"", false)]
    [TestCase("{OneNumber} > 4", true)]
    [TestCase("TRUE() > FALSE()", true)]
    [TestCase("1 <= 1", true)]
    [TestCase("1 >= 2", false)]
    public void Evaluate_orders_numbers_text_and_dates(string formula, bool expected)
    {
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Bool(expected)));
    }

    [Test]
    public void Evaluate_compares_a_date_with_an_instant_at_midnight_in_the_evaluation_zone()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var scenario = new FormulaScenario { Zone = newYork }.WithFields("Day=d:2025-06-15;Moment=i:2025-06-15T04:00:00Z");
        Assert.That(scenario.Evaluate("{Day} = {Moment}"), Is.EqualTo(V.Bool(true)));
        Assert.That(scenario.Evaluate("IS_SAME({Day}, {Moment})"), Is.EqualTo(V.Bool(true)));
    }
}
