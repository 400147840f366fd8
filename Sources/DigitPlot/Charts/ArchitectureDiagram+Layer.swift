extension ArchitectureDiagram {
    /// One layer of a sequential network, as the diagram draws it.
    public enum Layer: Sendable, Hashable {
        /// The input: `units` features.
        case input(units: Int)
        /// The input as a sequence: `frames` frames of `channels` numbers.
        case sequence(frames: Int, channels: Int)
        /// A 1-D convolution over time: `filters` outputs at each of `positions` positions,
        /// each seeing `width` frames, with its trainable parameters.
        case convolution(filters: Int, width: Int, positions: Int, activation: String, parameters: Int)
        /// A pooling layer over time, named as Keras names it ("GlobalMaxPooling1D"), with
        /// what it does in words ("the largest of all positions").
        case pooling(name: String, description: String)
        /// A fully connected layer with its trainable parameters (weights and biases).
        case dense(units: Int, activation: String, parameters: Int)
        /// Dropout at `rate` (0…1).
        case dropout(rate: Double)
        /// A separate activation layer.
        case activation(String)

        /// The number of units the layer outputs, or `nil` if it passes its input through.
        public var units: Int? {
            switch self {
            case let .input(units), let .dense(units, _, _), let .convolution(units, _, _, _, _): return units
            case let .sequence(frames, channels): return frames * channels
            case .dropout, .activation, .pooling: return nil
            }
        }
    }
}
