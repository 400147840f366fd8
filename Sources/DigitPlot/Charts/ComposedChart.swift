/// A chart drawn as a composed ``Figure`` of panels and marks.
///
/// Conforming charts build their figure from plain values; drawing delegates to it, so a
/// caller can also take `figure`, change a panel, and render that.
public protocol ComposedChart: Renderable {
    /// The figure this chart draws.
    var figure: Figure { get }
}

extension ComposedChart {
    /// Draws `figure`.
    public func draw(on canvas: any DrawingBackend) {
        figure.draw(on: canvas)
    }

    /// The composed figure, titled `title` (see ``Figure/retitled(_:)``).
    public func retitled(_ title: String) -> any Renderable {
        figure.retitled(title)
    }
}
