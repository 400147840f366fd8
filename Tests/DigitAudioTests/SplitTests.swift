import Foundation
import Testing
@testable import DigitAudio

@Suite struct SplitTests {
    @Test func parsesItsTextForms() throws {
        #expect(try Split(parsing: "random") == .random(testFraction: 0.2, seed: 42))
        #expect(try Split(parsing: "random", testFraction: 0.3, seed: 9) == .random(testFraction: 0.3, seed: 9))
        #expect(try Split(parsing: "official") == .official)
        #expect(try Split(parsing: "speaker:jackson") == .speaker("jackson"))
        #expect(Split.speaker("jackson").description == "speaker:jackson")
        #expect(throws: InputError.self) { try Split(parsing: "speaker:") }
        #expect(throws: InputError.self) { try Split(parsing: "holdout") }
        #expect(throws: InputError.self) { try Split(parsing: "random", testFraction: 1) }
    }

    @Test func randomIsStratifiedSeededAndDisjoint() throws {
        let recordings = syntheticTable(perDigit: 12).recordings
        let (train, test) = try Split.random(testFraction: 0.25, seed: 42).apply(to: recordings)
        #expect(Set(train).isDisjoint(with: test))
        #expect(train.count + test.count == recordings.count)
        for digit in 0..<10 { #expect(test.filter { recordings[$0].digit == digit }.count == 3) }
        #expect(try Split.random(testFraction: 0.25, seed: 42).apply(to: recordings).test == test)
        #expect(try Split.random(testFraction: 0.25, seed: 43).apply(to: recordings).test != test)
    }

    @Test func officialPutsTakesZeroToFourInTest() throws {
        let recordings = syntheticTable(perDigit: 12).recordings  // takes 0–5 per speaker
        let (train, test) = try Split.official.apply(to: recordings)
        #expect(test.allSatisfy { recordings[$0].index! < 5 })
        #expect(train.allSatisfy { recordings[$0].index! >= 5 })
        #expect(test.count == 100 && train.count == 20)
    }

    @Test func officialNeedsTakeNumbers() {
        var recordings = syntheticTable().recordings
        recordings[3].index = nil
        let error = #expect(throws: InputError.self) { try Split.official.apply(to: recordings) }
        #expect(error?.message.contains("0_bob_1.wav") == true)
    }

    @Test func speakerHoldsOneVoiceOutAndListsKnownOnes() throws {
        let recordings = syntheticTable().recordings
        let (train, test) = try Split.speaker("bob").apply(to: recordings)
        #expect(test.allSatisfy { recordings[$0].speaker == "bob" })
        #expect(train.allSatisfy { recordings[$0].speaker == "alice" })
        #expect(throws: InputError("unknown speaker 'carol'; known speakers: alice, bob")) {
            try Split.speaker("carol").apply(to: recordings)
        }
    }

    @Test func refusesOneDigitOrTooFewRecordings() {
        let one = [Recording(url: URL(fileURLWithPath: "1_a_0.wav"), digit: 1, speaker: "a", index: 0)]
        #expect(throws: InputError("need recordings of at least two digits to split, found 1")) {
            try Split.random(testFraction: 0.2, seed: 1).apply(to: one)
        }
        let two = [0, 1].map { Recording(url: URL(fileURLWithPath: "\($0)_a_0.wav"), digit: $0, speaker: "a", index: 0) }
        #expect(throws: InputError.self) { try Split.random(testFraction: 0.2, seed: 1).apply(to: two) }
        #expect(throws: InputError.self) { try Split.speaker("a").apply(to: two) }
    }
}
