// The umbrella module for embedders: `import Micromance` brings in the model, the stores
// and the insights. Depend on a single package product instead when you need only one.
@_exported import MicromanceInsights
@_exported import MicromanceModel
@_exported import MicromanceStore
