using SoftrLite.Tests.Support;

namespace SoftrLite.Tests.Rest;

/// <summary>
/// One REST call is one transaction: the record calls read or write the database file once, their JSON built inside that
/// transaction, and in memory none of them reads the catalog (the "are there tokens?" answer and the database's workspace
/// are cached). A shared store (PostgreSQL, like a data directory) reads "are there tokens?" once per call, because another
/// process may add the first token.
/// </summary>
public sealed class RestTransactionTests
{
    private static readonly long CatalogReads = TestBackend.IsPostgres ? 1 : 0;

    [TestCase("GET", "")]
    [TestCase("GET", "?fieldNames=true")]
    [TestCase("PATCH", "")]
    [TestCase("PUT", "?fieldNames=true")]
    public void Record_call_runs_in_one_transaction_of_the_database_when_warm(string method, string query)
    {
        using var engine = TestEngine.Open();
        var (client, records, record) = Orders(engine);
        var body = method == "GET" ? null : """{"fields":{"Amount":42}}""";
        client.Send(method, $"{records}/{record}{query}", body);

        var (catalog, database) = Count(engine, () => Assert.That(client.Send(method, $"{records}/{record}{query}", body).Status, Is.EqualTo(200)));

        Assert.That((catalog, database), Is.EqualTo((CatalogReads, 1L)));
    }

    [TestCase("POST", "", """{"fields":{"Amount":7}}""")]
    [TestCase("GET", "?limit=5", null)]
    [TestCase("POST", "/search", """{"filter":{"condition":{"leftSide":"Amount","operator":"IS","rightSide":1}}}""")]
    public void Collection_call_runs_in_one_transaction_of_the_database_when_warm(string method, string path, string? body)
    {
        using var engine = TestEngine.Open();
        var (client, records, _) = Orders(engine);
        client.Send(method, records + path, body);

        var (catalog, database) = Count(engine, () => Assert.That(client.Send(method, records + path, body).Status, Is.EqualTo(200)));

        Assert.That((catalog, database), Is.EqualTo((CatalogReads, 1L)));
    }

    [Test]
    public void Patch_answers_with_the_recomputed_formula_read_in_its_own_transaction()
    {
        using var engine = TestEngine.Open();
        var (client, records, record) = Orders(engine);

        var fields = client.Json("PATCH", $"{records}/{record}?fieldNames=true", """{"fields":{"Amount":10}}""").GetProperty("data").GetProperty("fields");

        Assert.That(fields.GetProperty("Gross").GetDouble(), Is.EqualTo(11).Within(1e-9));
    }

    private static (RestTestClient Client, string Records, string Record) Orders(SoftrEngine engine)
    {
        var database = engine.NewDatabase();
        var client = new RestTestClient(engine);
        var table = client.Json("POST", $"/databases/{database.Id}/tables", """{"name":"Orders","fields":[{"name":"Item","type":"SINGLE_LINE_TEXT"},{"name":"Amount","type":"NUMBER"}]}""")
            .GetProperty("data").GetProperty("id").GetString();
        var records = $"/databases/{database.Id}/tables/{table}/records";
        client.Send("POST", $"/databases/{database.Id}/tables/{table}/fields", """{"name":"Gross","type":"FORMULA","options":{"formula":"{Amount} * 1.1"}}""");
        var record = client.Json("POST", records, """{"fields":{"Item":"Pen","Amount":1}}""").GetProperty("data").GetProperty("id").GetString()!;
        return (client, records, record);
    }

    private static (long Catalog, long Database) Count(SoftrEngine engine, Action call)
    {
        var database = engine.Databases.List().Items.Single().Id;
        var store = engine.Context.Store(database);
        var (catalogBefore, databaseBefore) = (engine.Context.Catalog.Transactions, store.Transactions);
        call();
        return (engine.Context.Catalog.Transactions - catalogBefore, store.Transactions - databaseBefore);
    }
}
