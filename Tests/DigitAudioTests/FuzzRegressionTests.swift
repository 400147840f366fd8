import Foundation
import Testing
@testable import DigitAudio

/// Inputs kept by scripts/fuzz.sh (and hostile inputs written by hand) in `Fixtures/fuzz`:
/// every parser of untrusted files rejects each with a one-line `FileFormatError`, or
/// accepts it, and never crashes.
@Suite struct FuzzRegressionTests {
    static let inputs: [URL] = (try? FileManager.default.contentsOfDirectory(
        at: fixture("fuzz"), includingPropertiesForKeys: nil))?.sorted { $0.path < $1.path } ?? []

    @Test func fixturesArePresent() {
        #expect(Self.inputs.count >= 4)
    }

    @Test(arguments: inputs)
    func everyParserSurvives(input: URL) throws {
        let data = try Data(contentsOf: input)
        let text = String(decoding: data, as: UTF8.self)
        let outcomes: [Error?] = [
            Self.outcome { _ = try AudioDecoder.decode(input) },
            Self.outcome { _ = try ModelFile.decode(data, file: input.lastPathComponent) },
            Self.outcome { _ = try FeatureTable(csv: text, file: input.lastPathComponent) },
            Self.outcome { _ = try RunLogReader.read(text: text, name: input.lastPathComponent) },
        ]
        for case let error? in outcomes {
            let formatError = try #require(error as? FileFormatError)
            #expect(!formatError.description.contains("\n"))
        }
    }

    @Test func handWrittenHostileInputsAreRejected() throws {
        let named = { (name: String) in fixture("fuzz/\(name)") }
        #expect(throws: FileFormatError.self) { try AudioDecoder.decode(named("nan-float.wav")) }
        #expect(throws: FileFormatError.self) { try AudioDecoder.decode(named("rate-1-hz.wav")) }
        #expect(throws: FileFormatError.self) { try SafeTensors(contentsOf: named("header-length-2-63.safetensors")) }
    }

    private static func outcome(_ body: () throws -> Void) -> Error? {
        do { try body() } catch { return error }
        return nil
    }
}
