#include "ckernels.h"
#include <stdbool.h>
#include <stdlib.h>

// The matrix products of a small dense network (see Dense.swift), written for the shapes
// it has: a batch of 16 rows through layers of 10 to 256 units. Two builds of each kernel:
// AVX2 with FMA for the CPUs that have both (chosen once, at the first call), and plain C.
// Each build sums in one fixed order, so results are the same from run to run on one CPU;
// the two builds differ by rounding (FMA rounds once).
#pragma STDC FP_CONTRACT OFF

// C (m × n, row stride ldc) = init + A · B, where A(i, p) = a[i·a_row + p·a_col] (m × k)
// and B(p, j) = b[p·ldb + j] (k × n). `init` is a row added to every row of C (a bias) or
// NULL for zero.
static void gemm_plain(size_t m, size_t n, size_t k, const float *a, size_t a_row, size_t a_col,
                       const float *b, size_t ldb, const float *init, float *c, size_t ldc) {
    for (size_t i = 0; i < m; i++) {
        float *row = c + i * ldc;
        for (size_t j = 0; j < n; j++) row[j] = init ? init[j] : 0;
        for (size_t p = 0; p < k; p++) {
            float x = a[i * a_row + p * a_col];
            const float *brow = b + p * ldb;
            for (size_t j = 0; j < n; j++) row[j] += x * brow[j];
        }
    }
}

// C (m × n) = G · Wᵀ: C(i, j) = Σ_p g[i·k + p] · w[j·k + p] (G is m × k, W is n × k).
static void gemm_nt_plain(size_t m, size_t n, size_t k, const float *g, const float *w, float *c) {
    for (size_t i = 0; i < m; i++) {
        for (size_t j = 0; j < n; j++) {
            float sum = 0;
            for (size_t p = 0; p < k; p++) sum += g[i * k + p] * w[j * k + p];
            c[i * n + j] = sum;
        }
    }
}

#if defined(__x86_64__)
#include <immintrin.h>

#define AVX2 __attribute__((target("avx2,fma")))

// Lanes 0 ..< count set: a mask for the last, partial vector of a row.
AVX2 static inline __m256i lane_mask(size_t count) {
    const __m256i index = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    return _mm256_cmpgt_epi32(_mm256_set1_epi32((int)count), index);
}

// R rows × 16 columns of C (R ≤ 6), the last `width` ≤ 16 of them valid: 2R accumulators
// over the whole of k, then one store each.
#define GEMM_BLOCK(R)                                                                                     \
    AVX2 static void gemm_block_##R(size_t k, const float *a, size_t a_row, size_t a_col, const float *b,  \
                                     size_t ldb, const float *init, float *c, size_t ldc, size_t width) {  \
        __m256i m0 = lane_mask(width), m1 = lane_mask(width > 8 ? width - 8 : 0);                           \
        bool full = width == 16;                                                                            \
        __m256 acc[R][2];                                                                                   \
        __m256 i0 = _mm256_setzero_ps(), i1 = _mm256_setzero_ps();                                          \
        if (init) {                                                                                         \
            i0 = full ? _mm256_loadu_ps(init) : _mm256_maskload_ps(init, m0);                               \
            i1 = full ? _mm256_loadu_ps(init + 8) : _mm256_maskload_ps(init + 8, m1);                       \
        }                                                                                                   \
        for (int r = 0; r < R; r++) { acc[r][0] = i0; acc[r][1] = i1; }                                      \
        for (size_t p = 0; p < k; p++) {                                                                    \
            const float *brow = b + p * ldb;                                                                \
            __m256 b0 = full ? _mm256_loadu_ps(brow) : _mm256_maskload_ps(brow, m0);                        \
            __m256 b1 = full ? _mm256_loadu_ps(brow + 8) : _mm256_maskload_ps(brow + 8, m1);                \
            const float *acol = a + p * a_col;                                                              \
            for (int r = 0; r < R; r++) {                                                                   \
                __m256 x = _mm256_broadcast_ss(acol + r * a_row);                                           \
                acc[r][0] = _mm256_fmadd_ps(x, b0, acc[r][0]);                                              \
                acc[r][1] = _mm256_fmadd_ps(x, b1, acc[r][1]);                                              \
            }                                                                                               \
        }                                                                                                   \
        for (int r = 0; r < R; r++) {                                                                       \
            if (full) {                                                                                     \
                _mm256_storeu_ps(c + r * ldc, acc[r][0]);                                                   \
                _mm256_storeu_ps(c + r * ldc + 8, acc[r][1]);                                               \
            } else {                                                                                        \
                _mm256_maskstore_ps(c + r * ldc, m0, acc[r][0]);                                            \
                _mm256_maskstore_ps(c + r * ldc + 8, m1, acc[r][1]);                                        \
            }                                                                                               \
        }                                                                                                   \
    }
