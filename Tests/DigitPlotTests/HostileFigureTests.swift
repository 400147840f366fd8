import DigitAudio
import Foundation
import Testing
@testable import DigitPlot

/// Figures of extreme inputs are drawn or refused, never written blank.
@Suite struct HostileFigureTests {
    /// A 15-minute clip's MFCCs (past Cairo's 32,767-pixel image limit at one pixel per
    /// frame) are averaged down to at most `maximumColumns` columns and drawn.
    @Test func longMFCCHeatmapIsReducedAndDrawn() throws {
        let frames = 40_000
        let mfcc = (0..<20).map { c in (0..<frames).map { Float(sin(Double($0 + c) / 500)) } }
        let chart = MFCCHeatmap(mfcc: mfcc, title: "long")
        #expect(chart.heatmap.values[0].count == (frames + 9) / 10)
        #expect(chart.heatmap.values[0].count <= MFCCHeatmap.maximumColumns)
        let png = try chart.data(format: .png)
        #expect(png.count > 10_000)
    }

    @Test func columnReductionAveragesGroups() {
        #expect(MFCCHeatmap.reducedColumns([[1, 3, 5, 7, 9]], to: 2) == [[3, 8]])
        #expect(MFCCHeatmap.reducedColumns([[1, 3]], to: 2) == [[1, 3]])
    }

    /// An image wider than Cairo allows puts the context in error: finishing the canvas
    /// throws instead of returning a blank PNG.
    @Test func failedDrawingIsAnErrorNotABlankFigure() throws {
        let canvas = try CairoBackend(format: .png, size: Size(width: 100, height: 100))
        canvas.drawImage(pixels: [UInt32](repeating: 0xFF0000, count: 40_000), width: 40_000, height: 1,
                         in: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(throws: PlotError.self) { try canvas.finish() }
    }
}
