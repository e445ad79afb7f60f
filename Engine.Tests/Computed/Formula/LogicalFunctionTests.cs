namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The logical functions of §6.2: truthiness, laziness, errors, arrays.</summary>
public sealed class LogicalFunctionTests
{
    private const string Record = "Empty=blank;Tags=a:t:x;None=a:;Checks=a:b:TRUE|b:TRUE;Mixed=a:b:TRUE|b:FALSE;Day=d:2025-06-15";

    [TestCase("IF(0, \"a\", \"b\")", "t:b")]
    [TestCase("IF(2, \"a\", \"b\")", "t:a")]
    [TestCase("IF(\"\", \"a\", \"b\")", "t:b")]
    [TestCase("IF(\"x\", \"a\", \"b\")", "t:a")]
    [TestCase("IF(\"FALSE\", \"a\", \"b\")", "t:a")]
    [TestCase("IF({Empty}, \"a\", \"b\")", "t:b")]
    [TestCase("IF({Tags}, \"a\", \"b\")", "t:a")]
    [TestCase("IF({None}, \"a\", \"b\")", "t:b")]
    [TestCase("IF({Day}, \"a\", \"b\")", "t:a")]
    [TestCase("IF(0, \"a\")", "blank")]
    [TestCase("IF(1 / 0, \"a\", \"b\")", "#DIV/0!")]
    [TestCase("IF(1, \"a\", 1 / 0)", "t:a")]
    [TestCase("IF(0, 1 / 0, \"b\")", "t:b")]
    [TestCase("IF(TRUE(), ERROR())", "#ERROR!")]
    public void If_chooses_a_branch_by_truthiness_and_evaluates_only_that_branch(string formula, string expected) => Check(formula, expected);

    [TestCase("AND(1, 1)", "b:TRUE")]
    [TestCase("AND(1, 0)", "b:FALSE")]
    [TestCase("AND(\"x\", 5, TRUE())", "b:TRUE")]
    [TestCase("AND(0, 1 / 0)", "b:FALSE")]
    [TestCase("AND(1, 1 / 0)", "#DIV/0!")]
    [TestCase("AND({Empty})", "b:FALSE")]
    [TestCase("AND({Checks})", "b:TRUE")]
    [TestCase("AND({Mixed})", "b:FALSE")]
    [TestCase("AND({None})", "b:FALSE")]
    [TestCase("OR(0, 0)", "b:FALSE")]
    [TestCase("OR(0, \"x\")", "b:TRUE")]
    [TestCase("OR(1, 1 / 0)", "b:TRUE")]
    [TestCase("OR(0, ERROR())", "#ERROR!")]
    [TestCase("OR({Mixed})", "b:TRUE")]
    [TestCase("OR({Empty}, \"\")", "b:FALSE")]
    public void And_and_or_short_circuit_and_look_into_arrays(string formula, string expected) => Check(formula, expected);

    [TestCase("NOT(0)", "b:TRUE")]
    [TestCase("NOT(\"\")", "b:TRUE")]
    [TestCase("NOT(\"a\")", "b:FALSE")]
    [TestCase("NOT({Empty})", "b:TRUE")]
    [TestCase("NOT({None})", "b:TRUE")]
    [TestCase("NOT(ERROR())", "#ERROR!")]
    [TestCase("XOR(1, 1, 1)", "b:TRUE")]
    [TestCase("XOR(0)", "b:FALSE")]
    [TestCase("XOR({Empty}, 1)", "b:TRUE")]
    [TestCase("XOR({Checks})", "b:FALSE")]
    [TestCase("XOR({Mixed})", "b:TRUE")]
    [TestCase("XOR(ERROR(), 1)", "#ERROR!")]
    public void Not_and_xor_use_truthiness(string formula, string expected) => Check(formula, expected);

    [TestCase("SWITCH(\"b\", \"a\", 1, \"b\", 2)", "n:2")]
    [TestCase("SWITCH(\"z\", \"a\", 1)", "blank")]
    [TestCase("SWITCH(\"z\", \"a\", 1, \"default\")", "t:default")]
    [TestCase("SWITCH(1 / 0, 1, \"a\")", "#DIV/0!")]
    [TestCase("SWITCH(\"a\", \"a\", \"hit\", 1 / 0)", "t:hit")]
    [TestCase("SWITCH(\"a\", \"b\", 1 / 0, \"c\")", "t:c")]
    [TestCase("SWITCH(\"a\", ERROR(), 1, \"c\")", "#ERROR!")]
    [TestCase("SWITCH({Empty}, \"\", \"empty\", \"other\")", "t:empty")]
    [TestCase("SWITCH(2, \"2\", \"text two\", \"x\")", "t:text two")]
    [TestCase("SWITCH(\"A\", \"a\", 1, 2)", "n:2")]
    public void Switch_returns_the_result_of_the_first_equal_value(string formula, string expected) => Check(formula, expected);

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
