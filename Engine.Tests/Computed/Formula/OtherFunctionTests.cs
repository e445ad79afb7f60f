namespace SoftrLite.Tests.Computed.Formula;

/// <summary>RECORD_ID, ISERROR, BLANK, ERROR, IFERROR, TRUE and FALSE.</summary>
public sealed class OtherFunctionTests
{
    [TestCase("RECORD_ID() & \"!\"", "t:rec1234567890!")]
    [TestCase("LEN(RECORD_ID())", "n:13")]
    [TestCase("ISERROR(1)", "b:FALSE")]
    [TestCase("ISERROR(ERROR())", "b:TRUE")]
    [TestCase("ISERROR(SQRT(-1))", "b:TRUE")]
    [TestCase("ISERROR({Empty})", "b:FALSE")]
    [TestCase("ISERROR(BLANK())", "b:FALSE")]
    [TestCase("IFERROR(1, 2)", "n:1")]
    [TestCase("IFERROR(ERROR(), ERROR())", "#ERROR!")]
    [TestCase("IFERROR(1 / 0, \"x\")", "t:x")]
    [TestCase("IFERROR({Empty}, \"x\")", "blank")]
    [TestCase("BLANK()", "blank")]
    [TestCase("BLANK() = \"\"", "b:TRUE")]
    [TestCase("BLANK() & \"x\"", "t:x")]
    [TestCase("BLANK() + 1", "n:1")]
    [TestCase("ERROR()", "#ERROR!")]
    [TestCase("TRUE() + 1", "n:2")]
    [TestCase("TRUE() = 1", "b:TRUE")]
    [TestCase("FALSE() = 0", "b:TRUE")]
    [TestCase("FALSE() = BLANK()", "b:TRUE")]
    [TestCase("TRUE()", "b:TRUE")]
    [TestCase("NOT(FALSE())", "b:TRUE")]
    public void Other_functions_behave_as_documented(string formula, string expected)
    {
        Assert.That(Formulas.Eval(formula, "Empty=blank"), Is.EqualTo(V.Parse(expected)));
    }

    [Test]
    public void Record_id_returns_the_id_of_the_record_being_evaluated()
    {
        Assert.That(new FormulaScenario { RecordId = "a1B2c3D4e5F6g7" }.Evaluate("RECORD_ID()"), Is.EqualTo(V.Text("a1B2c3D4e5F6g7")));
    }

    [Test]
    public void Error_values_carry_their_codes()
    {
        Assert.That(Formulas.Eval("1 / 0").ErrorCode, Is.EqualTo("#DIV/0!"));
        Assert.That(Formulas.Eval("ERROR()").ErrorCode, Is.EqualTo("#ERROR!"));
        Assert.That(Formulas.Eval("IFERROR(1 / 0, 1 / 0)").ErrorCode, Is.EqualTo("#DIV/0!"));
    }
}
