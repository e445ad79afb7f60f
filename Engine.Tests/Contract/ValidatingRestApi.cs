using SoftrLite.Rest;

namespace SoftrLite.Tests.Contract;

/// <summary>
/// The only way tests reach <see cref="RestApi"/> (the constructor and <c>SendAsync</c> are banned elsewhere in
/// Engine.Tests, see BannedSymbols.txt): every response is checked against the cloud's OpenAPI document
/// (<see cref="OpenApiContract"/>) and a response that breaks it throws <see cref="ContractViolationException"/>.
/// </summary>
internal sealed class ValidatingRestApi
{
    private readonly RestApi _api;
    private readonly OpenApiContract _contract;
    private readonly Func<RestResponse, RestResponse>? _alter;

    /// <summary>Wraps a new <see cref="RestApi"/> over <paramref name="engine"/>.</summary>
    public ValidatingRestApi(SoftrEngine engine, RestApiOptions? options = null)
        : this(engine, options, OpenApiContract.Cloud, null)
    {
    }

    /// <summary>For self-tests: another contract, and a change applied to each response before it is checked.</summary>
    internal ValidatingRestApi(SoftrEngine engine, RestApiOptions? options, OpenApiContract contract, Func<RestResponse, RestResponse>? alter)
    {
#pragma warning disable RS0030 // The one place that may build a RestApi.
        _api = new RestApi(engine, options);
#pragma warning restore RS0030
        _contract = contract;
        _alter = alter;
    }

    /// <summary>Sends a request and returns the response once it has been checked against the contract.</summary>
    /// <exception cref="ContractViolationException">The response breaks the OpenAPI document.</exception>
    public async Task<RestResponse> SendAsync(RestRequest request, CancellationToken cancellationToken = default)
    {
#pragma warning disable RS0030 // The one place that may call RestApi.
        var response = await _api.SendAsync(request, cancellationToken).ConfigureAwait(false);
#pragma warning restore RS0030
        if (_alter is not null)
        {
            response = _alter(response);
        }

        Verify(_contract, request, response, record: _alter is null);
        return response;
    }

    /// <summary>Sends a request synchronously (RestApi completes synchronously).</summary>
    /// <exception cref="ContractViolationException">The response breaks the OpenAPI document.</exception>
    public RestResponse Send(RestRequest request) => SendAsync(request).GetAwaiter().GetResult();

    /// <summary>Checks a response obtained elsewhere (the README's quick start) against the cloud's document.</summary>
    /// <exception cref="ContractViolationException">The response breaks the OpenAPI document.</exception>
    public static void Verify(RestRequest request, RestResponse response) => Verify(OpenApiContract.Cloud, request, response, record: true);

    /// <summary>Throws on a violation; <paramref name="record"/> adds it to the run's findings (not for altered responses).</summary>
    private static void Verify(OpenApiContract contract, RestRequest request, RestResponse response, bool record)
    {
        var violations = contract.Check(request, response);
        if (violations.Count > 0)
        {
            if (record)
            {
                ContractFindings.Record(violations);
            }

            throw new ContractViolationException(request, response, violations);
        }
    }
}
