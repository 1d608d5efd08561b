using TriageBot.Manifest;

return ManifestCli.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
