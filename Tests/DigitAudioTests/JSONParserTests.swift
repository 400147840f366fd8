import Foundation
import Testing
@testable import DigitAudio

/// ``JSONParser`` and ``JSONValueDecoder`` against Foundation's `JSONDecoder`, the reader
/// they replace: the same texts accepted, the same values read, the same types decoded.
@Suite struct JSONParserTests {
    /// Any JSON value as `JSONDecoder` reads it: the reference.
    private enum Reference: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([Reference]), object([String: Reference])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let array = try? container.decode([Reference].self) { self = .array(array) }
            else { self = .object(try container.decode([String: Reference].self)) }
        }

        /// `value` in the reference's terms (numbers as the nearest `Double`).
        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case .bool(let bool): self = .bool(bool)
            case .number: self = .number(value.double!)
            case .string(let string): self = .string(string)
            case .array(let elements): self = .array(elements.map(Reference.init))
            case .object(let members): self = .object(members.mapValues(Reference.init))
            }
        }
    }

    static let valid = [
        "{}", "[]", "0", "-0", "1.5e-3", "1E+2", "-12.25", "12345678901234567890", "true", "null", "\"\"",
        #""a\"b\\c\/d\b\f\n\r\t""#, #""\u00e9\ud83d\ude00 \u0041""#, "\"é😀\"",
        " \n\t{ \"a\" : [1, 2, {\"b\": null}] , \"c\": true, \"d\": false, \"e\": \"x\" } \r\n",
        #"[[[[]]], {"": {"k": [0.5, -1e-7, 3]}}]"#,
    ]

    static let invalid = [
        "", " ", "{", "[", "{\"a\" 1}", "{1: 2}", "01", "-", "1.", ".5", "1e", "+1", "0x10",
        "\"abc", #""a\x""#, #""\u12""#, #""\ud800""#, #""\udc00x""#, #""\ud800\u0041""#, "\"a\u{01}b\"",
        "[1] 2", "tru", "nul", "NaN", "[Infinity]", "{\"a\":}", "'a'",
    ]

    @Test(arguments: valid) func readsWhatJSONDecoderReads(text: String) throws {
        let reference = try JSONDecoder().decode(Reference.self, from: Data(text.utf8))
        #expect(Reference(try JSONValue(parsing: Data(text.utf8))) == reference)
    }

    @Test(arguments: invalid) func refusesWhatJSONDecoderRefuses(text: String) {
        #expect(throws: (any Error).self) { try JSONDecoder().decode(Reference.self, from: Data(text.utf8)) }
        #expect(throws: JSONParser.SyntaxError.self) { try JSONValue(parsing: Data(text.utf8)) }
    }

    /// Trailing commas are not JSON: `JSONDecoder` lets them through, Python's `json` and
    /// the reference safetensors reader refuse them, and so does the parser.
    @Test(arguments: ["[1,]", "{\"a\":1,}", "[1,2,]"]) func refusesTrailingCommas(text: String) throws {
        _ = try JSONDecoder().decode(Reference.self, from: Data(text.utf8))
        #expect(throws: JSONParser.SyntaxError.self) { try JSONValue(parsing: Data(text.utf8)) }
    }

    @Test func refusesInvalidUTF8AndSaysWhere() {
        let error = #expect(throws: JSONParser.SyntaxError.self) { try JSONValue(parsing: [0x5B, 0x22, 0xFF, 0x22, 0x5D]) }
        #expect(error == JSONParser.SyntaxError(offset: 1, message: "invalid UTF-8 in a string"))
        let trailing = #expect(throws: JSONParser.SyntaxError.self) { try JSONValue(parsing: "[1,]".utf8) }
        #expect(trailing?.description == "unexpected character, expected a value at byte 3")
    }

    @Test func keepsNumbersAsWrittenAndReadsIntegersExactly() throws {
        let value = try JSONValue(parsing: "[9007199254740993, 2.0, 2.5, 1e2, -0, 1e400]".utf8)
        let numbers = try #require(value.array)
        #expect(numbers[0] == .number("9007199254740993") && numbers[0].integer == 9_007_199_254_740_993)
        #expect(numbers[1].integer == 2 && numbers[2].integer == nil && numbers[3].integer == 100 && numbers[4].integer == 0)
        #expect(numbers[2].double == 2.5 && numbers[5].double == .infinity && numbers[5].integer == nil)
        #expect(try JSONValue(parsing: "[99999999999999999999]".utf8).array?[0].integer == nil)
    }

    @Test func limitsNestingWithoutExhaustingTheStack() throws {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect(throws: Never.self) { try JSONValue(parsing: deep.utf8) }
        for depth in [JSONParser.maximumDepth + 1, 100_000] {
            let hostile = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let error = #expect(throws: JSONParser.SyntaxError.self) { try JSONValue(parsing: hostile.utf8) }
            #expect(error?.message == "nested deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    @Test func keepsTheLastOfRepeatedKeys() throws {
        #expect(try JSONValue(parsing: #"{"a": 1, "a": 2}"#.utf8) == .object(["a": .number("2")]))
    }

    // MARK: - Decoding

    /// `text` decoded as `T` by both decoders: both fail, or both give the same value.
    private func expectSameDecoding<T: Decodable & Equatable>(_ type: T.Type, _ text: String,
                                                              sourceLocation: SourceLocation = #_sourceLocation) {
        let reference = Result { try JSONDecoder().decode(type, from: Data(text.utf8)) }
        let decoded = Result { try JSONValueDecoder.decode(type, from: text.utf8) }
        switch (reference, decoded) {
        case (.success(let expected), .success(let value)):
            #expect(value == expected, "\(text)", sourceLocation: sourceLocation)
        case (.failure, .failure):
            break
        default:
            Issue.record("\(text): JSONDecoder \(reference), JSONValueDecoder \(decoded)", sourceLocation: sourceLocation)
        }
    }

    private func encoded(_ value: some Encodable) -> String {
        String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func decodesTheModelFilesTypesAsJSONDecoderDoes() {
        let front = ConvolutionFront(frames: 30, channels: 20, layers: ConvolutionFront.standardLayers)
        let cnn = Architecture(inputs: 600, convolution: front, hidden: [.init(units: 64, dropout: 0.5)], classes: 10)
        for architecture in [Architecture.original, cnn] { expectSameDecoding(Architecture.self, encoded(architecture)) }
        var configuration = FeatureConfiguration.digitviz
        configuration.meanNormalization = true
        for features in [FeatureConfiguration.standard, .digitviz, .digitvizFrames, configuration] { expectSameDecoding(FeatureConfiguration.self, encoded(features)) }
        let recordings = ["0_a_1.wav", "1_b_\"2\".wav", "2_c_0.wav"].enumerated().map {
            Recording(url: URL(fileURLWithPath: $1), digit: $0, speaker: "s", index: 0)
        }
        let record = SplitRecord(split: .speaker("c"), validationFraction: 0.1, recordings: recordings, train: [0, 1], test: [2])
        expectSameDecoding(SplitRecord.self, encoded(record))
        for text in [#"["zero","one"]"#, "[]", "[1]", #"["a",null]"#, "{}"] { expectSameDecoding([String].self, text) }
        for text in ["[0.85, 1.15]", "[1, 2e0]", "[true]", "null", #"["1"]"#] { expectSameDecoding([Double].self, text) }
    }

    @Test func decodesNumbersBooleansAndNullsAsJSONDecoderDoes() {
        struct Fields: Codable, Equatable {
            var count: Int
            var small: Int8?
            var level: Float
            var rate: Double?
            var flag: Bool?
            var name: String?
            var nested: [[UInt16]]?
        }
        let cases = [
            #"{"count": 3, "level": 0.5}"#, #"{"count": 2.0, "level": 1}"#, #"{"count": 2.5, "level": 1}"#,
            #"{"count": 1e2, "level": -1e-3, "rate": null, "flag": false}"#, #"{"count": null, "level": 1}"#,
            #"{"level": 1}"#, #"{"count": "3", "level": 1}"#, #"{"count": true, "level": 1}"#,
            #"{"count": 1, "level": 1e39}"#, #"{"count": 1, "level": 1, "small": 300}"#,
            #"{"count": 1, "level": 1, "small": -128, "extra": [1, {"x": null}]}"#,
            #"{"count": 1, "level": 1, "nested": [[1, 2], [], [65535]]}"#, #"{"count": 1, "level": 1, "nested": [[-1]]}"#,
            #"{"count": 1, "level": 1, "name": 5}"#, #"{"count": 1, "level": 1, "flag": 1}"#,
            #"{"count": 9223372036854775807, "level": 1}"#, #"{"count": 9223372036854775808, "level": 1}"#,
            "[1]", "null",
        ]
        for text in cases { expectSameDecoding(Fields.self, text) }
    }
}
