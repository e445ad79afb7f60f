using SoftrLite.Formula;

namespace SoftrLite.Tests.Computed.Formula;

/// <summary>Every worked example of the glossary quoted in the spec's §2 and §6.1–§6.3: input → the exact documented output.</summary>
public sealed class GlossaryExampleTests
{
    // Operators (§2 and the operator rows of §6).
    [TestCase("{Price} * 1.1", "Price=n:100", "n:110")]
    [TestCase("{Base Value}^2", "Base Value=n:5", "n:25")]
    [TestCase("{First Name} & {Last Name}", "First Name=t:Jane;Last Name=t:Doe", "t:JaneDoe")]
    [TestCase("{Status} = \"Open\"", "Status=t:Open", "b:TRUE")]
    [TestCase("{Total} >= 1000", "Total=n:1500", "b:TRUE")]
    [TestCase("{Total} / {Count}", "Total=n:1500;Count=n:0", "#DIV/0!")]
    [TestCase("IF({Status} = 'Active', {Amount} * 1.1, {Amount})", "Status=t:Active;Amount=n:100", "n:110")]

    // Text functions (§6.1).
    [TestCase("CONCATENATE({First Name}, \" \", {Last Name})", "First Name=t:Jane;Last Name=t:Doe", "t:Jane Doe")]
    [TestCase("CONCATENATE({City}, \" - \", {Country})", "City=t:New York;Country=t:USA", "t:New York - USA")]
    [TestCase("LEFT(\"Website Redesign\", 3)", "", "t:Web")]
    [TestCase("RIGHT(\"ITEM-1234\", 4)", "", "t:1234")]
    [TestCase("LEN(\"Softr is awesome\")", "", "n:16")]
    [TestCase("FIND(\"Softr\", \"Build with Softr\")", "", "n:12")]
    [TestCase("SEARCH(\"softr\", \"Build with SOFTR\")", "", "n:12")]
    [TestCase("REPLACE(\"ITEM-1234-XYZ\", 6, 4, \"5678\")", "", "t:ITEM-5678-XYZ")]
    [TestCase("SUBSTITUTE(\"Old Project\", \"Old\", \"New\")", "", "t:New Project")]
    [TestCase("TRIM(\" Hello \")", "", "t:Hello")]
    [TestCase("LOWER(\"User@Example.com\")", "", "t:user@example.com")]
    [TestCase("UPPER(\"pending\")", "", "t:PENDING")]
    [TestCase("CAPITALIZE(\"in progress\")", "", "t:In progress")]
    [TestCase("PROPER(\"jane doe\")", "", "t:Jane Doe")]
    [TestCase("DOMAIN(\"https://www.example.com/page\")", "", "t:example.com")]
    [TestCase("MID(\"ITEM-1234-XYZ\", 6, 4)", "", "t:1234")]
    [TestCase("REPT(\"*\", 5)", "", "t:*****")]
    [TestCase("T({Price})", "Price=n:100", "t:100")]
    [TestCase("T({Price})", "Price=d:2025-06-15", "t:")]
    [TestCase("STRINGIFY({Price})", "Price=n:100", "t:100")]

    // Logical functions (§6.2).
    [TestCase("IF({Total} > 1000, \"Large Order\", \"Small Order\")", "Total=n:1500", "t:Large Order")]
    [TestCase("IF({Score} > 90, \"A\", IF({Score} > 80, \"B\", \"C\"))", "Score=n:95", "t:A")]
    [TestCase("IF({Score} > 90, \"A\", IF({Score} > 80, \"B\", \"C\"))", "Score=n:85", "t:B")]
    [TestCase("IF({Score} > 90, \"A\", IF({Score} > 80, \"B\", \"C\"))", "Score=n:40", "t:C")]
    [TestCase("AND({In Stock} = 1, {Price} > 50)", "In Stock=b:TRUE;Price=n:75", "b:TRUE")]
    [TestCase("OR({Status} = \"Open\", {Status} = \"In Progress\")", "Status=t:Open", "b:TRUE")]
    [TestCase("NOT({Completed})", "Completed=b:TRUE", "b:FALSE")]
    [TestCase("XOR({Option A}, {Option B})", "Option A=b:TRUE;Option B=b:FALSE", "b:TRUE")]
    [TestCase("XOR({Option A}, {Option B})", "Option A=b:TRUE;Option B=b:TRUE", "b:FALSE")]
    [TestCase("SWITCH({Priority}, 1, \"High\", 2, \"Medium\", 3, \"Low\", \"Unknown\")", "Priority=n:2", "t:Medium")]

    // Numeric functions (§6.3).
    [TestCase("ROUND(123.456, 2)", "", "n:123.46")]
    [TestCase("ROUND({Price} * 0.1, 2)", "Price=n:123.45", "n:12.35")]
    [TestCase("CEILING(5.2)", "", "n:6")]
    [TestCase("CEILING(23, 10)", "", "n:30")]
    [TestCase("FLOOR(7.8)", "", "n:7")]
    [TestCase("FLOOR(27, 10)", "", "n:20")]
    [TestCase("MROUND(93291.13, 1000)", "", "n:93000")]
    [TestCase("MROUND(2.34, 0.05)", "", "n:2.35")]
    [TestCase("ABS(-50)", "", "n:50")]
    [TestCase("SUM(100, 200)", "", "n:300")]
    [TestCase("SUM({Price}, ({Price}*{Tax Rate}))", "Price=n:100;Tax Rate=n:0.1", "n:110")]
    [TestCase("AVERAGE(80, 90, 100)", "", "n:90")]
    [TestCase("MIN(500, 450)", "", "n:450")]
    [TestCase("MAX(1000, 1200)", "", "n:1200")]
    [TestCase("COUNT({Tasks Lookup})", "Tasks Lookup=a:t:Task1|t:|t:Task2|t:Task3", "n:3")]
    [TestCase("MOD(10, 3)", "", "n:1")]
    [TestCase("SQRT(16)", "", "n:4")]
    [TestCase("NUMBER(\"42\")", "", "n:42")]
    [TestCase("NUMBER(\"abc\")", "", "n:0")]
    public void Glossary_example_evaluates_to_the_documented_result(string formula, string fields, string expected)
    {
        Assert.That(Formulas.Eval(formula, fields), Is.EqualTo(V.Parse(expected)));
    }

    [Test]
    public void Randbetween_example_gives_a_whole_number_between_the_bounds()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var value = new FormulaScenario { Seed = seed }.Evaluate("RANDBETWEEN(1, 100)");
            Assert.That(value.Kind, Is.EqualTo(FormulaValueKind.Number));
            Assert.That(value.Number, Is.InRange(1, 100));
            Assert.That(value.Number, Is.EqualTo(Math.Floor(value.Number)));
        }
    }

    [Test]
    public void Rand_example_gives_a_number_from_zero_up_to_but_not_including_one()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var value = new FormulaScenario { Seed = seed }.Evaluate("RAND()");
            Assert.That(value.Kind, Is.EqualTo(FormulaValueKind.Number));
            Assert.That(value.Number, Is.GreaterThanOrEqualTo(0).And.LessThan(1));
        }
    }
}
