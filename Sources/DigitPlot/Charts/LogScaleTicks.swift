import DigitAudio
import Glibc

/// A base-10 log scale for a chart's y values: values map to their `log10` (so a linear
/// axis draws them), ticks sit at the decades (and at 2 and 5 times them when fewer than
/// two decades are spanned) labelled with the real values.
struct LogScaleTicks {
    /// The lowest and highest decade exponent around the finite positive values.
    let decades: ClosedRange<Int>

    /// A scale for `values`, or `nil` when one of the finite values is not positive (or none is finite).
    init?(values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max(), low > 0 else { return nil }
        decades = Int(log10(low).rounded(.down))...Int(log10(high).rounded(.up))
    }

    /// The axis position of a value: `log10(value)`, `nan` (a gap) when it is not positive and finite.
    func position(_ value: Double) -> Double {
        value > 0 && value.isFinite ? log10(value) : .nan
    }

    /// Ticks at the decades (plus 2× and 5× over a short span), labelled with their values.
    var ticks: [Tick] {
        let multiples: [Double] = decades.count <= 2 ? [1, 2, 5] : [1]
        return decades.flatMap { exponent in
            multiples.map { multiple in
                let value = multiple * pow(10, Double(exponent))
                return Tick(log10(value), label: String(cFormat: "%g", value))
            }
        }
    }
}
