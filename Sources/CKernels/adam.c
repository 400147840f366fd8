#include "ckernels.h"
#include <math.h>

// No FMA contraction, so the results equal plain Swift arithmetic (this used to be the
// -ffp-contract=off compiler flag; flags would keep the package from being a versioned
// dependency). The square root is the builtin that never sets errno, so it vectorises.
#pragma STDC FP_CONTRACT OFF

// Vectorised per instruction set (the build targets baseline x86-64): the loader picks the
// widest one the CPU has. Results are the same on every path except for FMA contraction.
#if defined(__x86_64__)
__attribute__((target_clones("avx512f", "avx2", "default")))
#endif
static void adam_range(float *restrict p, const float *restrict g, float *restrict m, float *restrict v, size_t count,
                       float alpha, float one_minus_beta1, float one_minus_beta2, float epsilon) {
    for (size_t i = 0; i < count; i++) {
        float gi = g[i];
        float mi = m[i] + (gi - m[i]) * one_minus_beta1;
        float vi = v[i] + (gi * gi - v[i]) * one_minus_beta2;
        m[i] = mi;
        v[i] = vi;
        p[i] -= alpha * mi / (__builtin_elementwise_sqrt(vi) + epsilon);
    }
}

struct adam_arguments {
    float *p;
    const float *g;
    float *m, *v;
    size_t count;
    float alpha, one_minus_beta1, one_minus_beta2, epsilon;
};

// Half of the parameters, split at a multiple of 16 (each parameter's update stands alone).
static void adam_part(const void *arguments, size_t part) {
    const struct adam_arguments *a = arguments;
    size_t half = (a->count / 2 + 15) / 16 * 16;
    if (half > a->count) half = a->count;
    size_t start = part == 0 ? 0 : half, end = part == 0 ? half : a->count;
    adam_range(a->p + start, a->g + start, a->m + start, a->v + start, end - start, a->alpha, a->one_minus_beta1,
               a->one_minus_beta2, a->epsilon);
}

void ckernels_adam_update(ckernels_team *team, float *p, const float *g, float *m, float *v, size_t count, float alpha,
                          float one_minus_beta1, float one_minus_beta2, float epsilon) {
    if (!team || count < 4096) {
        adam_range(p, g, m, v, count, alpha, one_minus_beta1, one_minus_beta2, epsilon);
        return;
    }
    struct adam_arguments arguments = {p, g, m, v, count, alpha, one_minus_beta1, one_minus_beta2, epsilon};
    ckernels_team_run(team, adam_part, &arguments);
}
