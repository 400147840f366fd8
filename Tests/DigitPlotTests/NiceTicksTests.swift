import Foundation
import Testing
@testable import DigitPlot

@Suite struct NiceTicksTests {
    @Test func unitRangeUsesStepsOfPointTwo() {
        let ticks = NiceTicks(lower: 0, upper: 0.93)
        #expect(ticks.values == [0, 0.2, 0.4, 0.6, 0.8])
        #expect(ticks.labels == ["0.0", "0.2", "0.4", "0.6", "0.8"])
    }

    @Test func twoHundredEpochsUseStepsOfTwentyFive() {
        let ticks = NiceTicks(lower: -9.95, upper: 208.95, integer: true)
        #expect(ticks.values == [0, 25, 50, 75, 100, 125, 150, 175, 200])
        #expect(ticks.labels.last == "200")
    }

    @Test func negativeRangesUseATrueMinus() {
        let ticks = NiceTicks(lower: -3.7, upper: -0.2)
        #expect(ticks.values == [-3.5, -3, -2.5, -2, -1.5, -1, -0.5])
        #expect(ticks.labels.first == "−3.5")
        #expect(NiceTicks(lower: -0.53, upper: 0.53).labels == ["−0.4", "−0.2", "0.0", "0.2", "0.4"])
    }

    @Test func quarterStepsKeepTwoDecimals() {
        #expect(NiceTicks(lower: 0, upper: 1, maxIntervals: 4).labels == ["0.00", "0.25", "0.50", "0.75", "1.00"])
    }

    @Test(arguments: [(1.0, 1.000_000_4), (0.0, 3e-9), (-2e-12, 5e-12), (1e12, 1e12 + 3), (123_456.0, 123_456.01)])
    func tinyRangesGetDistinctExactLabels(lower: Double, upper: Double) {
        let ticks = NiceTicks(lower: lower, upper: upper)
        #expect((2...10).contains(ticks.values.count))
        #expect(Set(ticks.labels).count == ticks.labels.count)
        #expect(ticks.values.allSatisfy { $0 >= lower && $0 <= upper })
        for (value, label) in zip(ticks.values, ticks.labels) {
            let parsed = Double(label.replacingOccurrences(of: "−", with: "-"))
            #expect(parsed.map { abs($0 - value) <= ticks.step * 1e-6 } == true, "\(label) for \(value)")
        }
    }

    @Test(arguments: [0.0, 5, -2.5, 1e-20])
    func singleValueStillGetsTicks(value: Double) {
        let ticks = NiceTicks(lower: value, upper: value)
        #expect(ticks.values.count >= 2)
        #expect(ticks.values.contains { abs($0 - value) <= ticks.step * 1e-9 })
    }

    @Test func tickCountRespectsTheLimit() {
        for (lower, upper) in [(0.0, 1.0), (-7.3, 12.9), (0.001, 0.0173), (3.0, 47_000.0), (-1e5, -3.0)] {
            for limit in 1...9 {
                let ticks = NiceTicks(lower: lower, upper: upper, maxIntervals: limit)
                // More than limit + 1 only when a larger step would leave fewer than two ticks.
                #expect(ticks.values.count <= max(limit + 1, 3), "\(lower)…\(upper) / \(limit): \(ticks.values)")
                #expect(ticks.values.count >= 2)
                let mantissa = ticks.step / pow(10, floor(log10(ticks.step)))
                #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 })
            }
        }
    }

    @Test func integerTicksNeverStepBelowOne() {
        #expect(NiceTicks(lower: 0, upper: 3, integer: true).values == [0, 1, 2, 3])
        #expect(NiceTicks(lower: -0.05, upper: 0.05, integer: true).values == [0])
        #expect(NiceTicks(lower: -0.5, upper: 39.5, integer: true).values == [0, 5, 10, 15, 20, 25, 30, 35])
        #expect(NiceTicks(lower: 0, upper: 20, maxIntervals: 8, integer: true).step == 5)
    }

    @Test func nonFiniteRangesGiveNoTicks() {
        #expect(NiceTicks(lower: 0, upper: .infinity).values.isEmpty)
        #expect(NiceTicks(lower: .nan, upper: 1).values.isEmpty)
    }

    @Test func numberFormatting() {
        #expect(NumberFormat.decimal(0.6000000000000001, decimals: 1) == "0.6")
        #expect(NumberFormat.decimal(-0.0001, decimals: 1) == "0.0")
        #expect(NumberFormat.decimal(-2.5, decimals: 1) == "−2.5")
        #expect(NumberFormat.grouped(72_458) == "72,458")
        #expect(NumberFormat.grouped(999) == "999")
        #expect(NumberFormat.grouped(-1_234_567) == "−1,234,567")
        #expect(NumberFormat.shortest(0.25) == "0.25")
        #expect(NumberFormat.shortest(3) == "3")
    }
}
