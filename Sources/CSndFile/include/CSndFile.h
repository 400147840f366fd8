#pragma once
// libsndfile's API as DigitAudio uses it. The functions are defined in sndfile_loader.c,
// which opens libsndfile on the first call (see library_loader.h).
#include <sndfile.h>
