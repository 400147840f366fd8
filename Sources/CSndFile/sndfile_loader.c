// libsndfile, opened on the first call rather than at program start: it links the FLAC,
// Ogg, Vorbis, Opus, MPEG and LAME libraries, which plain 16-bit WAV files (read by
// PCMWave) and commands that read no audio never need.
//
// Each function DigitAudio and the tests call is defined here and forwards to libsndfile's own; its
// signature is checked against sndfile.h. A libsndfile function used without a line here
// fails to link.
#pragma GCC visibility push(hidden)
#include "CSndFile.h"
#pragma GCC visibility pop
#include "library_loader.h"

static library_loader_library sndfile = {"libsndfile.so.1", "to read audio files (libsndfile)", 0};

LIBRARY_LOADER_FORWARD(sndfile, SNDFILE *, sf_open, (const char *path, int mode, SF_INFO *info), (path, mode, info))
LIBRARY_LOADER_FORWARD(sndfile, const char *, sf_strerror, (SNDFILE *file), (file))
LIBRARY_LOADER_FORWARD(sndfile, int, sf_command, (SNDFILE *file, int command, void *data, int size), (file, command, data, size))
LIBRARY_LOADER_FORWARD(sndfile, sf_count_t, sf_seek, (SNDFILE *file, sf_count_t frames, int whence), (file, frames, whence))
LIBRARY_LOADER_FORWARD(sndfile, sf_count_t, sf_readf_float, (SNDFILE *file, float *samples, sf_count_t frames), (file, samples, frames))
LIBRARY_LOADER_FORWARD(sndfile, int, sf_close, (SNDFILE *file), (file))
LIBRARY_LOADER_FORWARD(sndfile, sf_count_t, sf_writef_float, (SNDFILE *file, const float *samples, sf_count_t frames), (file, samples, frames))
