#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA extensions (x86-64's SHA-NI, with SSSE3 and SSE4.1) that
/// `csha256_compress_blocks` needs.
int csha256_hardware_available(void);

/// Hashes `blocks` 64-byte blocks at `data` into `state` (the eight SHA-256 working words, h0 first), with the
/// processor's SHA instructions. Call only when `csha256_hardware_available()` says so.
void csha256_compress_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
