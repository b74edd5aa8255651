// Marks the bytes a CSV reader stops at, sixty-four at a time, with the processor's vector
// compare where the compiler offers one (SSE2 on x86-64, NEON on 64-bit ARM). Swift's SIMD
// types compare lane by lane on Linux (Swift 6.3), eight times the instructions of a word-wide
// test; see BENCHMARKS.md, "The moments table split sixty-four bytes at a time".
#ifndef MICROMANCE_CSV_SCAN_H
#define MICROMANCE_CSV_SCAN_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#elif defined(__ARM_NEON) && defined(__aarch64__)
#include <arm_neon.h>
#endif

/// One bit for each of the 64 bytes at `bytes` (the first byte in the lowest bit), set when
/// the byte is a comma, a line feed, a carriage return or a double quote. All 64 bytes must
/// be readable.
static inline uint64_t micromance_csv_marks64(const uint8_t *bytes) {
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r'), quote = _mm_set1_epi8('"');
    uint64_t marks = 0;
    for (int part = 0; part < 4; part++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(bytes + 16 * part));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, lf)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, quote)));
        marks |= (uint64_t)(uint16_t)_mm_movemask_epi8(hit) << (16 * part);
    }
    return marks;
#elif defined(__ARM_NEON) && defined(__aarch64__)
    static const uint8_t weights[16] = {1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128};
    const uint8x16_t w = vld1q_u8(weights);
    uint64_t marks = 0;
    for (int part = 0; part < 4; part++) {
        uint8x16_t v = vld1q_u8(bytes + 16 * part);
        uint8x16_t hit = vorrq_u8(vorrq_u8(vceqq_u8(v, vdupq_n_u8(',')), vceqq_u8(v, vdupq_n_u8('\n'))),
                                  vorrq_u8(vceqq_u8(v, vdupq_n_u8('\r')), vceqq_u8(v, vdupq_n_u8('"'))));
        uint8x16_t bits = vandq_u8(hit, w);
        uint64_t low = vaddv_u8(vget_low_u8(bits)), high = vaddv_u8(vget_high_u8(bits));
        marks |= (low | high << 8) << (16 * part);
    }
    return marks;
#else
    uint64_t marks = 0;
    for (int k = 0; k < 64; k++) {
        uint8_t b = bytes[k];
        if (b == ',' || b == '\n' || b == '\r' || b == '"') marks |= (uint64_t)1 << k;
    }
    return marks;
#endif
}

/// How many line feeds the `count` bytes at `bytes` hold. Every record of a table ends in
/// one, so this is at most the number of records in those bytes (exactly that when no cell
/// holds a line break and no line is blank): the two reading threads place each part of the
/// result where it will stay, instead of past room for the shortest records and moved later.
static inline long micromance_count_lf(const uint8_t *bytes, long count) {
    long total = 0, k = 0;
#if defined(__SSE2__)
    const __m128i lf = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
    while (count - k >= 16) {
        // Each lane counts down by one at a line feed, for at most 255 blocks, then the lanes
        // are summed eight at a time.
        __m128i lanes = _mm_setzero_si128();
        long blocks = (count - k) / 16;
        if (blocks > 255) blocks = 255;
        for (long b = 0; b < blocks; b++, k += 16)
            lanes = _mm_sub_epi8(lanes, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(bytes + k)), lf));
        __m128i sums = _mm_sad_epu8(lanes, zero);
        total += _mm_cvtsi128_si64(sums) + _mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
    }
#elif defined(__ARM_NEON) && defined(__aarch64__)
    const uint8x16_t lf = vdupq_n_u8('\n'), one = vdupq_n_u8(1);
    while (count - k >= 16) {
        uint8x16_t lanes = vdupq_n_u8(0);
        long blocks = (count - k) / 16;
        if (blocks > 255) blocks = 255;
        for (long b = 0; b < blocks; b++, k += 16)
            lanes = vaddq_u8(lanes, vandq_u8(vceqq_u8(vld1q_u8(bytes + k), lf), one));
        total += vaddlvq_u8(lanes);
    }
#endif
    for (; k < count; k++) total += bytes[k] == '\n';
    return total;
}

/// Offsets into a table shared by the two threads that read it (where the first one is, where
/// it must stop), read and written as one word each, in one total order: a thread that lowers
/// the stop and then reads the position learns whether the other one may already be past it.
static inline long micromance_offset_load(const long *offset) { return __atomic_load_n(offset, __ATOMIC_SEQ_CST); }

static inline void micromance_offset_store(long *offset, long value) { __atomic_store_n(offset, value, __ATOMIC_SEQ_CST); }

/// A count that goes with an offset: stored before the offset is (and read after it), so that
/// a thread that sees an offset sees this count or a later one.
static inline long micromance_count_load(const long *count) { return __atomic_load_n(count, __ATOMIC_ACQUIRE); }

static inline void micromance_count_store(long *count, long value) { __atomic_store_n(count, value, __ATOMIC_RELEASE); }

#endif
