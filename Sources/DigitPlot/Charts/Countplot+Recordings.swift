import DigitAudio

extension Countplot {
    /// Recordings per digit, 0 to 9 (a digit without recordings counts zero).
    public init(recordings: [Recording], title: String = "Countplot of Digits Audio") {
        var counts = [Int](repeating: 0, count: 10)
        for recording in recordings where (0...9).contains(recording.digit) { counts[recording.digit] += 1 }
        self.init(counts: counts, title: title)
    }
}
