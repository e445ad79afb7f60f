using NUnit.Framework;

namespace SoftrLite.Tests.Conformance;

/// <summary>
/// Runs every <c>shared/conformance/*.json</c> scenario, and the project's own <c>Conformance/Scenarios/*.json</c>
/// (copied to the output folder), through the REST layer, one test case per file.
/// </summary>
[TestFixture]
public sealed class ConformanceTests
{
    /// <summary>Overrides where the scenarios are looked for.</summary>
    public const string DirectoryVariable = "SOFTRLITE_CONFORMANCE_DIR";

    /// <summary>One case per scenario file; a single failing case when the folder or its files cannot be found.</summary>
    public static IEnumerable<TestCaseData> Scenarios()
    {
        var (directory, searched) = FindDirectory();
        var files = directory is null ? [] : Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            var problem = directory is null
                ? $"The conformance folder was not found. Set {DirectoryVariable}, or keep shared/conformance beside or above the repository. Searched:\n  {string.Join("\n  ", searched)}"
                : $"The conformance folder {directory} holds no *.json file.";
            yield return new TestCaseData(null, problem).SetArgDisplayNames("conformance folder not found");
            yield break;
        }

        foreach (var file in files)
        {
            yield return new TestCaseData(file, null).SetArgDisplayNames(Path.GetFileName(file));
        }
    }

    /// <summary>One case per file of the project's own scenarios, in <c>Conformance/Scenarios</c> of the output folder.</summary>
    public static IEnumerable<TestCaseData> ProjectScenarios()
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "Conformance", "Scenarios");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            yield return new TestCaseData(null, $"The project's scenarios were not copied to {directory}.").SetArgDisplayNames("project scenarios not found");
            yield break;
        }

        foreach (var file in files)
        {
            yield return new TestCaseData(file, null).SetArgDisplayNames("Scenarios/" + Path.GetFileName(file));
        }
    }

    [TestCaseSource(nameof(ProjectScenarios))]
    public async Task Project_conformance_file_passes(string? path, string? problem)
    {
        Assert.That(path, Is.Not.Null, problem);

        var failure = await ConformanceRunner.RunAsync(ConformanceFile.Load(path!));

        Assert.That(failure is null, Is.True, failure);
    }

    [TestCaseSource(nameof(Scenarios))]
    public async Task Conformance_file_passes(string? path, string? problem)
    {
        Assert.That(path, Is.Not.Null, problem);

        var failure = await ConformanceRunner.RunAsync(ConformanceFile.Load(path!));

        Assert.That(failure is null, Is.True, failure);
    }

    private static (string? Directory, IReadOnlyList<string> Searched) FindDirectory()
    {
        var searched = new List<string>();
        if (Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } overridden)
        {
            var full = Path.GetFullPath(overridden);
            searched.Add($"{full} (from {DirectoryVariable})");
            return (Directory.Exists(full) ? full : null, searched);
        }

        for (var ancestor = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); ancestor is not null; ancestor = ancestor.Parent)
        {
            // Checking shared/conformance under every ancestor also covers <ancestor>/../shared/conformance.
            var candidate = Path.Combine(ancestor.FullName, "shared", "conformance");
            searched.Add(candidate);
            if (Directory.Exists(candidate))
            {
                return (candidate, searched);
            }
        }

        return (null, searched);
    }
}
