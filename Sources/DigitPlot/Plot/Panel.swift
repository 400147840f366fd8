/// One plot: marks in data coordinates, two axes, a title, a legend and an optional colorbar
/// (matplotlib's `Axes`).
///
/// Compose a panel from marks, as a Swift Charts chart, and adjust it with modifiers:
///
/// ```swift
/// Panel(title: "Model Loss vs Epochs") {
///     LineMark(y: trainLoss, name: "Train", color: Palette.tab10(1))
///     LineMark(y: validationLoss, name: "Validation", color: Palette.tab10(2))
///     RuleMark(x: 57, name: "best epoch 57")
/// }
/// .xAxis(Axis(label: "Epochs", ticks: .integers))
/// .yAxis(Axis(label: "Loss"))
/// .legend(.upperRight)
/// ```
///
/// Domains are inferred from the marks' bounds, ticks are ``NiceTicks``, and margins are
/// measured from the text so that no label is clipped.
public struct Panel: Sendable {
    /// Text above the plot, or `nil`.
    public var title: String?
    /// The marks, drawn in order.
    public var marks: [any Mark]
    /// The horizontal axis.
    public var xAxis: Axis
    /// The vertical axis.
    public var yAxis: Axis
    /// Where the legend of named marks goes.
    public var legendPlacement: LegendPlacement
    /// A color scale to the right of the plot, or `nil`.
    public var colorbar: Colorbar?

    /// Creates a panel from marks listed in a closure.
    public init(title: String? = nil, @MarkBuilder content: () -> [any Mark]) {
        self.init(title: title, marks: content())
    }

    /// Creates a panel from an array of marks.
    public init(title: String? = nil, marks: [any Mark]) {
        self.title = title
        self.marks = marks
        self.xAxis = Axis()
        self.yAxis = Axis()
        self.legendPlacement = .upperRight
        self.colorbar = nil
    }

    /// The panel with another horizontal axis.
    public func xAxis(_ axis: Axis) -> Panel { with { $0.xAxis = axis } }
    /// The panel with another vertical axis.
    public func yAxis(_ axis: Axis) -> Panel { with { $0.yAxis = axis } }
    /// The panel with its legend moved (or hidden).
    public func legend(_ placement: LegendPlacement) -> Panel { with { $0.legendPlacement = placement } }
    /// The panel with a colorbar.
    public func colorbar(_ colorbar: Colorbar?) -> Panel { with { $0.colorbar = colorbar } }

    /// The legend rows of the named marks, in mark order.
    public var legendEntries: [LegendEntry] { marks.compactMap(\.legendEntry) }

    private func with(_ change: (inout Panel) -> Void) -> Panel {
        var copy = self
        change(&copy)
        return copy
    }
}
