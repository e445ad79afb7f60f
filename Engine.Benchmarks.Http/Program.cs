using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SoftrLite.Benchmarks.Http;

/// <summary>
/// The wrk baseline: a bare Kestrel endpoint on 127.0.0.1 that answers every request with the bytes of a file, from
/// memory, as <c>application/json; charset=utf-8</c> — what <c>softrlite serve</c> costs beyond HTTP itself.
/// Usage: <c>Engine.Benchmarks.Http BODY_FILE</c>; prints <c>bare listening on http://127.0.0.1:PORT</c>; stops on Ctrl+C.
/// </summary>
public static class Program
{
    /// <summary>Serves the file until the process is stopped.</summary>
    public static async Task Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var body = await File.ReadAllBytesAsync(args[0]);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.Run(async context =>
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"bare listening on {address}");
        await app.WaitForShutdownAsync().ConfigureAwait(false);
    }
}
