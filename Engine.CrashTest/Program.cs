using System.Globalization;
using SoftrLite.CrashTest;

// The crash test: a writer process is killed with SIGKILL at random moments; after each kill the files must be intact,
// batches whole or absent, every acknowledged write present and computed values equal to a recomputation.
//   dotnet run --project Engine.CrashTest -- [--kills N] [--seed N] [--keep]
//   (internal) --writer DIRECTORY SEED, --open DIRECTORY
if (args.Length >= 3 && args[0] == "--writer")
{
    return Writer.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

if (args.Length == 2 && args[0] == "--open")
{
    return OpenRace.Open(args[1]);
}

var kills = 20;
var seed = Environment.TickCount;
var keep = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--kills":
            kills = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--keep":
            keep = true;
            break;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: [--kills N] [--seed N] [--keep]");
            return 2;
    }
}

return KillLoop.Run(kills, seed, keep);
