#pragma once
#include <stddef.h>

/// Two threads, the caller and a helper that spins between tasks (and sleeps after about a
/// millisecond without one), for kernels of a few microseconds split in two. A kernel given
/// a team computes every value exactly as without one; `NULL` means the caller alone.
typedef struct ckernels_team ckernels_team;

/// Half of a task: `part` is 0 or 1; both halves may run at once, on either thread.
typedef void (*ckernels_task)(const void *arguments, size_t part);

/// Starts a team's helper thread; `NULL` when the thread cannot be started.
ckernels_team *ckernels_team_create(void);

/// Stops and joins the helper, and frees the team (`NULL` is ignored).
void ckernels_team_destroy(ckernels_team *team);

/// Runs `task(arguments, 0)` on the caller and `task(arguments, 1)` on the helper (or on the
/// caller, when the helper has not taken it by then), returning when both are done.
void ckernels_team_run(ckernels_team *team, ckernels_task task, const void *arguments);

/// One Adam step over `count` parameters in Keras' form (see Adam.swift):
/// m += (g - m)(1 - beta1); v += (g*g - v)(1 - beta2); p -= alpha * m / (sqrt(v) + epsilon).
/// Compiled for several instruction sets and chosen at load time for the CPU it runs on;
/// split between `team`'s threads when there are enough parameters.
void ckernels_adam_update(ckernels_team *team, float *parameters, const float *gradients, float *first_moment, float *second_moment,
                          size_t count, float alpha, float one_minus_beta1, float one_minus_beta2, float epsilon);

/// A dense layer's forward pass: output (rows × outputs) = input (rows × inputs) · kernel
/// (inputs × outputs) + bias, all row-major. AVX2+FMA where the CPU has it, else plain C;
/// one fixed summation order either way, with or without a `team` to share the work.
void ckernels_dense_forward(ckernels_team *team, const float *input, size_t rows, size_t inputs, const float *kernel, const float *bias,
                            size_t outputs, float *output);

/// A dense layer's parameter gradients: kernel_gradient (inputs × outputs) = inputᵀ · output_gradient,
/// bias_gradient (outputs) = the column sums of output_gradient (rows × outputs).
void ckernels_dense_kernel_gradient(ckernels_team *team, const float *input, const float *output_gradient, size_t rows, size_t inputs,
                                    size_t outputs, float *kernel_gradient, float *bias_gradient);

/// A dense layer's input gradient: input_gradient (rows × inputs) = output_gradient (rows × outputs) · kernelᵀ.
void ckernels_dense_input_gradient(ckernels_team *team, const float *output_gradient, const float *kernel, size_t rows, size_t inputs,
                                   size_t outputs, float *input_gradient);

/// Sets glibc's malloc thresholds: blocks above `mmap_threshold` get a mapping of their own,
/// and free memory above `trim_threshold` at the top of the heap goes back to the kernel.
/// Does nothing with another C library.
void ckernels_keep_freed_memory(size_t mmap_threshold, size_t trim_threshold);

/// Returns the memory that malloc holds free to the kernel (glibc's malloc_trim), so that
/// a job's next phase starts from what is in use. Does nothing with another C library.
void ckernels_release_free_memory(void);
