using SoftrLite.Cli;

namespace SoftrLite.Tests.Cli;

/// <summary>A real temporary working directory for running the CLI in process, removed afterwards.</summary>
internal sealed class CliDirectory : IDisposable
{
    public CliDirectory() => Path = Directory.CreateTempSubdirectory("softrlite-cli-").FullName;

    public string Path { get; }

    /// <summary>The default data directory of a command run here.</summary>
    public string Data => System.IO.Path.Combine(Path, CliApp.DefaultDataDirectory);

    public (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CliApp(output, error, Path).Run(args);
        return (code, output.ToString(), error.ToString());
    }

    public string File(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public string Read(string name) => System.IO.File.ReadAllText(System.IO.Path.Combine(Path, name));

    /// <summary>Opens the default data directory, for checks through the C# API.</summary>
    public SoftrEngine Open() => SoftrEngine.Open(Data);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
