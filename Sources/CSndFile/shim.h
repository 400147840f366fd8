#pragma once
#include <sndfile/sndfile.h>
