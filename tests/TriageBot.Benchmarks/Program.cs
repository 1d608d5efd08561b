using BenchmarkDotNet.Running;
using TriageBot.Benchmarks.Dialogs;
using TriageBot.Benchmarks.Load;

// dotnet run -c Release --project tests/TriageBot.Benchmarks -- --filter '*'        (BenchmarkDotNet)
// dotnet run -c Release --project tests/TriageBot.Benchmarks -- dialogs             (bounded dialog turn run, SQLite)
// dotnet run -c Release --project tests/TriageBot.Benchmarks -- load                (loopback load run)
// dotnet run -c Release --project tests/TriageBot.Benchmarks -- floor --urls URL    (the load run's floor server)
switch (args.FirstOrDefault())
{
    case "dialogs":
        return await DialogTurnRun.RunAsync(args[1..]);
    case "load":
        return await LoadCommand.RunAsync(args[1..]);
    case "floor":
        return await FloorServer.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
