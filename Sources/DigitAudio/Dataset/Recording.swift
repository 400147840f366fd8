import FoundationEssentials

/// One labelled audio file of a data set.
public struct Recording: Sendable, Hashable {
    /// Where the file is.
    public var url: URL
    /// The digit spoken, 0–9.
    public var digit: Int
    /// The speaker, when the file name carries one (`{digit}_{speaker}_{index}.wav`).
    public var speaker: String?
    /// The take number, when the file name carries one.
    public var index: Int?

    /// Creates a recording.
    public init(url: URL, digit: Int, speaker: String? = nil, index: Int? = nil) {
        self.url = url
        self.digit = digit
        self.speaker = speaker
        self.index = index
    }

    /// The name that identifies the recording wherever its data set is moved: the file name,
    /// after its digit folder's name when it sits in one (`3/take.wav`). A model file lists
    /// the identities it trained on, so evaluation can leave them out.
    public var identity: String {
        let folder = url.deletingLastPathComponent().lastPathComponent
        return folder.count == 1 && folder.first!.isNumber ? folder + "/" + url.lastPathComponent : url.lastPathComponent
    }
}

/// The English names of the ten digits, "zero" to "nine".
public let digitNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

/// A digit's name as a title word: "Zero" for 0 (the digit itself outside 0–9).
public func digitTitle(_ digit: Int) -> String {
    digitNames.indices.contains(digit) ? digitNames[digit].capitalized : String(digit)
}
