using SoftrLite.Rest;

namespace SoftrLite.Tests.Contract;

/// <summary>A REST response broke the cloud's OpenAPI document; the message lists every violation.</summary>
internal sealed class ContractViolationException(RestRequest request, RestResponse response, IReadOnlyList<ContractViolation> violations)
    : Exception(
        $"The response to {request.Method} {request.PathAndQuery} breaks the OpenAPI contract:\n  "
        + string.Join("\n  ", violations)
        + $"\n  body: {response.Body ?? "(none)"}")
{
    /// <summary>What is wrong, one entry per problem.</summary>
    public IReadOnlyList<ContractViolation> Violations { get; } = violations;
}
