using System.Text.Json;
using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>Computed fields through the REST layer: created with their options, read as the cloud's JSON.</summary>
public sealed class RestComputedTests
{
    [Test]
    public void Formula_lookup_rollup_and_count_work_through_rest()
    {
        using var engine = TestEngine.Open();
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);
        var db = $"/databases/{database.Id}";
        var customers = client.Json("POST", $"{db}/tables", """{"name":"Customers","fields":[{"name":"Name","type":"SINGLE_LINE_TEXT"}]}""").GetProperty("data").GetProperty("id").GetString();
        var orders = client.Json("POST", $"{db}/tables", Body(new
        {
            name = "Orders",
            fields = new object[]
            {
                new { name = "Item", type = "SINGLE_LINE_TEXT" },
                new { name = "Amount", type = "NUMBER" },
                new { name = "Customer", type = "LINKED_RECORD", options = new { linkedTableId = customers } },
            },
        })).GetProperty("data");
        var item = orders.GetProperty("fields")[0].GetProperty("id").GetString();
        var amount = orders.GetProperty("fields")[1].GetProperty("id").GetString();
        var link = client.Json("GET", $"{db}/tables/{customers}").GetProperty("data").GetProperty("fields")[1].GetProperty("id").GetString();
        var ordersId = orders.GetProperty("id").GetString();
        var formula = client.Json("POST", $"{db}/tables/{ordersId}/fields", """{"name":"Gross","type":"FORMULA","options":{"formula":"{Amount} * 1.1"}}""").GetProperty("data");
        client.Send("POST", $"{db}/tables/{customers}/fields", Body(new { name = "Total", type = "ROLLUP", options = new { linkedRecordFieldId = link, rollupFieldId = amount, function = "SUM" } }));
        client.Send("POST", $"{db}/tables/{customers}/fields", Body(new { name = "Orders count", type = "COUNT", options = new { linkedRecordFieldId = link } }));
        client.Send("POST", $"{db}/tables/{customers}/fields", Body(new { name = "Items", type = "LOOKUP", options = new { linkedRecordFieldId = link, lookupFieldId = item } }));
        var ada = client.Json("POST", $"{db}/tables/{customers}/records", """{"fields":{"Name":"Ada"}}""").GetProperty("data").GetProperty("id").GetString();
        client.Send("POST", $"{db}/tables/{ordersId}/records", Body(new { fields = new Dictionary<string, object> { ["Item"] = "Pen", ["Amount"] = 100, ["Customer"] = new[] { ada } } }));

        var customer = client.Json("GET", $"{db}/tables/{customers}/records/{ada}?fieldNames=true").GetProperty("data").GetProperty("fields");
        var order = client.Json("GET", $"{db}/tables/{ordersId}/records?fieldNames=true").GetProperty("data")[0].GetProperty("fields");
        var bad = client.Send("POST", $"{db}/tables/{ordersId}/fields", """{"name":"Bad","type":"FORMULA","options":{"formula":"SUM({Amount}"}}""");

        Assert.Multiple(() =>
        {
            Assert.That(formula.GetProperty("readonly").GetBoolean(), Is.True);
            Assert.That(formula.GetProperty("options").GetProperty("isValid").GetBoolean(), Is.True);
            Assert.That(order.GetProperty("Gross").GetDouble(), Is.EqualTo(110));
            Assert.That(customer.GetProperty("Total").GetDouble(), Is.EqualTo(100));
            Assert.That(customer.GetProperty("Orders count").GetInt32(), Is.EqualTo(1));
            Assert.That(customer.GetProperty("Items").GetRawText(), Is.EqualTo("""["Pen"]"""));
            Assert.That(bad.Status, Is.EqualTo(400));
            Assert.That(JsonElement.Parse(bad.Body!).GetProperty("errorCode").GetString(), Is.EqualTo("BAD_REQUEST"));
        });
    }

    private static string Body(object value) => JsonSerializer.Serialize(value);
}
