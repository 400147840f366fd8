#pragma once
#include <zlib.h>

/// `deflateInit2` is a macro Swift cannot import.
static inline int czlib_deflate_init2(z_streamp stream, int level, int strategy) {
    return deflateInit2(stream, level, Z_DEFLATED, 15, 8, strategy);
}
