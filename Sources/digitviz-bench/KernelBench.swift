import CKernels

/// GFLOP/s of the dense-layer kernels on the original network's shapes, batch 16, best of
/// 5, on one thread and split between two (a CKernels team).
func benchmarkKernels() {
    let team = ckernels_team_create()
    defer { ckernels_team_destroy(team) }
    for (name, team) in [("1 thread", nil), ("2 threads", team)] {
        print("\(name):")
        benchmarkKernels(team: team)
    }
}

private func benchmarkKernels(team: OpaquePointer?) {
    let shapes = [(40, 128), (128, 256), (256, 128), (128, 10)]
    let rows = 16
    for (inputs, outputs) in shapes {
        let x = (0..<rows * inputs).map { _ in Float.random(in: -1...1) }
        let w = (0..<inputs * outputs).map { _ in Float.random(in: -1...1) }
        let b = [Float](repeating: 0.1, count: outputs)
        let g = (0..<rows * outputs).map { _ in Float.random(in: -1...1) }
        var y = [Float](repeating: 0, count: rows * outputs)
        var dw = [Float](repeating: 0, count: inputs * outputs), db = [Float](repeating: 0, count: outputs)
        var dx = [Float](repeating: 0, count: rows * inputs)
        let reps = 20_000
        let flops = Double(2 * rows * inputs * outputs * reps) / 1e9
        var f = 1e9, k = 1e9, i = 1e9
        for _ in 0..<5 {
            f = min(f, seconds { for _ in 0..<reps { ckernels_dense_forward(team, x, rows, inputs, w, b, outputs, &y) } })
            k = min(k, seconds { for _ in 0..<reps { ckernels_dense_kernel_gradient(team, x, g, rows, inputs, outputs, &dw, &db) } })
            i = min(i, seconds { for _ in 0..<reps { ckernels_dense_input_gradient(team, g, w, rows, inputs, outputs, &dx) } })
        }
        print(String(cFormat: "  %3d×%3d: forward %5.1f GFLOP/s (%.2f µs), kernel gradient %5.1f (%.2f µs), input gradient %5.1f (%.2f µs)",
                     inputs, outputs, flops / f, 1e6 * f / Double(reps), flops / k, 1e6 * k / Double(reps), flops / i, 1e6 * i / Double(reps)))
    }
    let count = 71_936
    var p = (0..<count).map { _ in Float.random(in: -1...1) }
    let grad = (0..<count).map { _ in Float.random(in: -1...1) }
    var m = [Float](repeating: 0, count: count), v = [Float](repeating: 0, count: count)
    var a = 1e9
    for _ in 0..<5 { a = min(a, seconds { for _ in 0..<2000 { ckernels_adam_update(team, &p, grad, &m, &v, count, 1e-3, 0.1, 0.001, 1e-7) } }) }
    print(String(cFormat: "  Adam, %d parameters: %.2f µs per step", count, 1e6 * a / 2000))
}
