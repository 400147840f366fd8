/// How a metric's name in a log tells what it measures and on which data.
///
/// The conventions of the common tools are recognised:
/// - Keras: `loss`, `val_loss`, old `acc`/`val_acc` (family `accuracy`), `lr`;
/// - PyTorch Lightning: `train_loss`, `val_loss`, `valid_acc`, `test_loss`, the `_step` and
///   `_epoch` suffixes of `log(on_step:on_epoch:)` (kept in the split: `train (step)`), names
///   with `/` (`train/loss`, `loss/val`), `lr-SGD` from `LearningRateMonitor`;
/// - Hugging Face: `loss`, `eval_loss`, `learning_rate`, `grad_norm`.
///
/// Every learning rate (`lr`, `learning_rate`, `lr-…`) is the family `learning_rate`, its
/// split the name itself. Names without a recognised prefix or suffix are training metrics.
public enum MetricName {
    /// The split of training metrics.
    public static let train = "train"
    /// The split of validation metrics.
    public static let validation = "validation"
    /// The split of test metrics.
    public static let test = "test"
    /// The family of learning rates.
    public static let learningRate = "learning_rate"

    private static let prefixes: [(String, String)] = [
        ("validation_", validation), ("valid_", validation), ("val_", validation), ("eval_", validation),
        ("validation/", validation), ("valid/", validation), ("val/", validation), ("eval/", validation),
        ("test_", test), ("test/", test),
        ("training_", train), ("train_", train), ("training/", train), ("train/", train),
    ]
    private static let suffixes: [(String, String)] = [
        ("/validation", validation), ("/valid", validation), ("/val", validation), ("/eval", validation),
        ("/test", test), ("/training", train), ("/train", train),
    ]

    /// The family and split of a metric name, e.g. `val_acc` → (`accuracy`, `validation`),
    /// `train_loss_step` → (`loss`, `train (step)`), `lr-SGD` → (`learning_rate`, `lr-SGD`).
    public static func parse(_ name: String) -> (family: String, split: String) {
        let lower = name.lowercased()
        if isLearningRate(lower) { return (learningRate, name) }
        var rest = lower
        var granularity: String?
        for suffix in ["_step", "_epoch"] where rest.hasSuffix(suffix) && rest.count > suffix.count {
            rest.removeLast(suffix.count)
            granularity = String(suffix.dropFirst())
        }
        var split = train
        if let (prefix, role) = prefixes.first(where: { rest.hasPrefix($0.0) && rest.count > $0.0.count }) {
            rest.removeFirst(prefix.count)
            split = role
        } else if let (suffix, role) = suffixes.first(where: { rest.hasSuffix($0.0) && rest.count > $0.0.count }) {
            rest.removeLast(suffix.count)
            split = role
        }
        if rest == "acc" { rest = "accuracy" }
        return (rest, granularity.map { "\(split) (\($0))" } ?? split)
    }

    /// Whether a lower-cased name is a learning rate.
    static func isLearningRate(_ lower: String) -> Bool {
        lower == "lr" || lower.hasPrefix("lr-") || lower.hasPrefix("lr_") || lower.hasPrefix("lr/")
            || lower.contains("learning_rate") || lower.contains("learning-rate")
    }
}
