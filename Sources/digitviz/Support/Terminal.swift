/// Text from files (names of speakers, classes, metrics) made safe to print: control
/// characters, escape sequences and line breaks become `?`, so a hostile name cannot
/// move the cursor, recolour the terminal or forge another line.
enum Terminal {
    /// `text` with every control character replaced by `?`.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format ? "?" : scalar
        }))
    }
}
