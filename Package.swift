// swift-tools-version:6.0
import PackageDescription

/// Debian packages that provide the C libraries below (installed by `make deps`).
let package = Package(
    name: "digitviz",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DigitAudio", targets: ["DigitAudio", "DigitPlot"]),
        .library(name: "DigitPlot", targets: ["DigitPlot"]),
        .executable(name: "digitviz", targets: ["digitviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `make docs`: the DocC catalogs of DigitAudio and DigitPlot (a command plugin only).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // libsndfile and Cairo are opened on first use (CLibraryLoader), not linked: a command
        // that reads no compressed audio or draws nothing does not load them and the twenty-odd
        // libraries they link. Their headers come from libsndfile1-dev and libcairo2-dev.
        .target(name: "CLibraryLoader", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CSndFile", dependencies: ["CLibraryLoader"]),
        .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),
        // KissFFT without pkgConfig: SwiftPM would drop its -D flags with a warning (float is the default).
        .systemLibrary(name: "CKissFFT"),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CCairo", dependencies: ["CLibraryLoader"]),
        .target(name: "CKernels"),
        .target(
            name: "DigitAudio",
            dependencies: ["CSndFile", "CSoxr", "CKissFFT", "CKernels"]
        ),
        .target(name: "DigitPlot", dependencies: ["DigitAudio", "CCairo", "CZlib"]),
        .executableTarget(
            name: "digitviz",
            dependencies: [
                "DigitAudio", "DigitPlot", "CKernels",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "digitviz-bench", dependencies: ["DigitAudio", "DigitPlot", "CKernels"], path: "Sources/digitviz-bench"),
        // Seeded mutation fuzzing of the file parsers (scripts/fuzz.sh, make fuzz); no product depends on it.
        .executableTarget(name: "digitviz-fuzz", dependencies: ["DigitAudio"], path: "Sources/digitviz-fuzz"),
        .testTarget(name: "DigitAudioTests", dependencies: ["DigitAudio"], resources: [.copy("Fixtures")]),
        .testTarget(name: "DigitPlotTests", dependencies: ["DigitPlot", "DigitAudio", "CCairo"]),
        .testTarget(name: "digitvizTests", dependencies: ["digitviz", "DigitAudio", "DigitPlot"]),
    ],
    swiftLanguageModes: [.v6]
)
