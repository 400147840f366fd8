import DigitAudio
import FoundationEssentials
import Glibc

/// Where the time of `digitviz features DATA` goes, stage by stage on one thread, with the
/// components `FeatureWorkspace` uses: scan, decode (libsndfile), resample (libsoxr HQ, in
/// the extractor's batches; the filter design measured apart), then per STFT frame the
/// window and FFT, the mel filters, then dB, DCT and pooling; the whole MFCC as
/// `FeatureWorkspace` computes it for comparison; the CSV text.
func profileFeatures(data: URL) throws {
    let configuration = FeatureConfiguration.standard
    let target = configuration.sampleRate!
    let clock = StageClock()
    let scan = try DatasetScanner().scan(data)
    clock.lap("scan folder")
    let urls = scan.recordings.map(\.url)

    let clips = try urls.map { try AudioDecoder.decode($0) }
    clock.lap("decode (libsndfile, checks)")

    // Resampling as the extractor batches it: files by size, `batchSize` at a time.
    let loader = AudioLoader(targetRate: target)
    let bySize = clips.indices.sorted { (clips[$0].samples.count, $0) < (clips[$1].samples.count, $1) }
    var resampled = clips
    for start in stride(from: 0, to: bySize.count, by: AudioLoader.batchSize) {
        let batch = Array(bySize[start..<min(start + AudioLoader.batchSize, bySize.count)])
        for (index, clip) in zip(batch, loader.resample(batch: batch.map { clips[$0] })) { resampled[index] = clip }
    }
    clock.lap("resample (libsoxr HQ, batches)")
    let batches = (clips.count + AudioLoader.batchSize - 1) / AudioLoader.batchSize
    let rates = Dictionary(grouping: clips, by: \.sampleRate).keys.sorted()
    // libsoxr's fixed costs, in CPU time: a state for one and for `batchSize` one-sample
    // signals; the difference is what each channel costs at the least (its flush).
    var design = 0.0, perChannel = 0.0
    if let rate = rates.first, rate != target {
        func cost(_ channels: Int) -> Double {
            let resampler = Resampler(from: rate, to: target, channels: channels)
            let tiny = [[Float]](repeating: [0], count: channels)
            return (0..<5).map { _ in cpuSeconds { for _ in 0..<20 { _ = resampler.resample(batch: tiny) } } / 20 }.min()!
        }
        let one = cost(1), many = cost(AudioLoader.batchSize)
        perChannel = (many - one) / Double(AudioLoader.batchSize - 1)
        design = one - perChannel
    }

    // The MFCC stages, with the analyzer's own parts.
    let n = configuration.fftSize, hop = configuration.hopLength
    let fft = RealFFT(size: n)
    let window = (0..<n).map { Float(0.5 - 0.5 * cos(2 * Double.pi * Double($0) / Double(n))) }
    let filterbank = MelFilterbank(sampleRate: target, fftSize: n, bands: configuration.melBands)
    let dct = DCTMatrix(outputs: configuration.coefficients, inputs: configuration.melBands)
    var frameCount = 0
    var fftTime = 0.0, windowTime = 0.0, melTime = 0.0, dbTime = 0.0, dctTime = 0.0, poolTime = 0.0
    var frame = [Float](repeating: 0, count: n), power = [Float](repeating: 0, count: filterbank.bins)
    for clip in resampled {
        let frames = 1 + clip.samples.count / hop
        frameCount += frames
        var padded = [Float](repeating: 0, count: clip.samples.count + n)
        for (i, x) in clip.samples.enumerated() { padded[n / 2 + i] = x }
        var mel = [Float](repeating: 0, count: frames * configuration.melBands)
        for t in 0..<frames {
            windowTime += seconds { for i in 0..<n { frame[i] = padded[t * hop + i] * window[i] } }
            fftTime += seconds { frame.withUnsafeBufferPointer { f in power.withUnsafeMutableBufferPointer { fft.powerSpectrum(f.baseAddress!, into: $0.baseAddress!) } } }
            melTime += seconds { power.withUnsafeBufferPointer { p in mel.withUnsafeMutableBufferPointer { filterbank.apply(p.baseAddress!, into: $0.baseAddress! + t * configuration.melBands) } } }
        }
        dbTime += seconds {
            let peak = mel.withUnsafeMutableBufferPointer { Decibels.convert($0.baseAddress!, count: $0.count) }
            for i in mel.indices where mel[i] < peak - configuration.topDB { mel[i] = peak - configuration.topDB }
        }
        var cepstrum = [Float](repeating: 0, count: configuration.coefficients * frames)
        dctTime += seconds { dct.apply(mel, frames: frames, into: &cepstrum) }
        let matrix = MFCCMatrix(coefficients: configuration.coefficients, frames: frames, values: cepstrum,
                                sampleRate: target, hopLength: hop)
        poolTime += seconds { _ = matrix.pooled(configuration.pooling) }
    }
    clock.restart()
    let workspace = FeatureWorkspace(configuration: configuration)
    var vectors: [Float] = []
    for clip in resampled { vectors += workspace.mfcc(of: clip).pooled(configuration.pooling) }
    clock.lap("MFCC + pooling as FeatureWorkspace does")
    let table = FeatureTable(dimension: configuration.dimension, features: vectors, recordings: scan.recordings)
    _ = table.csvText()
    clock.lap("CSV text")

    var stages = clock.stages
    let mfccIndex = stages.firstIndex { $0.name.hasPrefix("MFCC") }!
    let mfccTotal = stages[mfccIndex].seconds
    let parts = [("  window (per frame)", windowTime), ("  FFT, power (per frame)", fftTime), ("  mel filters (per frame)", melTime),
                 ("  dB, top_db clip", dbTime), ("  DCT", dctTime), ("  pooling", poolTime)]
    stages.remove(at: mfccIndex)
    stages.insert(contentsOf: parts.map { (name: $0.0, seconds: $0.1 * mfccTotal / max(parts.reduce(0) { $0 + $1.1 }, 1e-12)) },
                  at: mfccIndex)
    printProfile(String(cFormat: "profile: features of %d files on one thread (%d STFT frames; %d libsoxr states of %d channels: each state %.0f µs of CPU, %.3f s in all, each channel at least %.0f µs)",
                        urls.count, frameCount, batches, AudioLoader.batchSize, design * 1e6, design * Double(batches), perChannel * 1e6),
                 stages: stages, units: urls.count, unit: "file")
    print(String(cFormat: "  (MFCC stages timed apart, scaled to FeatureWorkspace's MFCC time %.3f s; timed apart they sum to %.3f s)",
                 mfccTotal, parts.reduce(0) { $0 + $1.1 }))
}
