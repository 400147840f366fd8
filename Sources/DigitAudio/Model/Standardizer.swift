/// Per-feature standardization, (x − mean) / std, as scikit-learn's `StandardScaler`.
///
/// The statistics come from the training set only; std is the population standard
/// deviation (ddof 0), and a feature with std 0 gets std 1 so it passes through centered.
public struct Standardizer: Sendable, Equatable {
    /// Mean of each feature.
    public var mean: [Float]
    /// Standard deviation of each feature (never 0).
    public var std: [Float]

    /// A standardizer with the given statistics; a std of 0 is replaced by 1.
    public init(mean: [Float], std: [Float]) {
        precondition(mean.count == std.count, "mean and std must have the same length")
        self.mean = mean
        self.std = std.map { $0 == 0 ? 1 : $0 }
    }

    /// The identity on `dimension` features (mean 0, std 1): what a model trained without standardization stores.
    public static func identity(dimension: Int) -> Standardizer {
        Standardizer(mean: [Float](repeating: 0, count: dimension), std: [Float](repeating: 1, count: dimension))
    }

    /// Fits mean and std to the given rows of a table (accumulated in double precision).
    ///
    /// With `channels`, a row is a sequence of frames of that many numbers (as a
    /// ``ConvolutionFront`` reads it), and each channel gets one mean and std over all its
    /// frames, repeated for every frame, so that a value means the same at every position.
    public init(fitting table: FeatureTable, rows: [Int], channels: Int? = nil) {
        precondition(!rows.isEmpty, "cannot fit a standardizer to no rows")
        let d = table.dimension
        let width = channels ?? d
        precondition(width > 0 && d % width == 0, "rows must be whole frames of \(width) channels")
        let count = Double(rows.count * (d / width))
        var sum = [Double](repeating: 0, count: width)
        for row in rows { for (j, x) in table.row(row).enumerated() { sum[j % width] += Double(x) } }
        let mean = sum.map { $0 / count }
        var squares = [Double](repeating: 0, count: width)
        for row in rows {
            for (j, x) in table.row(row).enumerated() {
                let deviation = Double(x) - mean[j % width]
                squares[j % width] += deviation * deviation
            }
        }
        let std = squares.map { Float(($0 / count).squareRoot()) }
        self.init(mean: (0..<d).map { Float(mean[$0 % width]) }, std: (0..<d).map { std[$0 % width] })
    }

    /// Number of features.
    public var dimension: Int { mean.count }

    /// Standardizes row-major rows of `dimension` features in place.
    public func apply(to values: inout [Float]) {
        precondition(values.count % dimension == 0, "values must be whole rows")
        let d = dimension
        mean.withUnsafeBufferPointer { mean in
            std.withUnsafeBufferPointer { std in
                values.withUnsafeMutableBufferPointer { values in
                    for start in stride(from: 0, to: values.count, by: d) {
                        for j in 0..<d { values[start + j] = (values[start + j] - mean[j]) / std[j] }
                    }
                }
            }
        }
    }

    /// Standardized copies of row-major rows.
    public func applied(to values: [Float]) -> [Float] {
        var copy = values
        apply(to: &copy)
        return copy
    }
}
