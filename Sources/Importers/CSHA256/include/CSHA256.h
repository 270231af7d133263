// SHA-256 (FIPS 180-4) for content hashes of whole files, in C so that the x86-64 SHA extensions can be used
// where the processor has them (about ten times faster than portable code), with portable code elsewhere.
// DisclosureCore keeps its own pure-Swift SHA256Digest; the two give the same digests (tested).
#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// An incremental SHA-256 computation.
typedef struct {
    uint32_t state[8];
    uint64_t length;
    uint8_t buffer[64];
    uint32_t buffered;
} csha256_context;

/// Starts a computation.
void csha256_init(csha256_context *context);
/// Adds `count` bytes.
void csha256_update(csha256_context *context, const void *bytes, size_t count);
/// Finishes the computation and writes the 32-byte digest.
void csha256_final(csha256_context *context, uint8_t digest[32]);
/// 1 when the processor's SHA extensions are used, else 0.
int csha256_accelerated(void);
/// With a non-zero argument, the portable code is used even where the extensions exist (for tests of that code;
/// both give the same digests, so the switch is safe at any time).
void csha256_prefer_portable(int prefer);

#endif
