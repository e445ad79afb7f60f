namespace SoftrLite.Tests.Contract;

/// <summary>One way a REST response breaks the OpenAPI document.</summary>
/// <param name="Operation">The method and the document's path template, e.g. <c>GET /databases/{databaseId}</c>.</param>
/// <param name="Status">The response's HTTP status.</param>
/// <param name="Pointer">Where in the body, as a JSON pointer; empty for the whole body.</param>
/// <param name="Problem">What is wrong.</param>
internal sealed record ContractViolation(string Operation, int Status, string Pointer, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Operation} -> {Status} at \"{Pointer}\": {Problem}";
}
