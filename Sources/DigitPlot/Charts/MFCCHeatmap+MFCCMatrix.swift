import DigitAudio

extension MFCCHeatmap {
    /// The heatmap of an MFCC matrix, time in seconds along x.
    public init(matrix: MFCCMatrix, title: String) {
        let rows = (0..<matrix.coefficients).map { c in (0..<matrix.frames).map { matrix[c, $0] } }
        self.init(mfcc: rows, sampleRate: matrix.sampleRate, hopLength: matrix.hopLength, title: title)
    }
}
