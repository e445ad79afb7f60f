using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// Every contract violation seen in this test run, deduplicated with counts (array indexes become <c>*</c>), written
/// to <c>contract-findings.txt</c> in the test output folder when the run ends, for the report to the engine's owner.
/// </summary>
internal static partial class ContractFindings
{
    private static readonly ConcurrentDictionary<string, int> Seen = new(StringComparer.Ordinal);

    /// <summary>Adds violations to the run's findings.</summary>
    public static void Record(IEnumerable<ContractViolation> violations)
    {
        foreach (var violation in violations)
        {
            var key = violation with { Pointer = Index().Replace(violation.Pointer, "/*"), Problem = Index().Replace(violation.Problem, "/*") };
            Seen.AddOrUpdate(key.ToString(), 1, (_, count) => count + 1);
        }
    }

    /// <summary>The findings so far, one line each: count, then the violation.</summary>
    public static IReadOnlyList<string> Lines() =>
        [.. Seen.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Value,5}x {p.Key}")];

    [GeneratedRegex(@"/[0-9]+(?=/|$|\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
