namespace TriageBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>; by convention a small method named ...StepAsync.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);
