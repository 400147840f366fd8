extension Unicode.Scalar {
    /// Whether the scalar is in Foundation's `CharacterSet.alphanumerics`: a letter, a mark
    /// or a number (Unicode categories L*, M*, N*) assigned by Unicode 15.0, whose tables
    /// Foundation's are, less the Tangut ideographs they leave out (checked against
    /// Foundation for every scalar).
    var isAlphanumeric: Bool {
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            guard let age = properties.age, age.major < 15 || age.major == 15 && age.minor == 0 else { return false }
            return !(0x17000...0x187FF).contains(value) && !(0x18D00...0x18D7F).contains(value)
        default:
            return false
        }
    }
}
