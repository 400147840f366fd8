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
void ckernels_adam_update(float *restrict p, const float *restrict g, float *restrict m, float *restrict v,
                          size_t count, float alpha, float one_minus_beta1, float one_minus_beta2, float epsilon) {
    for (size_t i = 0; i < count; i++) {
        float gi = g[i];
        float mi = m[i] + (gi - m[i]) * one_minus_beta1;
        float vi = v[i] + (gi * gi - v[i]) * one_minus_beta2;
        m[i] = mi;
        v[i] = vi;
        p[i] -= alpha * mi / (__builtin_elementwise_sqrt(vi) + epsilon);
    }
}
