/// Turning an ``Axis`` description into a concrete domain and ticks.
extension Axis {
    /// The domain: the fixed one, or the marks' extent widened by `margin` without crossing
    /// a sticky value; a single value is widened as ``NiceTicks`` does; no data gives 0…1.
    func resolvedDomain(marks: [any Mark], horizontal: Bool) -> ClosedRange<Double> {
        if let domain { return domain }
        var extent: ClosedRange<Double>?
        var sticky: [Double] = []
        for mark in marks {
            let bounds = mark.bounds
            extent = DataBounds.union(extent, horizontal ? bounds.x : bounds.y)
            sticky += horizontal ? bounds.stickyX : bounds.stickyY
        }
        guard let extent else { return 0...1 }
        let (low, high) = NiceTicks.nonsingular(extent.lowerBound, extent.upperBound)
        let pad = (high - low) * margin
        var lower = low - pad
        var upper = high + pad
        for value in sticky {
            if value <= low && value > lower { lower = value }
            if value >= high && value < upper { upper = value }
        }
        return lower...upper
    }

    /// Whether automatic ticks are restricted to whole-number steps.
    private var wholeSteps: Bool {
        if case .integers = ticks { return true }
        return false
    }

    /// The ticks shown on an axis `length` units long.
    ///
    /// Automatic ticks allow at most one interval per 3 (horizontal) or 2 (vertical) tick
    /// font sizes, up to 9, as matplotlib; horizontal labels that would touch are thinned.
    func resolvedTicks(domain: ClosedRange<Double>, length: Double, horizontal: Bool, canvas: any DrawingBackend, theme: Theme) -> [Tick] {
        switch ticks {
        case .hidden:
            return []
        case let .explicit(ticks):
            let tolerance = (domain.upperBound - domain.lowerBound) * 1e-9
            return ticks.filter { $0.value >= domain.lowerBound - tolerance && $0.value <= domain.upperBound + tolerance }
        case .automatic, .integers:
            let fontSize = theme.tickFont.pixelSize
            var intervals = min(max(Int(length / (fontSize * (horizontal ? 3 : 2))), 1), 9)
            while true {
                let nice = NiceTicks(
                    lower: domain.lowerBound, upper: domain.upperBound, maxIntervals: intervals,
                    integer: wholeSteps)
                let result = zip(nice.values, nice.labels).map { Tick($0, label: $1) }
                guard horizontal, intervals > 1, nice.values.count > 1 else { return result }
                let spacing = nice.step / (domain.upperBound - domain.lowerBound) * length
                let widest = result.map { canvas.measure($0.label, font: theme.tickFont).width }.max() ?? 0
                if widest + fontSize <= spacing { return result }
                intervals -= 1
            }
        }
    }
}
