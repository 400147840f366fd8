import Testing
@testable import DigitPlot

@Test func placeholderDigitPlot() { #expect(Bool(true)) }