GEMM_BLOCK(1)
GEMM_BLOCK(2)
GEMM_BLOCK(3)
GEMM_BLOCK(4)
GEMM_BLOCK(5)
GEMM_BLOCK(6)

AVX2 static void gemm_avx2(size_t m, size_t n, size_t k, const float *a, size_t a_row, size_t a_col,
                           const float *b, size_t ldb, const float *init, float *c, size_t ldc) {
    for (size_t j = 0; j < n; j += 16) {
        size_t width = n - j < 16 ? n - j : 16;
        const float *bj = b + j, *initj = init ? init + j : NULL;
        size_t i = 0;
        for (; i + 6 <= m; i += 6) gemm_block_6(k, a + i * a_row, a_row, a_col, bj, ldb, initj, c + i * ldc + j, ldc, width);
        const float *ai = a + i * a_row;
        float *ci = c + i * ldc + j;
        switch (m - i) {
        case 5: gemm_block_5(k, ai, a_row, a_col, bj, ldb, initj, ci, ldc, width); break;
        case 4: gemm_block_4(k, ai, a_row, a_col, bj, ldb, initj, ci, ldc, width); break;
        case 3: gemm_block_3(k, ai, a_row, a_col, bj, ldb, initj, ci, ldc, width); break;
        case 2: gemm_block_2(k, ai, a_row, a_col, bj, ldb, initj, ci, ldc, width); break;
        case 1: gemm_block_1(k, ai, a_row, a_col, bj, ldb, initj, ci, ldc, width); break;
        default: break;
        }
    }
}

// The four sums of a0 … a3's lanes, in order.
AVX2 static inline __m128 sum4(__m256 a0, __m256 a1, __m256 a2, __m256 a3) {
    __m256 t = _mm256_hadd_ps(_mm256_hadd_ps(a0, a1), _mm256_hadd_ps(a2, a3));
    return _mm_add_ps(_mm256_castps256_ps128(t), _mm256_extractf128_ps(t, 1));
}

// R rows of G × 4 rows of W (R ≤ 3): 4R accumulators of products along k, summed at the end.
#define NT_BLOCK(R)                                                                                       \
    AVX2 static void gemm_nt_block_##R(size_t k, const float *g, const float *w, float *c, size_t ldc) {   \
        __m256 acc[R][4];                                                                                   \
        for (int r = 0; r < R; r++)                                                                         \
            for (int q = 0; q < 4; q++) acc[r][q] = _mm256_setzero_ps();                                    \
        size_t p = 0;                                                                                       \
        for (; p + 8 <= k; p += 8) {                                                                        \
            __m256 wv[4];                                                                                   \
            for (int q = 0; q < 4; q++) wv[q] = _mm256_loadu_ps(w + q * k + p);                             \
            for (int r = 0; r < R; r++) {                                                                   \
                __m256 gv = _mm256_loadu_ps(g + r * k + p);                                                 \
                for (int q = 0; q < 4; q++) acc[r][q] = _mm256_fmadd_ps(gv, wv[q], acc[r][q]);              \
            }                                                                                               \
        }                                                                                                   \
        if (p < k) {                                                                                        \
            __m256i mask = lane_mask(k - p);                                                                \
            __m256 wv[4];                                                                                   \
            for (int q = 0; q < 4; q++) wv[q] = _mm256_maskload_ps(w + q * k + p, mask);                    \
            for (int r = 0; r < R; r++) {                                                                   \
                __m256 gv = _mm256_maskload_ps(g + r * k + p, mask);                                        \
                for (int q = 0; q < 4; q++) acc[r][q] = _mm256_fmadd_ps(gv, wv[q], acc[r][q]);              \
            }                                                                                               \
        }                                                                                                   \
        for (int r = 0; r < R; r++) _mm_storeu_ps(c + r * ldc, sum4(acc[r][0], acc[r][1], acc[r][2], acc[r][3])); \
    }
