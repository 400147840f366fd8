import ArgumentParser
import DigitAudio
import Foundation

/// The `digitviz` command: spoken-digit audio features, training and figures.
@main
struct DigitViz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digitviz",
        abstract: "Spoken-digit audio: MFCC features, a digit classifier, and figures.",
        subcommands: [FeaturesCommand.self]
    )

    /// Runs the command; errors about input files become one line on stderr and exit 1.
    static func main() {
        OpenBLASThreads.pinToOneThread()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as FileFormatError {
            Console.error("digitviz: \(error)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)
        }
    }
}
