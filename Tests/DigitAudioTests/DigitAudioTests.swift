import Testing
@testable import DigitAudio

@Test func placeholderDigitAudio() { #expect(Bool(true)) }
