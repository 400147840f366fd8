#pragma once
// Cairo's API as DigitPlot uses it. The functions are defined in cairo_loader.c, which opens
// libcairo on the first drawing call (see library_loader.h).
#include <cairo/cairo.h>
#include <cairo/cairo-svg.h>
#include <cairo/cairo-pdf.h>
