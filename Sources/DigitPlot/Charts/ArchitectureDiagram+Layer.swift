extension ArchitectureDiagram {
    /// One layer of a sequential network, as the diagram draws it.
    public enum Layer: Sendable, Hashable {
        /// The input: `units` features.
        case input(units: Int)
        /// A fully connected layer with its trainable parameters (weights and biases).
        case dense(units: Int, activation: String, parameters: Int)
        /// Dropout at `rate` (0…1).
        case dropout(rate: Double)
        /// A separate activation layer.
        case activation(String)

        /// The number of units the layer outputs, or `nil` if it passes its input through.
        public var units: Int? {
            switch self {
            case let .input(units), let .dense(units, _, _): return units
            case .dropout, .activation: return nil
            }
        }
    }
}
