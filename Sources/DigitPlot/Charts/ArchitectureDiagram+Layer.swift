extension ArchitectureDiagram {
    /// One layer of a sequential network, as the diagram draws it.
    public enum Layer: Sendable, Hashable {
        /// The input: `units` features.
        case input(units: Int)
        /// A fully connected layer; `parameters` (weights and biases) is computed from the
        /// previous layer's units when `nil`.
        case dense(units: Int, activation: String, parameters: Int? = nil)
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

    /// The original project's network: 40 MFCC features, Dense 128 ReLU, Dropout 0.25,
    /// Dense 256 ReLU, Dropout 0.25, Dense 128 ReLU, Dropout 0.25, Dense 10 softmax.
    public static let original: [Layer] = [
        .input(units: 40),
        .dense(units: 128, activation: "relu", parameters: 5_248),
        .dropout(rate: 0.25),
        .dense(units: 256, activation: "relu", parameters: 33_024),
        .dropout(rate: 0.25),
        .dense(units: 128, activation: "relu", parameters: 32_896),
        .dropout(rate: 0.25),
        .dense(units: 10, activation: "softmax", parameters: 1_290),
    ]
}
