import FoundationEssentials

/// Parses Keras' console output of `model.fit` (verbose 1 or 2) into a history.
///
/// The text is cut into the pieces a terminal displays one over the other (at carriage
/// returns and newlines), without ANSI escape sequences and backspaces. A piece
/// `Epoch N/M` starts an epoch (its metrics may follow on the same line, as digitviz prints them);
/// a piece holding ` - name: value` parts is a metrics update.
enum ConsoleLogParser {
    /// One progress update: its metrics in printed order, and whether the bar was full.
    private struct Update {
        var metrics: [(name: String, value: Double)]
        var complete: Bool
        var hasValidation: Bool { metrics.contains { $0.name.hasPrefix("val_") } }
    }

    /// Parses console output; epochs with no complete metrics update are left out.
    static func parse(_ text: String) -> History {
        var history = History()
        var last: Update?
        var lastWithValidation: Update?
        var number: Int?
        var offset = 0.0, previous: Double?
        func endEpoch() {
            if let update = lastWithValidation ?? last, update.complete {
                // "Epoch 101/200" is epoch 100 counted from 0, as CSVLogger counts (a resumed
                // run); a run that starts again at 1 in the same output continues after the last.
                var epoch = Double((number ?? 1) - 1)
                if let previous, epoch + offset <= previous { offset = previous + 1 - epoch }
                epoch += offset
                previous = epoch
                history.append(update.metrics, epoch: epoch)
            }
            last = nil
            lastWithValidation = nil
        }
        var inEpoch = false
        for piece in displayedPieces(of: text) {
            if let header = epochNumber(piece) {
                if inEpoch { endEpoch() }
                inEpoch = true
                number = header
            }
            if inEpoch, let update = update(in: piece) {
                last = update
                if update.hasValidation { lastWithValidation = update }
            }
        }
        if inEpoch { endEpoch() }
        return history
    }

    /// The non-blank texts between `\r` and `\n`, trimmed, with escape sequences and `\b` removed.
    static func displayedPieces(of text: String) -> [String] {
        enum State { case text, escape, controlSequence }
        var pieces: [String] = []
        var current = String.UnicodeScalarView()
        var state = State.text
        func endPiece() {
            let piece = String(current).trimmingWhitespace()
            if !piece.isEmpty { pieces.append(piece) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            switch state {
            case .escape:
                state = scalar == "[" ? .controlSequence : .text
            case .controlSequence:
                if (0x40...0x7E).contains(scalar.value) { state = .text }
            case .text:
                switch scalar {
                case "\u{1B}": state = .escape
                case "\r", "\n": endPiece()
                case "\u{08}": break
                default: current.append(scalar)
                }
            }
        }
        endPiece()
        return pieces
    }

    /// N when a piece starts with `Epoch N/M`, alone (Keras) or followed by ` - ` and the
    /// epoch's metrics on the same line (digitviz's own console output); else `nil`.
    private static func epochNumber(_ piece: String) -> Int? {
        guard piece.hasPrefix("Epoch ") else { return nil }
        let head = piece.components(separatedBy: " - ")[0]
        let counts = head.dropFirst("Epoch ".count).split(separator: "/", omittingEmptySubsequences: false)
        guard counts.count == 2, let number = Int(counts[0]), Int(counts[1]) != nil else { return nil }
        return number
    }

    /// The metrics update in a piece such as `150/150 - 0s - accuracy: 0.96 - loss: 0.11`, if any.
    private static func update(in piece: String) -> Update? {
        let metrics = piece.components(separatedBy: " - ").compactMap(metric)
        guard !metrics.isEmpty else { return nil }
        return Update(metrics: metrics, complete: progressIsFull(piece))
    }

    /// A `name: value` part, where the name is a word and the value a number.
    private static func metric(_ part: String) -> (name: String, value: Double)? {
        let part = part.trimmingWhitespace()
        guard let colon = part.firstRange(of: ": ") else { return nil }
        let name = String(part[..<colon.lowerBound])
        let isWord = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || $0.isAlphanumeric }
        guard isWord, let value = Double(part[colon.upperBound...]) else { return nil }
        return (name, value)
    }

    /// False only when the piece starts with a step count `n/m` where `n < m`.
    private static func progressIsFull(_ piece: String) -> Bool {
        guard let token = piece.split(separator: " ").first else { return true }
        let counts = token.split(separator: "/", omittingEmptySubsequences: false)
        guard counts.count == 2, let step = Int(counts[0]), let total = Int(counts[1]) else { return true }
        return step >= total
    }
}
