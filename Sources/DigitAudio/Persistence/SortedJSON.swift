import FoundationEssentials

/// JSON objects as Foundation's `JSONSerialization` writes them with `.sortedKeys` and
/// `.withoutEscapingSlashes`: no spaces, strings escaped as `JSONEncoder` escapes them, and
/// keys in `JSONSerialization`'s order, which is not the code-point order of `JSONEncoder`'s
/// `.sortedKeys`. A safetensors header written this way has the bytes it always had.
///
/// That order is ICU's root collation, numeric, ignoring case: punctuation before digits,
/// digits by the number they make (`dense_2` before `dense_10`), then letters (`a` and `A`
/// together); among keys equal so, fewer leading zeros first, then `a` before `A`, then code
/// points. It is reproduced exactly for ASCII keys (tested against Foundation on random
/// keys, numbers of up to 40 digits included: Foundation's number values wrap at 2^64);
/// other characters (and ASCII controls) sort after it, by code point.
enum SortedJSON {
    /// The object with these members; each value is already JSON text.
    static func object(_ members: [String: String]) -> String {
        let pairs = members.keys.sorted(by: keyPrecedes).map { string($0) + ":" + members[$0]! }
        return "{" + pairs.joined(separator: ",") + "}"
    }

    /// `text` as a JSON string, quoted and escaped.
    static func string(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return String(decoding: try! encoder.encode(text), as: UTF8.self)  // a string always encodes
    }

    /// Whether key `a` comes before key `b`.
    static func keyPrecedes(_ a: String, _ b: String) -> Bool {
        let (left, right) = (CollationKey(a), CollationKey(b))
        if left.primary != right.primary { return left.primary.lexicographicallyPrecedes(right.primary) }
        if left.tieBreak != right.tieBreak { return left.tieBreak.lexicographicallyPrecedes(right.tieBreak) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// ASCII in collation order; each uppercase letter ranks with its lowercase.
    private static let asciiOrder = Array(#" _-,;:!?.'"()[]{}@*/\&#%`^+<=>|~$0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ"#.unicodeScalars)
    private static let asciiRank: [Int] = {
        var ranks = [Int](repeating: -1, count: 128)
        for (rank, scalar) in asciiOrder.enumerated() { ranks[Int(scalar.value)] = rank }
        return ranks
    }()
    private static let rankOfDigits = asciiRank[Int(("0" as Unicode.Scalar).value)]

    /// Where a scalar (lowercase if a letter) sorts; control characters and non-ASCII after ASCII.
    private static func rank(_ scalar: Unicode.Scalar) -> Int {
        let ascii = scalar.isASCII ? asciiRank[Int(scalar.value)] : -1
        return ascii >= 0 ? ascii : asciiOrder.count + Int(scalar.value)
    }

    /// A key as collation sees it: a unit per character, or per run of digits.
    private struct CollationKey {
        enum Unit: Comparable {
            case character(rank: Int)
            case number(UInt64)

            static func < (a: Unit, b: Unit) -> Bool {
                switch (a, b) {
                case let (.character(x), .character(y)): x < y
                case let (.number(x), .number(y)): x < y
                case let (.character(x), .number): x < rankOfDigits
                case let (.number, .character(y)): rankOfDigits < y
                }
            }
        }

        /// The units, case ignored.
        var primary: [Unit] = []
        /// Per unit: 1 for an uppercase letter, the leading zeros of a number, else 0.
        var tieBreak: [Int] = []

        init(_ key: String) {
            var digits: [UInt8] = []
            func endNumber() {
                guard !digits.isEmpty else { return }
                let zeros = digits.dropLast().prefix { $0 == 0 }.count
                primary.append(.number(digits.reduce(0) { $0 &* 10 &+ UInt64($1) }))
                tieBreak.append(zeros)
                digits.removeAll()
            }
            for scalar in key.unicodeScalars {
                if ("0"..."9").contains(scalar) {
                    digits.append(UInt8(scalar.value - 48))
                    continue
                }
                endNumber()
                let isUpper = ("A"..."Z").contains(scalar)
                primary.append(.character(rank: rank(isUpper ? Unicode.Scalar(scalar.value + 32)! : scalar)))
                tieBreak.append(isUpper ? 1 : 0)
            }
            endNumber()
        }
    }
}
