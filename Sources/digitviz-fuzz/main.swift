import DigitAudio
import FoundationEssentials
import Glibc

// digitviz-fuzz: seeded random mutation of seed inputs, fed in-process to each parser of
// untrusted files: WAV (through libsndfile and AudioReader), safetensors (and the model
// file on top), features CSV, run logs. A parser may throw; it must not crash, hang or
// allocate without bound. An input that crashes the process is in the file named by
// `--current` (rewritten before every execution); scripts/fuzz.sh keeps it as a fixture.
//
// Usage: digitviz-fuzz SECONDS_PER_TARGET SEED_FOLDER WORK_FOLDER [TARGET…]

/// One parser under test and how to run it on bytes.
struct FuzzTarget {
    var name: String
    var seedExtensions: Set<String>
    var run: (Data, URL) -> Void
}

let arguments = CommandLine.arguments
guard arguments.count >= 4, let seconds = Double(arguments[1]) else {
    StandardStream.error.write("usage: digitviz-fuzz SECONDS SEEDS WORK [wav|safetensors|csv|runlog …]\n")
    exit(2)
}
let seedFolder = URL(fileURLWithPath: arguments[2])
let work = URL(fileURLWithPath: arguments[3])
try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

let targets = [
    FuzzTarget(name: "wav", seedExtensions: ["wav"]) { data, scratch in
        let url = scratch.appendingPathExtension("wav")
        try? data.write(to: url)
        if let reader = try? AudioReader(url), !reader.exceeds(.analysis) {
            _ = try? reader.clip()
        }
    },
    FuzzTarget(name: "safetensors", seedExtensions: ["safetensors"]) { data, _ in
        _ = try? ModelFile.decode(data, file: "fuzz")
    },
    FuzzTarget(name: "csv", seedExtensions: ["csv"]) { data, _ in
        _ = try? FeatureTable(csv: String(decoding: data, as: UTF8.self), file: "fuzz")
    },
    FuzzTarget(name: "runlog", seedExtensions: ["log", "csv", "txt"]) { data, _ in
        _ = try? RunLogReader.read(text: String(decoding: data, as: UTF8.self), name: "fuzz")
    },
]

/// Mutations of byte strings: flips, overwrites with interesting values, insertions,
/// deletions, duplicated stretches and splices with another seed.
struct Mutator {
    var generator: SeededGenerator
    static let interesting: [[UInt8]] = [[0], [0xFF], [0x7F], [0x80], [0xFF, 0xFF, 0xFF, 0xFF], [0, 0, 0, 0x80],
                                         [0xFF, 0xFF, 0xFF, 0x7F], Array("NaN".utf8), Array("-1".utf8), Array("1e999".utf8),
                                         Array("\"".utf8), Array(",".utf8), Array("\n".utf8), Array("{".utf8), Array("]".utf8)]

    mutating func next(_ below: Int) -> Int { Int(generator.next() % UInt64(max(below, 1))) }

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0...next(4) {
            let at = next(bytes.count + 1)
            switch next(7) {
            case 0 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] ^= UInt8(1 << next(8))
            case 1 where !bytes.isEmpty: bytes[min(at, bytes.count - 1)] = UInt8(truncatingIfNeeded: generator.next())
            case 2:
                let value = Self.interesting[next(Self.interesting.count)]
                let end = min(bytes.count, at + value.count)
                bytes.replaceSubrange(at..<end, with: value)
            case 3: bytes.insert(contentsOf: Self.interesting[next(Self.interesting.count)], at: at)
            case 4 where !bytes.isEmpty: bytes.removeSubrange(at..<min(bytes.count, at + 1 + next(16)))
            case 5 where at < bytes.count:
                let end = min(bytes.count, at + 1 + next(64))
                bytes.insert(contentsOf: bytes[at..<end], at: next(bytes.count + 1))
            default:
                let cut = next(other.count + 1)
                bytes = Array(bytes.prefix(at)) + other.suffix(from: cut)
            }
        }
        return Array(bytes.prefix(1 << 20))
    }
}

let chosen = arguments.count > 4 ? Set(arguments[4...]) : Set(targets.map(\.name))
let seedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path)) ?? []).map(seedFolder.appendingPathComponent)
var total = 0
for target in targets where chosen.contains(target.name) {
    let seeds = seedFiles.filter { target.seedExtensions.contains($0.pathExtension) }.sorted { $0.path < $1.path }
        .compactMap { try? [UInt8](Data(contentsOf: $0)) }
    guard !seeds.isEmpty else {
        StandardStream.error.write("\(target.name): no seeds in \(seedFolder.path)\n")
        exit(2)
    }
    var mutator = Mutator(generator: SeededGenerator(seed: UInt64(target.name.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }.magnitude)))
    let current = work.appendingPathComponent("current-\(target.name)")
    let scratch = work.appendingPathComponent("scratch-\(target.name)")
    let deadline = Date().addingTimeInterval(seconds)
    var executions = 0
    // Every seed as it is first, then mutations until the deadline.
    while Date() < deadline || executions < seeds.count {
        let input = executions < seeds.count ? seeds[executions]
            : mutator.mutate(seeds[mutator.next(seeds.count)], other: seeds[mutator.next(seeds.count)])
        let data = Data(input)
        try data.write(to: current)
        target.run(data, scratch)
        executions += 1
    }
    total += executions
    print("\(target.name): \(executions) executions in \(Int(seconds)) s, 0 crashes")
}
print("total: \(total) executions, 0 crashes")
