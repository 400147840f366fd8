import DigitAudio

/// Number formatting for axes and labels: no float noise, a true minus sign.
public enum NumberFormat {
    /// `value` with exactly `decimals` digits after the point, "−" (U+2212) for negatives
    /// as matplotlib prints them, and no negative zero: `decimal(0.6000000001, decimals: 1)`
    /// is "0.6".
    public static func decimal(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "−∞" : "∞") }
        var text = String(cFormat: "%.\(max(0, decimals))f", value)
        if text.hasPrefix("-") {
            let magnitude = text.dropFirst()
            text = magnitude.allSatisfy { $0 == "0" || $0 == "." } ? String(magnitude) : "−" + magnitude
        }
        return text
    }

    /// The shortest text that reads back as `value` ("2.5e−07" for tiny values), with "−".
    public static func shortest(_ value: Double) -> String {
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        if text == "-0" { text = "0" }
        return text.replacing("-", with: "−")
    }

    /// An integer with thousands separated by commas: 71050 is "71,050".
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "−" + result : result
    }
}
