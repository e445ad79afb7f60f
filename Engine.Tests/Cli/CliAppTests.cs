using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary>The command line itself: version, help and the documented exit codes.</summary>
public sealed class CliAppTests
{
    [TestCase("--version")]
    [TestCase("version")]
    public void Run_prints_the_version_and_succeeds(string arg)
    {
        var (code, output, _) = Run(arg);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output.Trim(), Does.Match(@"^softrlite \d+\.\d+\.\d+"));
            Assert.That(output.Trim(), Is.EqualTo("softrlite " + CliApp.Version));
        });
    }

    [TestCase("--help")]
    [TestCase("help")]
    public void Run_prints_usage_and_succeeds_for_help(string arg)
    {
        var (code, output, _) = Run(arg);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("softrlite serve").And.Contain("softrlite demo").And.Contain("--version"));
        });
    }

    [TestCase("demo")]
    [TestCase("inspect")]
    [TestCase("import")]
    [TestCase("export")]
    [TestCase("snapshot")]
    [TestCase("restore")]
    [TestCase("check")]
    [TestCase("serve")]
    [TestCase("bench", "validation")]
    public void Run_prints_each_commands_help_with_the_exit_codes(params string[] command)
    {
        var (code, output, _) = Run([.. command, "--help"]);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Success));
            Assert.That(output, Does.Contain("Usage:").And.Contain("Exit codes:").And.Contain(string.Join(" ", command)));
        });
    }

    [TestCase("inspect")]
    [TestCase("import")]
    [TestCase("export")]
    [TestCase("snapshot")]
    [TestCase("check")]
    [TestCase("demo")]
    public void Every_command_but_serve_takes_data_with_its_default(string command)
    {
        var (_, output, _) = Run(command, "--help");

        Assert.That(output, Does.Contain("--data <DIR>").And.Contain(CliApp.DefaultDataDirectory));
    }

    [TestCase("frobnicate")]
    [TestCase("import", "file.csv")]
    [TestCase("inspect", "--limit", "many")]
    [TestCase("demo", "--nope")]
    public void Run_answers_a_usage_error_for_an_unknown_command_or_option(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error, Does.Contain("softrlite:"));
        });
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CliApp(output, error, Path.GetTempPath()).Run(args);
        return (code, output.ToString(), error.ToString());
    }
}