NT_BLOCK(1)
NT_BLOCK(2)
NT_BLOCK(3)

AVX2 static void gemm_nt_avx2(size_t m, size_t n, size_t k, const float *g, const float *w, float *c) {
    size_t j = 0;
    for (; j + 4 <= n; j += 4) {
        size_t i = 0;
        for (; i + 3 <= m; i += 3) gemm_nt_block_3(k, g + i * k, w + j * k, c + i * n + j, n);
        if (m - i == 2) gemm_nt_block_2(k, g + i * k, w + j * k, c + i * n + j, n);
        if (m - i == 1) gemm_nt_block_1(k, g + i * k, w + j * k, c + i * n + j, n);
    }
    for (; j < n; j++) {  // the last columns when n is not a multiple of 4
        for (size_t i = 0; i < m; i++) {
            float sum = 0;
            for (size_t p = 0; p < k; p++) sum += g[i * k + p] * w[j * k + p];
            c[i * n + j] = sum;
        }
    }
}

static bool has_avx2_fma(void) {
    static int known = -1;
    if (known < 0) {
        __builtin_cpu_init();
        known = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    }
    return known;
}
#else
static bool has_avx2_fma(void) { return false; }
#endif

static void gemm(size_t m, size_t n, size_t k, const float *a, size_t a_row, size_t a_col, const float *b, size_t ldb,
                 const float *init, float *c, size_t ldc) {
#if defined(__x86_64__)
    if (has_avx2_fma()) {
        gemm_avx2(m, n, k, a, a_row, a_col, b, ldb, init, c, ldc);
        return;
    }
#endif
    gemm_plain(m, n, k, a, a_row, a_col, b, ldb, init, c, ldc);
}

// dst (cols × rows) = srcᵀ, src being rows × cols.
static void transpose(const float *src, size_t rows, size_t cols, float *dst) {
    for (size_t r = 0; r < rows; r++)
        for (size_t c = 0; c < cols; c++) dst[c * rows + r] = src[r * cols + c];
}

// Whether a product of m × n × k is worth splitting between a team's two threads: below
// this, handing half of it over costs about what it saves.
static bool worth_splitting(const ckernels_team *team, size_t m, size_t n, size_t k) {
    return team && m * n * k >= 65536;
}

// The block of an m × n result that part `part` (0 or 1) of a split computes: rows
// [i0, i1) × columns [j0, j1). A wide result splits its columns at a multiple of 16, so
// that each part runs in whole 16-column blocks as one thread would; a narrow one splits
// its rows (each row is computed alone). Either way every value is summed as before.
struct block { size_t i0, i1, j0, j1; };

static struct block part_block(size_t m, size_t n, size_t part) {
    if (n >= 32) {
        size_t half = (n / 2 + 15) / 16 * 16;
        return part == 0 ? (struct block){0, m, 0, half} : (struct block){0, m, half, n};
    }
    return part == 0 ? (struct block){0, m / 2, 0, n} : (struct block){m / 2, m, 0, n};
}

struct gemm_arguments {
    size_t m, n, k;
    const float *a;
    size_t a_row, a_col;
    const float *b;
    size_t ldb;
    const float *init;
    float *c;
    size_t ldc;
};

// Part `part` of C = init + A · B (see part_block).
static void gemm_part(const void *arguments, size_t part) {
    const struct gemm_arguments *g = arguments;
    struct block x = part_block(g->m, g->n, part);
    if (x.i1 == x.i0 || x.j1 == x.j0) return;
    gemm(x.i1 - x.i0, x.j1 - x.j0, g->k, g->a + x.i0 * g->a_row, g->a_row, g->a_col, g->b + x.j0, g->ldb,
         g->init ? g->init + x.j0 : NULL, g->c + x.i0 * g->ldc + x.j0, g->ldc);
}

// C = init + A · B, by the team's two threads when it is large enough.
static void team_gemm(ckernels_team *team, size_t m, size_t n, size_t k, const float *a, size_t a_row, size_t a_col,
                      const float *b, size_t ldb, const float *init, float *c, size_t ldc) {
    if (!worth_splitting(team, m, n, k)) {
        gemm(m, n, k, a, a_row, a_col, b, ldb, init, c, ldc);
        return;
    }
    struct gemm_arguments arguments = {m, n, k, a, a_row, a_col, b, ldb, init, c, ldc};
    ckernels_team_run(team, gemm_part, &arguments);
}

