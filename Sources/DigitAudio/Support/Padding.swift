package extension String {
    /// The text padded with spaces, or cut, to `length` UTF-16 code units, as Foundation's
    /// `padding(toLength: length, withPad: " ", startingAt: 0)` makes it: a character
    /// outside the Basic Multilingual Plane counts two, and one cut in half becomes U+FFFD.
    func padded(toLength length: Int) -> String {
        let units = utf16.count
        guard units > length else { return self + String(repeating: " ", count: length - units) }
        return String(decoding: utf16.prefix(length), as: UTF16.self)
    }
}
