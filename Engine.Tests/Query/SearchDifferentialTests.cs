using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Query;

/// <summary>
/// Random tables, records, filter trees and sort keys: the engine's SQL search returns exactly what
/// <see cref="InMemorySearch"/>, a plain evaluator of the README's rules, finds among the records read back with List.
/// </summary>
public sealed class SearchDifferentialTests
{
    private static readonly TimeZoneInfo[] Zones =
    [
        TimeZoneInfo.Utc,
        TimeZoneInfo.CreateCustomTimeZone("Plus 5:30", new TimeSpan(5, 30, 0), "Plus 5:30", "Plus 5:30"),
        TimeZoneInfo.CreateCustomTimeZone("Minus 8", TimeSpan.FromHours(-8), "Minus 8", "Minus 8"),
    ];

    [Test]
    public void Search_returns_the_records_a_plain_evaluator_of_the_readme_rules_returns_in_the_same_order()
    {
        SearchScenarios.Scenarios.Sample(Check, iter: 300, threads: 1, print: Describe);
    }

    private static void Check(Scenario scenario)
    {
        var clock = new ManualClock(scenario.Now);
        var zone = Zones[scenario.Zone];
        using var engine = TestBackend.Open(new SoftrEngineOptions { TimeProvider = clock, IdSeed = 1, TimeZone = zone });
        var db = engine.Databases.Create(engine.Workspaces.Default.Id, "D").Id;
        var table = engine.Tables.Create(db, new NewTable("T") { Fields = scenario.Kinds.Select(NewField).ToArray() });
        foreach (var field in table.Fields.Where((_, i) => scenario.Indexed[i]))
        {
            engine.Fields.AddIndex(db, table.Id, field.Id);
        }

        foreach (var row in scenario.Rows)
        {
            clock.Advance(TimeSpan.FromSeconds(row.AdvanceSeconds));
            engine.Records.Create(db, table.Id, row.Values.Select((v, i) => (Key: "C" + i.ToString(CultureInfo.InvariantCulture), Value: v)).ToDictionary(p => p.Key, p => p.Value));
        }

        var created = engine.Records.List(db, table.Id, new Paging(0, Paging.MaxLimit)).Items;
        foreach (var (row, record) in scenario.Rows.Zip(created).Where(p => p.First.Touched))
        {
            clock.Advance(TimeSpan.FromHours(1));
            engine.Records.Update(db, table.Id, record.Id, new Dictionary<string, object?> { ["C0"] = "touched" });
        }

        var records = engine.Records.List(db, table.Id, new Paging(0, Paging.MaxLimit)).Items;
        var evaluator = new InMemorySearch(table.Fields, records, clock.GetUtcNow(), zone);
        foreach (var query in scenario.Queries)
        {
            var filter = query.Filter is null ? null : Bind(query.Filter, table);
            var sort = query.Sort.Select(k => k with { Field = Key(k.Field, table) }).ToArray();
            var expected = evaluator.Run(filter, sort);
            var page = engine.Records.Search(db, table.Id, new RecordQuery { Filter = filter, Sort = sort, Paging = query.Paging });
            var context = $"filter {Describe(query.Filter)}, sort {string.Join(", ", query.Sort.Select(k => $"{k.Field} {k.Direction}"))}, paging {query.Paging}";
            Assert.That(
                page.Items.Select(r => r.Id.Value),
                Is.EqualTo(expected.Skip(query.Paging.Offset).Take(query.Paging.Limit).Select(r => r.Id.Value)),
                $"records of {context}");
            Assert.That(page.Total, Is.EqualTo(expected.Count), $"total of {context}");
        }
    }

    private static NewField NewField(ColumnKind kind, int index)
    {
        var name = "C" + index.ToString(CultureInfo.InvariantCulture);
        var choices = JsonSerializer.Serialize(new { choices = SearchScenarios.Labels.Select(l => new { label = l }) });
        return kind switch
        {
            ColumnKind.Text => new NewField(name, FieldTypeNames.SingleLineText),
            ColumnKind.Number => new NewField(name, FieldTypeNames.Number) { Options = JsonElement.Parse("""{"precision":2}""") },
            ColumnKind.Checkbox => new NewField(name, FieldTypeNames.Checkbox),
            ColumnKind.Date => new NewField(name, FieldTypeNames.Date),
            ColumnKind.DateTime => new NewField(name, FieldTypeNames.DateTime),
            ColumnKind.Select => new NewField(name, FieldTypeNames.Select) { Options = JsonElement.Parse(choices) },
            _ => new NewField(name, FieldTypeNames.Select) { Options = JsonElement.Parse(choices), AllowMultipleEntries = true },
        };
    }

    // Columns with an odd number are named by field ID, the others by name; "#choice:Label" becomes the choice's ID.
    private static FilterCondition Bind(FilterCondition condition, Table table)
    {
        if (condition.LeftSide is null)
        {
            return condition with { Conditions = condition.Conditions.Select(c => Bind(c, table)).ToArray() };
        }

        var field = table.Fields.FirstOrDefault(f => f.Name == condition.LeftSide);
        return condition with
        {
            LeftSide = Key(condition.LeftSide, table),
            RightSide = condition.RightSide is { } right && field is not null ? BindChoices(right, field) : condition.RightSide,
        };
    }

    private static string Key(string name, Table table)
    {
        var field = table.Fields.FirstOrDefault(f => f.Name == name);
        return field is not null && int.Parse(name[1..], CultureInfo.InvariantCulture) % 2 == 1 ? field.Id.Value : name;
    }

    private static JsonElement BindChoices(JsonElement value, Field field) => value.ValueKind switch
    {
        JsonValueKind.Array => JsonSerializer.SerializeToElement(value.EnumerateArray().Select(v => BindChoices(v, field)).ToArray()),
        JsonValueKind.String when value.GetString()!.StartsWith(SearchScenarios.ChoicePrefix, StringComparison.Ordinal) =>
            JsonSerializer.SerializeToElement(field.Options.GetProperty("choices").EnumerateArray()
                .Single(c => c.GetProperty("label").GetString() == value.GetString()![SearchScenarios.ChoicePrefix.Length..])
                .GetProperty("id").GetString()),
        _ => value,
    };

    private static string Describe(Scenario scenario)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"now {scenario.Now:O}, zone {Zones[scenario.Zone].Id}, columns {string.Join(", ", scenario.Kinds)}, indexed {string.Join(", ", scenario.Indexed)}\n");
        foreach (var row in scenario.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"  +{row.AdvanceSeconds}s {JsonSerializer.Serialize(row.Values)}{(row.Touched ? " touched" : string.Empty)}\n");
        }

        foreach (var query in scenario.Queries)
        {
            text.Append(CultureInfo.InvariantCulture, $"  query {Describe(query.Filter)} sort [{string.Join(", ", query.Sort.Select(k => $"{k.Field} {k.Direction}"))}] {query.Paging}\n");
        }

        return text.ToString();
    }

    private static string Describe(FilterCondition? condition) => condition switch
    {
        null => "none",
        { Operator: FilterOperator.And or FilterOperator.Or } => $"{condition.Operator.ToWireName()}({string.Join(", ", condition.Conditions.Select(Describe))})",
        _ => $"{condition.LeftSide} {condition.Operator.ToWireName()} {condition.RightSide?.GetRawText()}{(condition.LowerBound is { } low ? $" [{low.GetRawText()}, {condition.UpperBound?.GetRawText()}]" : string.Empty)}",
    };
}
