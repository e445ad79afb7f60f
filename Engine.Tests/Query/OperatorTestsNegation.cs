using SoftrLite.Tests.Support;
using System.Text.Json;
using static SoftrLite.Tests.Support.TestEngine;
using Op = SoftrLite.FilterOperator;

namespace SoftrLite.Tests.Query;

/// <summary>Every negated operator matches exactly the records its positive twin does not, empty values included.</summary>
public sealed class OperatorTestsNegation
{
    private static readonly (Op Positive, Op Negated)[] Twins =
    [
        (Op.IsEmpty, Op.IsNotEmpty), (Op.Is, Op.IsNot), (Op.IsBetween, Op.IsNotBetween), (Op.IsWithin, Op.IsNotWithin),
        (Op.Contains, Op.DoesNotContain), (Op.StartsWith, Op.DoesNotStartWith), (Op.EndsWith, Op.DoesNotEndWith),
        (Op.IsOneOf, Op.IsNotOneOf), (Op.HasAnyOf, Op.HasNoneOf),
    ];

    private static IEnumerable<TestCaseData> Cases() =>
    [
        Case("Text", Op.Is, "\"ADA\""),
        Case("Text", Op.Contains, "\"D\""),
        Case("Text", Op.StartsWith, "\"gr\""),
        Case("Text", Op.EndsWith, "\"E\""),
        Case("Text", Op.IsOneOf, """["ada","x"]"""),
        Case("Text", Op.IsEmpty, null),
        Case("Score", Op.Is, "3"),
        Case("Score", Op.IsBetween, null, "0", "\"2\""),
        Case("Score", Op.IsOneOf, "[1, 3]"),
        Case("Score", Op.IsEmpty, null),
        Case("Done", Op.Is, "true"),
        Case("Done", Op.Is, "false"),
        Case("Done", Op.IsEmpty, null),
        Case("Day", Op.Is, "\"PREDEFINED:YESTERDAY\""),
        Case("Day", Op.IsBetween, null, "\"2026-03-01\"", "\"2026-03-18\""),
        Case("Day", Op.IsWithin, null, "\"RELATIVE_DATE:THIS:WEEK\"", "\"PREDEFINED:TODAY\""),
        Case("Day", Op.IsEmpty, null),
        Case("At", Op.Is, "\"2026-03-18\""),
        Case("At", Op.IsWithin, null, "\"PREDEFINED:YESTERDAY\"", "1773829800000"),
        Case("At", Op.IsEmpty, null),
        Case("Status", Op.Is, "\"open\""),
        Case("Status", Op.IsOneOf, """["Open","Closed"]"""),
        Case("Status", Op.HasAnyOf, """["Closed"]"""),
        Case("Status", Op.IsEmpty, null),
        Case("Tags", Op.HasAnyOf, """["A"]"""),
        Case("Tags", Op.IsEmpty, null),
        Case("Owner", Op.Is, "\"ada@example.com\""),
        Case("Owner", Op.IsOneOf, """["ada@example.com","grace@example.com"]"""),
        Case("Owner", Op.IsEmpty, null),
        Case("created_at", Op.Is, "\"PREDEFINED:TODAY\""),
        Case("updated_at", Op.IsBetween, null, "\"2026-03-18T12:00:00Z\"", "\"2026-03-19\""),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Search_matches_the_complement_of_the_positive_twin_when_operator_is_negated(string field, Op positive, string? right, string? lower, string? upper)
    {
        using var f = TestEngine.OnClock();
        var table = Mixed(f);
        var condition = new FilterCondition(positive)
        {
            LeftSide = field,
            RightSide = right is null ? null : JsonElement.Parse(right),
            LowerBound = lower is null ? null : JsonElement.Parse(lower),
            UpperBound = upper is null ? null : JsonElement.Parse(upper),
        };
        var negated = condition with { Operator = Twins.Single(t => t.Positive == positive).Negated };

        var matched = f.Names(table, condition);

        Assert.Multiple(() =>
        {
            Assert.That(f.Names(table, negated), Is.EqualTo(f.All(table).Except(matched)));
            Assert.That(matched, Is.Not.Empty, "the positive operator should match something");
            Assert.That(matched, Is.Not.EqualTo(f.All(table)), "the positive operator should leave something out");
        });
    }

    private static TestCaseData Case(string field, Op positive, string? right, string? lower = null, string? upper = null) =>
        new TestCaseData(field, positive, right, lower, upper).SetArgDisplayNames(field, positive.ToWireName(), right ?? $"[{lower}, {upper}]");

    private static Table Mixed(TestEngine f)
    {
        var workspace = f.Engine.Workspaces.Default.Id;
        f.Engine.Workspaces.AddCollaborator(workspace, "Ada", "ada@example.com");
        f.Engine.Workspaces.AddCollaborator(workspace, "Grace", "grace@example.com");
        var table = f.NamedTable(
            "Mixed",
            Field("Text", FieldTypeNames.SingleLineText),
            Field("Score", FieldTypeNames.Number),
            Field("Done", FieldTypeNames.Checkbox),
            Field("Day", FieldTypeNames.Date),
            Field("At", FieldTypeNames.DateTime),
            Field("Status", FieldTypeNames.Select, """{"choices":[{"label":"Open"},{"label":"Closed"}]}"""),
            Field("Tags", FieldTypeNames.Select, """{"choices":[{"label":"A"},{"label":"B"}]}""", multiple: true),
            Field("Owner", FieldTypeNames.User));
        var first = f.Add(table, "r1", ("Text", "Ada"), ("Score", 1), ("Done", true), ("Day", "2026-03-18"), ("At", "2026-03-18T10:30:00Z"), ("Status", "Open"), ("Tags", new[] { "A", "B" }), ("Owner", "ada@example.com"));
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Add(table, "r2", ("Text", "Grace"), ("Score", 5), ("Done", false), ("Day", "2026-02-01"), ("At", "2026-03-17T09:00:00Z"), ("Status", "Closed"), ("Tags", new[] { "B" }), ("Owner", "grace@example.com"));
        f.Clock.Advance(TimeSpan.FromHours(1));
        f.Add(table, "r3");
        f.Clock.Advance(TimeSpan.FromDays(1));
        f.Add(table, "r4", ("Text", "edsger"), ("Score", 0), ("Day", "2026-03-16"), ("At", "2026-03-19T00:00:00Z"), ("Status", "Open"));
        f.Update(table, first, ("Score", 3));
        return table;
    }
}
