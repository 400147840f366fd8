#pragma once

/// A shared library opened on first use instead of at program start, so that a command
/// that never needs it (`predict` never draws) does not pay for loading it and everything
/// it links.
typedef struct {
    /// The file to open, e.g. "libcairo.so.2".
    const char *file;
    /// What it is needed for, for the error message: "to draw figures".
    const char *purpose;
    /// The handle, once opened (only the loader writes it).
    void *handle;
} library_loader_library;

/// The address of `symbol` in `library`, opening the library the first time. Safe to call
/// from several threads. When the library or the symbol cannot be found, writes one line to
/// standard error (`program: cannot load FILE, needed PURPOSE: reason`), and exits
/// with status 1: the same outcome as when the dynamic loader cannot find a library at
/// start, but only for the commands that need it.
void *library_loader_symbol(library_loader_library *library, const char *symbol);

/// The library's `name`, found on the first call and remembered (inside a forwarding function).
#define LIBRARY_LOADER_FUNCTION(library, name)                                                     \
    static __typeof__(&name) _Atomic library_loader_target;                                        \
    __typeof__(&name) library_loader_function = library_loader_target;                             \
    if (!library_loader_function)                                                                  \
        library_loader_target = library_loader_function =                                          \
            (__typeof__(&name))library_loader_symbol(&library, #name)

/// Defines `name`, declared in the library's header, as a function that calls the
/// library's own `name`.
#define LIBRARY_LOADER_FORWARD(library, type, name, parameters, arguments)                         \
    type name parameters {                                                                         \
        LIBRARY_LOADER_FUNCTION(library, name);                                                    \
        return library_loader_function arguments;                                                  \
    }

/// ``LIBRARY_LOADER_FORWARD`` for a function that returns nothing.
#define LIBRARY_LOADER_FORWARD_VOID(library, name, parameters, arguments)                          \
    void name parameters {                                                                         \
        LIBRARY_LOADER_FUNCTION(library, name);                                                    \
        library_loader_function arguments;                                                         \
    }