void ckernels_dense_forward(ckernels_team *team, const float *input, size_t rows, size_t inputs, const float *kernel,
                            const float *bias, size_t outputs, float *output) {
    team_gemm(team, rows, outputs, inputs, input, inputs, 1, kernel, outputs, bias, output, outputs);
}

struct transposed_product_arguments {
    struct gemm_arguments product;  // into scratch, rows × cols (m × n)
    float *destination;             // cols × rows
};

// Part `part` of destination = (A · B)ᵀ: its block of the product, then that block's transpose.
static void transposed_product_part(const void *arguments, size_t part) {
    const struct transposed_product_arguments *t = arguments;
    const struct gemm_arguments *g = &t->product;
    gemm_part(g, part);
    struct block x = part_block(g->m, g->n, part);
    for (size_t r = x.i0; r < x.i1; r++)
        for (size_t c = x.j0; c < x.j1; c++) t->destination[c * g->m + r] = g->c[r * g->n + c];
}

// destination (cols × rows) = (A · B)ᵀ through `scratch` (rows × cols), by the team when large enough.
static void transposed_product(ckernels_team *team, size_t rows, size_t cols, size_t k, const float *a, size_t a_row,
                               size_t a_col, const float *b, size_t ldb, float *scratch, float *destination) {
    struct transposed_product_arguments arguments = {{rows, cols, k, a, a_row, a_col, b, ldb, NULL, scratch, cols},
                                                     destination};
    if (worth_splitting(team, rows, cols, k)) {
        ckernels_team_run(team, transposed_product_part, &arguments);
    } else {
        transposed_product_part(&arguments, 0);
        transposed_product_part(&arguments, 1);
    }
}

void ckernels_dense_kernel_gradient(ckernels_team *team, const float *input, const float *output_gradient, size_t rows,
                                    size_t inputs, size_t outputs, float *kernel_gradient, float *bias_gradient) {
    // inputᵀ · G: A(i, p) = input[p · inputs + i]. A narrow layer (the output layer's 10
    // units) as (Gᵀ · input)ᵀ instead, so the vectors run along the inputs.
    float stack[4096];
#if defined(__x86_64__)
    if (has_avx2_fma() && outputs < 16 && inputs >= 16 && inputs * outputs <= sizeof stack / sizeof *stack) {
        transposed_product(team, outputs, inputs, rows, output_gradient, 1, outputs, input, inputs, stack, kernel_gradient);
    } else
#endif
    team_gemm(team, inputs, outputs, rows, input, 1, inputs, output_gradient, outputs, NULL, kernel_gradient, outputs);
    for (size_t j = 0; j < outputs; j++) bias_gradient[j] = output_gradient[j];
    for (size_t r = 1; r < rows; r++) {
        const float *g = output_gradient + r * outputs;
        for (size_t j = 0; j < outputs; j++) bias_gradient[j] += g[j];
    }
}

void ckernels_dense_input_gradient(ckernels_team *team, const float *output_gradient, const float *kernel, size_t rows,
                                   size_t inputs, size_t outputs, float *input_gradient) {
#if defined(__x86_64__)
    if (has_avx2_fma()) {
        // As (kernel · Gᵀ)ᵀ, the broadcast kernel's shape (inputs × rows) between two small
        // transposes: faster than dot products along the rows of G and the kernel.
        float stack[2 * 4096];
        size_t need = rows * outputs + rows * inputs;
        float *scratch = need <= sizeof stack / sizeof *stack ? stack : malloc(need * sizeof(float));
        if (scratch) {
            float *gt = scratch, *dxt = scratch + rows * outputs;
            transpose(output_gradient, rows, outputs, gt);
            transposed_product(team, inputs, rows, outputs, kernel, outputs, 1, gt, rows, dxt, input_gradient);
            if (scratch != stack) free(scratch);
            return;
        }
        gemm_nt_avx2(rows, inputs, outputs, output_gradient, kernel, input_gradient);
        return;
    }
#endif
    gemm_nt_plain(rows, inputs, outputs, output_gradient, kernel, input_gradient);
}
