#include "CCallgrind.h"

// Valgrind's client requests are special no-op instruction sequences that Valgrind recognises; its headers ship
// with Valgrind (Debian: the valgrind package). Without them the requests are compiled out and the functions
// report that callgrind is not running.
#if defined(__has_include)
#  if __has_include(<valgrind/callgrind.h>)
#    include <valgrind/callgrind.h>
#    define NC_HAS_CALLGRIND 1
#  endif
#endif

int nc_callgrind_is_running(void) {
#ifdef NC_HAS_CALLGRIND
    return RUNNING_ON_VALGRIND ? 1 : 0;
#else
    return 0;
#endif
}

void nc_callgrind_zero(void) {
#ifdef NC_HAS_CALLGRIND
    CALLGRIND_ZERO_STATS;
#endif
}

void nc_callgrind_dump(const char *reason) {
#ifdef NC_HAS_CALLGRIND
    CALLGRIND_DUMP_STATS_AT(reason);
#else
    (void)reason;
#endif
}
