namespace SoftrLite.Tests;

/// <summary>Writes the run's contract findings (see <see cref="Contract.ContractFindings"/>) when every test has run.</summary>
[SetUpFixture]
public sealed class ContractFindingsReport
{
    [OneTimeTearDown]
    public void WriteFindings()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "contract-findings.txt");
        File.WriteAllLines(path, Contract.ContractFindings.Lines());
    }
}
