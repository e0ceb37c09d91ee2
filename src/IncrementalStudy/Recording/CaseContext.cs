using IncrementalStudy.Data;
using IncrementalStudy.Training;

namespace IncrementalStudy.Recording;

/// <summary>What an observer may know about its case before it starts.</summary>
/// <param name="Data">The case's data, all phases.</param>
/// <param name="Plane">A grid for decision-region plots, on the plot seed of a 2-D scenario only.</param>
public sealed record CaseContext(string Experiment, string Strategy, int Seed, ScenarioData Data, FitSettings Fit, PlaneGrid? Plane);
