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

    /// A subcommand parsed alone (the fast path) answers as the whole tree does: usage
    /// errors name `digitviz COMMAND`, `--version` and the completion script still work
    /// after a subcommand, and a wrong option is still a usage error.
    @Test(arguments: ["predict", "robustness"]) func subcommandsParseAsTheTreeDoes(command: String) throws {
        let missing = try CommandRunner.run([command])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("Usage: digitviz \(command) <model>"), "\(missing.stderr)")
        let version = try CommandRunner.run([command, "--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(version.stdout)")
        let script = try CommandRunner.run([command, "--generate-completion-script", "bash"])
        #expect(script.status == 0)
        #expect(script.stdout.contains("_digitviz()"))
        let wrong = try CommandRunner.run([command, "model.safetensors", "data", "--no-such-option"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.contains("Unknown option '--no-such-option'"), "\(wrong.stderr)")
    }
}
