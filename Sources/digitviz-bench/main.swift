// In-process benchmarks and profiles of the core, run by `make bench` (scripts/bench.sh):
//
//   digitviz-bench predict DATA MODEL    prediction latency per file, one thread
//   digitviz-bench features DATA         where the time of `digitviz features` goes, by stage
//   digitviz-bench train CSV             where the time of `digitviz train CSV --original` goes
//   digitviz-bench figures DATA MODEL LOG where the time of `digitviz figures … --original-figures` goes
//   digitviz-bench kernels               GFLOP/s of the dense-layer kernels, µs of an Adam step
//   digitviz-bench time LABEL N CMD...   a whole process run N times, timed to the microsecond
//
// Profiles run on one thread, so the stages add up to the CPU time of the job.
import CKernels
import DigitAudio
import FoundationEssentials
import Glibc

// As the digitviz command does (see MemoryReuse there): freed memory is kept for reuse.
ckernels_keep_freed_memory(32 << 20, 64 << 20)

let arguments = CommandLine.arguments
let usage = "usage: digitviz-bench predict DATA MODEL | features DATA | train CSV | figures DATA MODEL LOG | kernels"
    + " | time LABEL N COMMAND...\n"
guard arguments.count >= 2 else {
    StandardStream.error.write(usage)
    exit(2)
}
switch (arguments[1], arguments.count) {
case ("predict", 4):
    try benchmarkPrediction(data: URL(fileURLWithPath: arguments[2]), model: URL(fileURLWithPath: arguments[3]))
case ("features", 3):
    try profileFeatures(data: URL(fileURLWithPath: arguments[2]))
case ("figures", 5):
    try profileFigures(data: URL(fileURLWithPath: arguments[2]), model: URL(fileURLWithPath: arguments[3]),
                       log: URL(fileURLWithPath: arguments[4]))
case ("time", 5...) where Int(arguments[3]).map({ $0 > 0 }) == true:
    try timeProcess(label: arguments[2], count: Int(arguments[3])!, command: Array(arguments[4...]))
case ("kernels", 2):
    benchmarkKernels()
case ("train", 3):
    try profileTraining(csv: URL(fileURLWithPath: arguments[2]))
default:
    StandardStream.error.write(usage)
    exit(2)
}
