/// Numbers as Foundation's `formatted()` writes a `Double` below 1,000 in English (and in
/// the C locale): at most six decimals, trailing zeros dropped, no exponent. `6.4` is
/// "6.4", `10` is "10", `1/3` is "0.333333", `1e-7` is "0".
///
/// Like ICU, it rounds the shortest digits that read back as the value (Swift's
/// `description`), half to even, not the value's exact binary expansion.
enum FormattedNumber {
    /// `value`, which is finite, non-negative and below 1,000, as `value.formatted()`.
    static func text(_ value: Double) -> String {
        let parts = value.description.split(separator: "e")
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1])! : 0
        let digits = mantissa.filter { $0 != "." }.map { Int($0.asciiValue! - 48) }
        let integerDigits = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
        // The value in millionths, as digits.
        let kept = integerDigits + 6
        var millionths = Array(digits.prefix(max(0, kept))) + Array(repeating: 0, count: max(0, kept - digits.count))
        if kept >= 0 && kept < digits.count {
            let next = digits[kept], rest = digits[(kept + 1)...]
            let odd = millionths.last.map { $0 % 2 == 1 } ?? false
            if next > 5 || next == 5 && (rest.contains { $0 != 0 } || odd) { roundUp(&millionths) }
        }
        let text = String(repeating: "0", count: max(0, 7 - millionths.count)) + millionths.map(String.init).joined()
        let whole = text.dropLast(6).drop { $0 == "0" }
        let fraction = text.suffix(6).reversed().drop { $0 == "0" }.reversed()
        return (whole.isEmpty ? "0" : String(whole)) + (fraction.isEmpty ? "" : "." + String(fraction))
    }

    /// Adds one to the last digit, carrying.
    private static func roundUp(_ digits: inout [Int]) {
        for index in digits.indices.reversed() {
            if digits[index] < 9 { digits[index] += 1; return }
            digits[index] = 0
        }
        digits.insert(1, at: 0)
    }
}
