#pragma once
#include <stdlib.h>
#include <kissfft/kiss_fftr.h>

/// `kiss_fftr_free` is a function-like macro, which Swift cannot import.
static inline void ckissfft_fftr_free(kiss_fftr_cfg cfg) { kiss_fftr_free(cfg); }
