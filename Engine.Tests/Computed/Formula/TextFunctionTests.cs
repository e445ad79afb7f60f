namespace SoftrLite.Tests.Computed.Formula;

/// <summary>The text functions of §6.1 with ordinary, blank, error and wrong-type inputs.</summary>
public sealed class TextFunctionTests
{
    private const string Record = "Empty=blank;Day=d:2025-06-15;Tags=a:t:Red|t:Blue;Price=n:19.5";

    [TestCase("CONCATENATE(\"a\")", "t:a")]
    [TestCase("CONCATENATE({Empty}, \"x\", {Empty})", "t:x")]
    [TestCase("CONCATENATE(1, TRUE(), {Day})", "t:1TRUE2025-06-15")]
    [TestCase("CONCATENATE({Tags}, \".\")", "t:Red, Blue.")]
    [TestCase("CONCATENATE(\"a\", ERROR())", "#ERROR!")]
    [TestCase("CONCATENATE({Price}, \" USD\")", "t:19.5 USD")]
    public void Concatenate_joins_text_forms(string formula, string expected) => Check(formula, expected);

    [TestCase("LEFT(\"abc\", 0)", "t:")]
    [TestCase("LEFT(\"abc\", 10)", "t:abc")]
    [TestCase("LEFT(\"abc\", 1.9)", "t:a")]
    [TestCase("LEFT(\"abc\", -1)", "#ERROR!")]
    [TestCase("LEFT(\"abc\", \"x\")", "#ERROR!")]
    [TestCase("LEFT(\"abc\", {Empty})", "t:")]
    [TestCase("LEFT({Empty}, 2)", "t:")]
    [TestCase("LEFT(12345, 2)", "t:12")]
    [TestCase("RIGHT(\"abc\", 0)", "t:")]
    [TestCase("RIGHT(\"abc\", 5)", "t:abc")]
    [TestCase("RIGHT(\"abc\", -2)", "#ERROR!")]
    [TestCase("RIGHT({Day}, 2)", "t:15")]
    [TestCase("RIGHT(ERROR(), 2)", "#ERROR!")]
    public void Left_and_right_take_characters_from_either_end(string formula, string expected) => Check(formula, expected);

    [TestCase("LEN({Empty})", "n:0")]
    [TestCase("LEN(123.5)", "n:5")]
    [TestCase("LEN(\"é\")", "n:1")]
    [TestCase("LEN(\"😀\")", "n:2")]
    [TestCase("LEN({Tags})", "n:9")]
    [TestCase("LEN(1/0)", "#DIV/0!")]
    public void Len_counts_utf16_characters(string formula, string expected) => Check(formula, expected);

    [TestCase("FIND(\"o\", \"hello world\", 6)", "n:8")]
    [TestCase("FIND(\"o\", \"hello world\")", "n:5")]
    [TestCase("FIND(\"x\", \"abc\")", "n:0")]
    [TestCase("FIND(\"A\", \"abc\")", "n:0")]
    [TestCase("FIND(\"\", \"abc\")", "n:1")]
    [TestCase("FIND(\"a\", \"abc\", 10)", "n:0")]
    [TestCase("FIND(\"a\", \"abc\", 0)", "n:1")]
    [TestCase("FIND(\"a\", \"abc\", -5)", "n:1")]
    [TestCase("FIND(\"c\", \"abc\", {Empty})", "n:3")]
    [TestCase("FIND({Empty}, {Empty})", "n:0")]
    [TestCase("FIND(\"a\", \"abc\", \"x\")", "#ERROR!")]
    [TestCase("FIND(5, 12345)", "n:5")]
    [TestCase("SEARCH(\"O\", \"hello world\", 6)", "n:8")]
    [TestCase("SEARCH(\"ABC\", \"xabc\")", "n:2")]
    [TestCase("SEARCH(\"X\", \"abc\")", "n:0")]
    [TestCase("SEARCH(ERROR(), \"abc\")", "#ERROR!")]
    public void Find_and_search_return_one_based_positions(string formula, string expected) => Check(formula, expected);

    [TestCase("REPLACE(\"abc\", 2, 1, \"X\")", "t:aXc")]
    [TestCase("REPLACE(\"abc\", 10, 1, \"X\")", "t:abcX")]
    [TestCase("REPLACE(\"abc\", 2, 100, \"\")", "t:a")]
    [TestCase("REPLACE(\"abc\", 2, 0, \"X\")", "t:aXbc")]
    [TestCase("REPLACE(\"abc\", 0, 1, \"X\")", "#ERROR!")]
    [TestCase("REPLACE(\"abc\", 1, -1, \"X\")", "#ERROR!")]
    [TestCase("REPLACE({Empty}, 1, 1, \"X\")", "t:X")]
    [TestCase("SUBSTITUTE(\"a-b-c\", \"-\", \"+\")", "t:a+b+c")]
    [TestCase("SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 2)", "t:a-b+c")]
    [TestCase("SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 5)", "t:a-b-c")]
    [TestCase("SUBSTITUTE(\"aaa\", \"aa\", \"b\", 2)", "t:aaa")]
    [TestCase("SUBSTITUTE(\"a-b-c\", \"-\", \"+\", 0)", "#ERROR!")]
    [TestCase("SUBSTITUTE(\"abc\", \"\", \"+\")", "t:abc")]
    [TestCase("SUBSTITUTE(\"Old old\", \"old\", \"new\")", "t:Old new")]
    [TestCase("SUBSTITUTE({Empty}, \"a\", \"b\")", "t:")]
    [TestCase("SUBSTITUTE(1.5, \".\", \",\")", "t:1,5")]
    public void Replace_and_substitute_change_parts_of_text(string formula, string expected) => Check(formula, expected);

