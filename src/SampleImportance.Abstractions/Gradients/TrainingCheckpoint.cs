namespace SampleImportance.Abstractions;

/// <summary>The model as it was at one step of training.</summary>
/// <param name="Step">Training step (epoch or iteration) at which it was taken, from 1.</param>
/// <param name="StepSize">The learning rate or step length used at that step (ηₜ).</param>
/// <param name="Model">A frozen copy of the model at that step; its gradients are taken at θₜ.</param>
public sealed record TrainingCheckpoint(int Step, double StepSize, IGradientModel Model);
