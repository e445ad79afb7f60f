using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CsCheck;
using SoftrLite.Rest;

namespace SoftrLite.Tests.Fuzz;

/// <summary>
/// The standing fuzz test of the REST layer: seeded sequences of generated requests (every route, every field type,
/// filter trees, query strings, malformed and hostile bodies) against a fresh world each. No exception may escape
/// <see cref="RestApi.SendAsync"/>, every answer must be a documented status with its code, and a refused write must
/// leave every file exactly as it was. <c>SOFTRLITE_FUZZ_REQUESTS</c> sets the number of requests (default 20,000).
/// </summary>
public sealed partial class RestFuzzTests
{
    private const int RequestsPerSequence = 400;
    private const int DefaultRequests = 20_000;

    private static readonly Dictionary<int, string[]> DocumentedCodes = new()
    {
        [400] = ["BAD_REQUEST", "VALIDATION_ERROR", "UNKNOWN_FIELD"],
        [402] = ["QUOTA_EXCEEDED"],
        [404] = ["RESOURCE_NOT_FOUND"],
        [409] = ["CONSTRAINT_VIOLATION"],
        [413] = ["PAYLOAD_TOO_LARGE"],
    };

    [Test]
    public void SendAsync_answers_every_generated_request_with_a_documented_status_and_changes_nothing_when_it_refuses()
    {
        var requests = int.TryParse(Environment.GetEnvironmentVariable("SOFTRLITE_FUZZ_REQUESTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : DefaultRequests;
        var sequences = Math.Max(1, requests / RequestsPerSequence);
        var sent = 0L;
        var statuses = new Dictionary<int, long>();
        var watch = Stopwatch.StartNew();

        // Sequence i has its own fixed CsCheck seed, so every run sends the same requests; a failure shrinks within
        // its sequence and prints the seed that replays it.
        var generator = FuzzRoutes.Request.Array[RequestsPerSequence];
        for (var i = 0; i < sequences; i++)
        {
            generator.Sample(
                sequence =>
                {
                    using var world = new FuzzWorld();
                    foreach (var request in sequence)
                    {
                        var status = Send(world, request);
                        statuses[status] = statuses.GetValueOrDefault(status) + 1;
                        sent++;
                    }
                },
                seed: new PCG(SeedStream, SeedBase + (ulong)i).ToString(),
                iter: 1,
                threads: 1,
                print: sequence => $"{sequence.Length} requests");

            // Long runs (SOFTRLITE_FUZZ_REQUESTS) report as they go.
            if (sent % 20_000 == 0)
            {
                TestContext.Progress.WriteLine($"fuzz: {sent} requests in {watch.Elapsed.TotalSeconds:F0} s");
            }
        }

        var answers = string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"));
        TestContext.Out.WriteLine($"fuzz: {sent} requests in {watch.Elapsed.TotalSeconds:F1} s ({answers})");
        Assert.That(sent, Is.EqualTo(sequences * (long)RequestsPerSequence));
        Assert.That(statuses.Keys, Is.SupersetOf(new[] { 200, 204, 400, 404 }), "the generators reach successes and refusals");
    }

    private const uint SeedStream = 9;
    private const ulong SeedBase = 20_261_202;

    private static int Send(FuzzWorld world, FuzzRequest template)
    {
        var request = new RestRequest(template.Method, world.Resolve(template.Path), template.Body is null ? null : world.Resolve(template.Body));
        // The catalog and the database the request names, as they are; a dump is kept until a request succeeds (only
        // a success may change data).
        var database = DatabaseInPath().Match(request.PathAndQuery) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[1].Value) : null;
        var before = template.IsWrite ? world.CurrentDump(database) : null;
        RestResponse response;
        try
        {
            response = world.Api.SendAsync(request).GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            throw new AssertionException($"{exception.GetType().Name} escaped SendAsync for {template}: {exception}");
        }

        if (response.Status is 200 or 204)
        {
            CheckSuccess(template, response);
            world.Learn(response.Body);
            world.ForgetDumps();
            return response.Status;
        }

        if (!DocumentedCodes.TryGetValue(response.Status, out var codes))
        {
            throw new AssertionException($"Undocumented status {response.Status} for {template}: {response.Body}");
        }

        var code = JsonDocument.Parse(response.Body!).RootElement.GetProperty("errorCode").GetString();
        if (!codes.Contains(code))
        {
            throw new AssertionException($"Status {response.Status} with code {code} for {template}");
        }

        if (before is not null && world.Dump(database) != before)
        {
            throw new AssertionException($"A refused write ({response.Status} {code}) changed the data: {template}");
        }

        return response.Status;
    }

    [System.Text.RegularExpressions.GeneratedRegex("/databases/([^/?]+)")]
    private static partial System.Text.RegularExpressions.Regex DatabaseInPath();

    private static void CheckSuccess(FuzzRequest template, RestResponse response)
    {
        if (response.Status == 204)
        {
            if (response.Body is not null)
            {
                throw new AssertionException($"204 with a body for {template}");
            }

            return;
        }

        using var document = JsonDocument.Parse(response.Body!);
        if (!document.RootElement.TryGetProperty("data", out _))
        {
            throw new AssertionException($"200 without data for {template}");
        }
    }
}
