#define _GNU_SOURCE
#include "library_loader.h"

#include <dlfcn.h>
#include <errno.h>  // program_invocation_short_name
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;

static void fail(const library_loader_library *library, const char *reason) {
    pthread_mutex_unlock(&opening);
#ifdef __APPLE__
    const char *program = getprogname();
#else
    const char *program = program_invocation_short_name;
#endif
    fprintf(stderr, "%s: cannot load %s, needed %s: %s\n", program, library->file, library->purpose,
            reason ? reason : "unknown error");
    exit(1);
}

void *library_loader_symbol(library_loader_library *library, const char *symbol) {
    pthread_mutex_lock(&opening);
    if (!library->handle) {
        library->handle = dlopen(library->file, RTLD_NOW | RTLD_LOCAL);
        if (!library->handle) fail(library, dlerror());
    }
    void *address = dlsym(library->handle, symbol);
    if (!address) fail(library, dlerror());
    pthread_mutex_unlock(&opening);
    return address;
}
