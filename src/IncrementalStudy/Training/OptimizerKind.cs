namespace IncrementalStudy.Training;

public enum OptimizerKind
{
    Sgd,
    Adam,
    NadamKeras2,
    NadamKeras3,
}
