/// How a training log numbers its epochs, so that every output can number them as Keras'
/// console does: "Epoch 1/200" is the first epoch, and its metrics are those at its end.
public enum EpochNumbering: Sendable, Equatable {
    /// The first epoch is epoch 0: Keras' `CSVLogger` and `History`, PyTorch Lightning,
    /// TensorBoard, and digitviz's run log.
    case fromZero
    /// Epochs done when the value was logged: 1.0 at the end of the first, fractional in
    /// between (Hugging Face's `trainer_state.json`).
    case epochsDone

    /// The console's number for an epoch as the log records it: counted from 1.
    public func consoleNumber(_ epoch: Double) -> Double {
        self == .fromZero ? epoch + 1 : epoch
    }
}
