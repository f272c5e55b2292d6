/*
 * amends: stand-in for miniaudio.h, used only to build the ollama binary for
 * the e2e harness (.ci/ollama-bin.sh).
 *
 * The Go module zip of github.com/ollama/ollama leaves out llama.cpp's vendored
 * miniaudio header. The only file that includes it,
 * llama/llama.cpp/tools/mtmd/mtmd-helper.cpp, uses it to decode audio input
 * for multimodal models. amends never sends audio, so this header declares just
 * the small surface that file touches and makes every decoder/encoder call fail
 * with MA_ERROR. Audio input to the resulting binary is simply rejected.
 *
 * Written for this project; it is not a copy of miniaudio.
 */
#ifndef AMENDS_MINIAUDIO_STANDIN_H
#define AMENDS_MINIAUDIO_STANDIN_H

#include <stddef.h>
#include <stdint.h>

#ifndef MA_API
#define MA_API static inline
#endif

#if defined(__GNUC__) || defined(__clang__)
#define AMENDS_MA_UNUSED __attribute__((unused))
#else
#define AMENDS_MA_UNUSED
#endif

typedef uint32_t ma_uint32;
typedef uint64_t ma_uint64;

typedef enum {
    MA_SUCCESS = 0,
    MA_ERROR = -1,
    MA_NOT_IMPLEMENTED = -29
} ma_result;

typedef enum {
    ma_format_unknown = 0,
    ma_format_u8 = 1,
    ma_format_s16 = 2,
    ma_format_s24 = 3,
    ma_format_s32 = 4,
    ma_format_f32 = 5
} ma_format;

typedef enum {
    ma_encoding_format_unknown = 0,
    ma_encoding_format_wav,
    ma_encoding_format_flac,
    ma_encoding_format_mp3,
    ma_encoding_format_vorbis
} ma_encoding_format;

typedef struct {
    ma_format format;
    ma_uint32 channels;
    ma_uint32 sampleRate;
} ma_decoder_config;

typedef struct {
    ma_decoder_config config;
    int initialized;
} ma_decoder;

typedef struct {
    ma_encoding_format encodingFormat;
    ma_format format;
    ma_uint32 channels;
    ma_uint32 sampleRate;
} ma_encoder_config;

typedef struct {
    ma_encoder_config config;
    int initialized;
} ma_encoder;

/* ---- decoding: configuration works, everything else reports an error ---- */

AMENDS_MA_UNUSED MA_API ma_decoder_config ma_decoder_config_init(ma_format format, ma_uint32 channels, ma_uint32 sampleRate)
{
    ma_decoder_config c;
    c.format = format;
    c.channels = channels;
    c.sampleRate = sampleRate;
    return c;
}

AMENDS_MA_UNUSED MA_API ma_result ma_decoder_init_memory(const void *data, size_t size, const ma_decoder_config *config, ma_decoder *decoder)
{
    (void)data;
    (void)size;
    if (decoder != NULL) {
        decoder->initialized = 0;
        if (config != NULL) {
            decoder->config = *config;
        }
    }
    return MA_NOT_IMPLEMENTED;
}

AMENDS_MA_UNUSED MA_API ma_result ma_decoder_get_length_in_pcm_frames(ma_decoder *decoder, ma_uint64 *length)
{
    (void)decoder;
    if (length != NULL) {
        *length = 0;
    }
    return MA_NOT_IMPLEMENTED;
}

AMENDS_MA_UNUSED MA_API ma_result ma_decoder_read_pcm_frames(ma_decoder *decoder, void *frames, ma_uint64 frameCount, ma_uint64 *framesRead)
{
    (void)decoder;
    (void)frames;
    (void)frameCount;
    if (framesRead != NULL) {
        *framesRead = 0;
    }
    return MA_NOT_IMPLEMENTED;
}

AMENDS_MA_UNUSED MA_API ma_result ma_decoder_uninit(ma_decoder *decoder)
{
    if (decoder != NULL) {
        decoder->initialized = 0;
    }
    return MA_SUCCESS;
}

/* ---- encoding (only reached with MTMD_AUDIO_DEBUG): always fails ---- */

AMENDS_MA_UNUSED MA_API ma_encoder_config ma_encoder_config_init(ma_encoding_format encodingFormat, ma_format format, ma_uint32 channels, ma_uint32 sampleRate)
{
    ma_encoder_config c;
    c.encodingFormat = encodingFormat;
    c.format = format;
    c.channels = channels;
    c.sampleRate = sampleRate;
    return c;
}

AMENDS_MA_UNUSED MA_API ma_result ma_encoder_init_file(const char *path, const ma_encoder_config *config, ma_encoder *encoder)
{
    (void)path;
    if (encoder != NULL) {
        encoder->initialized = 0;
        if (config != NULL) {
            encoder->config = *config;
        }
    }
    return MA_NOT_IMPLEMENTED;
}

AMENDS_MA_UNUSED MA_API ma_result ma_encoder_write_pcm_frames(ma_encoder *encoder, const void *frames, ma_uint64 frameCount, ma_uint64 *framesWritten)
{
    (void)encoder;
    (void)frames;
    (void)frameCount;
    if (framesWritten != NULL) {
        *framesWritten = 0;
    }
    return MA_NOT_IMPLEMENTED;
}

AMENDS_MA_UNUSED MA_API void ma_encoder_uninit(ma_encoder *encoder)
{
    if (encoder != NULL) {
        encoder->initialized = 0;
    }
}

#endif /* AMENDS_MINIAUDIO_STANDIN_H */
