#include "ckernels.h"
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
#if defined(__x86_64__)
#include <immintrin.h>
#define PAUSE() _mm_pause()
#else
#define PAUSE() ((void)0)
#endif

// A team of two threads, the caller and a helper, for work of a few microseconds split in
// two parts. The helper spins between tasks, so that handing it one costs a cache line's
// trip instead of a system call; after `spin_limit` idle spins (about a millisecond) it
// sleeps on a futex until the next task. Part 1 of a task goes to whichever thread claims
// it first: a caller whose helper is asleep or descheduled does it itself, so a task never
// waits on the helper to wake, and every part is computed the same way by either thread.
// A helper that took its part and then lost its processor (to another process, or to the
// host of a virtual machine) keeps the caller waiting: after `patience_spins` the caller
// runs the next tasks alone, then tries the helper again. The solo stretch doubles each
// time the helper keeps it waiting again soon after, up to long enough for an idle helper
// to go to sleep and leave the core to whatever needs it (another process), and falls
// back to its shortest once the helper has kept up for a while (a host's brief preemption).
struct ckernels_team {
    _Alignas(64) _Atomic uint32_t posted;   // generation of the latest task
    _Atomic uint32_t sleeping;              // 1 while the helper waits on the futex
    _Atomic bool stopping;
    _Alignas(64) _Atomic uint32_t claimed;  // generation whose part 1 has been taken
    _Atomic uint32_t finished;              // generation whose part 1 is done
    ckernels_task task;
    const void *arguments;
    uint32_t generation;                    // the caller's count of tasks
    uint32_t solo;                          // tasks the caller still runs alone
    uint32_t backoff;                       // the next solo stretch, in tasks
    uint32_t calm;                          // tasks shared since the helper last kept the caller waiting
    pthread_t thread;
};

enum {
    spin_limit = 1 << 16,      // about 2 ms of PAUSE on a Zen 3
    patience_spins = 1 << 12,  // about 0.1 ms: ten times a part's usual length
    shortest_solo = 1 << 9,    // tasks: a few training steps
    longest_solo = 1 << 15,
    calm_tasks = 1 << 11,      // tasks the helper keeps up with before the stretch is back to its shortest
};

static void futex_wait(_Atomic uint32_t *word, uint32_t value) {
    syscall(SYS_futex, (uint32_t *)word, FUTEX_WAIT_PRIVATE, value, NULL, NULL, 0);
}

static void futex_wake(_Atomic uint32_t *word) {
    syscall(SYS_futex, (uint32_t *)word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

static void *helper_main(void *argument) {
    struct ckernels_team *team = argument;
    uint32_t seen = 0;
    for (;;) {
        uint32_t posted;
        int spins = 0;
        while ((posted = atomic_load_explicit(&team->posted, memory_order_acquire)) == seen) {
            if (++spins < spin_limit) {
                PAUSE();
                continue;
            }
            atomic_store(&team->sleeping, 1);
            if (atomic_load(&team->posted) == seen) futex_wait(&team->posted, seen);
            atomic_store(&team->sleeping, 0);
            spins = 0;
        }
        if (atomic_load(&team->stopping)) return NULL;
        seen = posted;
        uint32_t expected = posted - 1;
        if (atomic_compare_exchange_strong(&team->claimed, &expected, posted)) {
            // Claimed: the caller now waits for this generation, so the task is still this one's.
            team->task(team->arguments, 1);
            atomic_store_explicit(&team->finished, posted, memory_order_release);
        }
    }
}

ckernels_team *ckernels_team_create(void) {
    struct ckernels_team *team = aligned_alloc(64, sizeof *team);
    if (!team) return NULL;
    atomic_init(&team->posted, 0);
    atomic_init(&team->sleeping, 0);
    atomic_init(&team->stopping, false);
    atomic_init(&team->claimed, 0);
    atomic_init(&team->finished, 0);
    team->task = NULL;
    team->arguments = NULL;
    team->generation = 0;
    team->solo = 0;
    team->backoff = shortest_solo;
    team->calm = 0;
    if (pthread_create(&team->thread, NULL, helper_main, team) != 0) {
        free(team);
        return NULL;
    }
    return team;
}

void ckernels_team_destroy(ckernels_team *team) {
    if (!team) return;
    atomic_store(&team->stopping, true);
    atomic_fetch_add_explicit(&team->posted, 1, memory_order_release);
    futex_wake(&team->posted);
    pthread_join(team->thread, NULL);
    free(team);
}

void ckernels_team_run(ckernels_team *team, ckernels_task task, const void *arguments) {
    if (!team || team->solo > 0) {
        if (team) team->solo--;
        task(arguments, 0);
        task(arguments, 1);
        return;
    }
    if (++team->calm == calm_tasks) team->backoff = shortest_solo;
    uint32_t generation = ++team->generation;
    team->task = task;
    team->arguments = arguments;
    atomic_store(&team->posted, generation);  // sequentially consistent: ordered before the load of `sleeping`
    if (atomic_load(&team->sleeping)) futex_wake(&team->posted);
    task(arguments, 0);
    uint32_t expected = generation - 1;
    if (atomic_compare_exchange_strong(&team->claimed, &expected, generation)) {
        task(arguments, 1);  // the helper has not started it: no need to wait for it
        return;
    }
    for (uint32_t spins = 0; atomic_load_explicit(&team->finished, memory_order_acquire) != generation; spins++) {
        if (spins == patience_spins) {  // the helper lost its processor
            team->solo = team->backoff;
            team->backoff = team->backoff < longest_solo ? 2 * team->backoff : longest_solo;
            team->calm = 0;
        }
        PAUSE();
    }
}
