/// A whole figure: panels arranged in a grid of equal cells on one canvas.
///
/// Like plotters' drawing areas, the figure splits the canvas and each panel lays itself
/// out in its cell; the figure adapts to whatever size it is rendered at.
public struct Figure: Renderable {
    /// The panels, row by row.
    public var panels: [Panel]
    /// Panels per row.
    public var columns: Int
    /// The size used when `render` is given none.
    public var defaultSize: Size
    /// Colors and fonts.
    public var theme: Theme
    /// The title stored in SVG and PDF output; the first panel's title when `nil`.
    public var title: String?

    /// Creates a figure of panels laid out `columns` to a row.
    public init(size: Size, columns: Int = 1, theme: Theme = .standard, title: String? = nil, panels: [Panel]) {
        precondition(columns > 0, "a figure needs at least one column")
        self.panels = panels
        self.columns = columns
        self.defaultSize = size
        self.theme = theme
        self.title = title
    }

    /// Creates a figure holding one panel.
    public init(size: Size, theme: Theme = .standard, title: String? = nil, panel: Panel) {
        self.init(size: size, theme: theme, title: title, panels: [panel])
    }

    /// The explicit title or the first panel's.
    public var documentTitle: String? { title ?? panels.first?.title }

    /// The figure with `title` as its document title and its first panel's title.
    public func retitled(_ title: String) -> any Renderable {
        var figure = self
        figure.title = title
        if !figure.panels.isEmpty { figure.panels[0].title = title }
        return figure
    }

    /// Draws each panel in its cell.
    public func draw(on canvas: any DrawingBackend) {
        let rows = (panels.count + columns - 1) / columns
        guard rows > 0 else { return }
        let width = canvas.size.width / Double(columns)
        let height = canvas.size.height / Double(rows)
        for (index, panel) in panels.enumerated() {
            let cell = Rect(x: Double(index % columns) * width, y: Double(index / columns) * height, width: width, height: height)
            panel.draw(on: canvas, in: cell, theme: theme)
        }
    }
}
