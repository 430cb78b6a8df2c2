#ifndef C_CALLGRIND_H
#define C_CALLGRIND_H

/// 1 when the process runs under Valgrind's callgrind tool and can mark its phases, 0 otherwise (no Valgrind, or
/// Valgrind's headers were not installed when the benchmark was built).
int nc_callgrind_is_running(void);

/// Sets callgrind's counters to zero: what follows is counted afresh. Does nothing outside callgrind.
void nc_callgrind_zero(void);

/// Writes callgrind's counts since the last zero or dump to a new profile part whose trigger reads `reason`, and sets
/// the counters to zero. Does nothing outside callgrind.
void nc_callgrind_dump(const char *reason);

#endif
