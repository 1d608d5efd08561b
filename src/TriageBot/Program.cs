using TriageBot;

await TriageBotApp.Create(args).RunAsync();
