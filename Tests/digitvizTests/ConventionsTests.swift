import Foundation
import Testing

/// Every subcommand follows the same conventions: --quiet, --help naming its default
/// output, and the figure options on every command that draws.
@Suite struct ConventionsTests {
    static let commands = ["features", "train", "evaluate", "predict", "waveplots", "countplot", "curves", "architecture",
                           "confusion", "mfcc", "figures", "crossval"]
    static let drawing = ["waveplots", "countplot", "curves", "architecture", "confusion", "mfcc", "figures", "crossval"]

    @Test(arguments: commands) func helpListsQuietAndDefaults(command: String) throws {
        let help = try CommandRunner.run([command, "--help"])
        #expect(help.status == 0)
        let text = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("-q, --quiet"), "\(command)")
        if Self.drawing.contains(command) {
            for option in ["--title", "--size <w,h>", "--dpi", "--theme", "--format"] {
                #expect(text.contains(option), "\(command) \(option)")
            }
        }
        let defaults = ["features": "(default: features.csv)", "train": "(default: model.safetensors)", "waveplots": "(default: waveplots)",
                        "countplot": "(default: countplot.png)", "curves": "(default: curves)", "architecture": "(default: graph.png)",
                        "confusion": "(default: confusion.png)", "mfcc": "(default: mfcc)", "figures": "(default: figures)",
                        "crossval": "(default: crossval.png)"]
        if let expected = defaults[command] { #expect(text.contains(expected), "\(command)") }
    }
}
