using BenchmarkDotNet.Running;
using TriageBot.Benchmarks.Load;

// dotnet run -c Release --project tests/TriageBot.Benchmarks -- --filter '*'        (BenchmarkDotNet)
// dotnet run -c Release --project tests/TriageBot.Benchmarks -- load                (loopback load run)
if (args.Length > 0 && args[0] == "load")
{
    return await LoadCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
