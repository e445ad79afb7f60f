using SoftrLite.Cli;
using SoftrLite.Server;
using SoftrLite.Tests.Cli;

namespace SoftrLite.Tests.Postgres;

/// <summary>The <c>--postgres</c> and <c>--schema-prefix</c> options' rules; these need no PostgreSQL server.</summary>
[TestFixture]
public sealed class PostgresArgumentTests
{
    private const string Connection = "Host=127.0.0.1;Port=1;Username=postgres;Database=postgres";

    [Test]
    public void TryParse_keeps_the_connection_and_prefix_when_postgres_is_given()
    {
        var problem = ServeArguments.TryParse(["--postgres", Connection, "--schema-prefix", "shop_1"], "/", out var options, out _, out _);

        Assert.That(problem, Is.Null);
        Assert.That((options.PostgresConnection, options.PostgresSchemaPrefix, options.DataDirectory), Is.EqualTo((Connection, "shop_1", (string?)null)));
    }

    [Test]
    public void TryParse_defaults_the_prefix_to_softrlite_when_only_postgres_is_given()
    {
        ServeArguments.TryParse(["--postgres", Connection], "/", out var options, out _, out _);

        Assert.That(options.PostgresSchemaPrefix, Is.EqualTo("softrlite"));
    }

    [TestCase("--data", "d", "options '--data' and '--postgres' exclude each other")]
    [TestCase("--in-memory", null, "options '--in-memory' and '--postgres' exclude each other")]
    public void TryParse_refuses_postgres_when_another_store_is_given(string option, string? value, string expected)
    {
        string[] args = value is null ? ["--postgres", Connection, option] : ["--postgres", Connection, option, value];

        var problem = ServeArguments.TryParse(args, "/", out _, out _, out _);

        Assert.That(problem, Is.EqualTo(expected));
    }

    [TestCase(new[] { "--schema-prefix", "abc" }, "option '--schema-prefix' needs '--postgres'")]
    [TestCase(new[] { "--postgres", Connection, "--schema-prefix", "Abc" }, "--schema-prefix expects lower-case letters, digits and underscores, starting with a letter, at most 30 characters; got 'Abc'")]
    public void TryParse_refuses_the_prefix_when_it_is_misused(string[] args, string expected)
    {
        var problem = ServeArguments.TryParse(args, "/", out _, out _, out _);

        Assert.That(problem, Is.EqualTo(expected));
    }

    [Test]
    public void Serve_exits_with_usage_when_data_and_postgres_are_both_given()
    {
        using var dir = new CliDirectory();

        var (code, _, error) = dir.Run("serve", "--postgres", Connection, "--data", "d");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("options '--data' and '--postgres' exclude each other."));
    }

    [TestCase("export", "--database", "X", "--format", "json")]
    [TestCase("import", "x.csv", "--database", "X", "--table", "T")]
    [TestCase("inspect")]
    public void Command_exits_with_usage_when_data_and_postgres_are_both_given(params string[] args)
    {
        using var dir = new CliDirectory();

        var (code, _, error) = dir.Run([.. args, "--postgres", Connection, "--data", "d"]);

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("options '--data' and '--postgres' exclude each other."));
    }

    [Test]
    public void Export_exits_with_usage_when_the_prefix_is_given_without_postgres()
    {
        using var dir = new CliDirectory();

        var (code, _, error) = dir.Run("export", "--database", "X", "--format", "json", "--schema-prefix", "abc");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error, Does.Contain("option '--schema-prefix' needs '--postgres'."));
    }

    [Test]
    public void Describe_leaves_out_the_password_when_the_connection_string_has_one()
    {
        var described = PostgresLocation.Describe(Connection + ";Password=hunter2", "shop");

        Assert.That(described, Does.Not.Contain("hunter2").And.Not.Contain("Password"));
        Assert.That(described, Does.StartWith("PostgreSQL Host=127.0.0.1;Port=1;").And.EndWith("(schemas shop, shop_*)"));
    }
}