    [TestCase("TRIM(\"  a  b  \")", "t:a  b")]
    [TestCase("TRIM(\"\t x \n\")", "t:x")]
    [TestCase("TRIM({Empty})", "t:")]
    [TestCase("LOWER(\"ÄB\")", "t:äb")]
    [TestCase("LOWER({Empty})", "t:")]
    [TestCase("UPPER(1.5)", "t:1.5")]
    [TestCase("UPPER(\"ß\")", "t:ß")]
    [TestCase("UPPER(ERROR())", "#ERROR!")]
    [TestCase("CAPITALIZE(\"HELLO WORLD\")", "t:Hello world")]
    [TestCase("CAPITALIZE(\"\")", "t:")]
    [TestCase("CAPITALIZE({Empty})", "t:")]
    [TestCase("CAPITALIZE(\" hi\")", "t: hi")]
    [TestCase("PROPER(\"hELLO wORLD\")", "t:Hello World")]
    [TestCase("PROPER(\"o'neil mcdonald-smith\")", "t:O'Neil Mcdonald-Smith")]
    [TestCase("PROPER(\"don't stop\")", "t:Don't Stop")]
    [TestCase("PROPER(\"2nd place\")", "t:2nd Place")]
    [TestCase("PROPER({Empty})", "t:")]
    public void Case_and_trim_functions_change_letters_and_spaces(string formula, string expected) => Check(formula, expected);

    [TestCase("DOMAIN(\"http://example.com\")", "t:example.com")]
    [TestCase("DOMAIN(\"https://blog.example.com/x?y#z\")", "t:blog.example.com")]
    [TestCase("DOMAIN(\"example.com/page\")", "t:example.com")]
    [TestCase("DOMAIN(\"https://user:pw@www.Example.COM:8080/a\")", "t:example.com")]
    [TestCase("DOMAIN(\"//cdn.example.org/lib.js\")", "t:cdn.example.org")]
    [TestCase("DOMAIN(\"\")", "t:")]
    [TestCase("DOMAIN({Empty})", "t:")]
    public void Domain_returns_the_host_without_www(string formula, string expected) => Check(formula, expected);

    [TestCase("MID(\"abc\", 2, 10)", "t:bc")]
    [TestCase("MID(\"abc\", 5, 1)", "t:")]
    [TestCase("MID(\"abc\", 2, 0)", "t:")]
    [TestCase("MID(\"abc\", 0, 1)", "#ERROR!")]
    [TestCase("MID(\"abc\", 1, -1)", "#ERROR!")]
    [TestCase("MID({Empty}, 1, 1)", "t:")]
    [TestCase("REPT(\"ab\", 0)", "t:")]
    [TestCase("REPT(\"ab\", 2.7)", "t:abab")]
    [TestCase("REPT(\"x\", -1)", "#ERROR!")]
    [TestCase("REPT(\"x\", 2000000)", "#ERROR!")]
    [TestCase("REPT({Empty}, 3)", "t:")]
    [TestCase("REPT(\"x\", \"y\")", "#ERROR!")]
    public void Mid_and_rept_cut_and_repeat_text(string formula, string expected) => Check(formula, expected);

    [TestCase("T(\"x\")", "t:x")]
    [TestCase("T(TRUE())", "t:")]
    [TestCase("T({Empty})", "t:")]
    [TestCase("T({Tags})", "t:Red, Blue")]
    [TestCase("T(0.25)", "t:0.25")]
    [TestCase("T(ERROR())", "#ERROR!")]
    [TestCase("STRINGIFY(TRUE())", "t:TRUE")]
    [TestCase("STRINGIFY({Day})", "t:2025-06-15")]
    [TestCase("STRINGIFY({Empty})", "t:")]
    [TestCase("STRINGIFY(1/3)", "t:0.333333333333333")]
    [TestCase("STRINGIFY({Tags})", "t:Red, Blue")]
    [TestCase("STRINGIFY(ERROR())", "#ERROR!")]
    public void T_and_stringify_give_text_forms(string formula, string expected) => Check(formula, expected);

    private static void Check(string formula, string expected) =>
        Assert.That(Formulas.Eval(formula, Record), Is.EqualTo(V.Parse(expected)));
}
