#pragma once
#include <stddef.h>

/// One Adam step over `count` parameters in Keras' form (see Adam.swift):
/// m += (g - m)(1 - beta1); v += (g*g - v)(1 - beta2); p -= alpha * m / (sqrt(v) + epsilon).
/// Compiled for several instruction sets and chosen at load time for the CPU it runs on.
void ckernels_adam_update(float *parameters, const float *gradients, float *first_moment, float *second_moment,
                          size_t count, float alpha, float one_minus_beta1, float one_minus_beta2, float epsilon);
