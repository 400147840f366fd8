// Cairo, opened on the first drawing call rather than at program start: libcairo links some
// twenty libraries (pixman, fontconfig, freetype, libpng, X11, …) whose loading would
// otherwise cost every command about 3 ms, also those that never draw.
//
// Each function DigitPlot and its tests call is defined here and forwards to libcairo's own; its
// signature is checked against cairo.h. A Cairo function used without a line here fails
// to link.
#pragma GCC visibility push(hidden)
#include "CCairo.h"
#pragma GCC visibility pop
#include "library_loader.h"

static library_loader_library cairo = {"libcairo.so.2", "to draw figures (Cairo)", 0};

LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_arc, (cairo_t *cr, double xc, double yc, double radius, double angle1, double angle2), (cr, xc, yc, radius, angle1, angle2))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_clip, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_close_path, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD(cairo, cairo_t *, cairo_create, (cairo_surface_t *target), (target))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_destroy, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_fill, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_font_extents, (cairo_t *cr, cairo_font_extents_t *extents), (cr, extents))
LIBRARY_LOADER_FORWARD(cairo, cairo_font_options_t *, cairo_font_options_create, (void), ())
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_font_options_destroy, (cairo_font_options_t *options), (options))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_font_options_set_antialias, (cairo_font_options_t *options, cairo_antialias_t antialias), (options, antialias))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_font_options_set_hint_metrics, (cairo_font_options_t *options, cairo_hint_metrics_t hint_metrics), (options, hint_metrics))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_font_options_set_hint_style, (cairo_font_options_t *options, cairo_hint_style_t hint_style), (options, hint_style))
LIBRARY_LOADER_FORWARD(cairo, cairo_pattern_t *, cairo_get_source, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD(cairo, cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height), (format, width, height))
LIBRARY_LOADER_FORWARD(cairo, cairo_surface_t *, cairo_image_surface_create_from_png_stream, (cairo_read_func_t read_func, void *closure), (read_func, closure))
LIBRARY_LOADER_FORWARD(cairo, unsigned char *, cairo_image_surface_get_data, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD(cairo, int, cairo_image_surface_get_height, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD(cairo, int, cairo_image_surface_get_stride, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD(cairo, int, cairo_image_surface_get_width, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_line_to, (cairo_t *cr, double x, double y), (cr, x, y))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_move_to, (cairo_t *cr, double x, double y), (cr, x, y))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_new_path, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_new_sub_path, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_paint, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_pattern_set_filter, (cairo_pattern_t *pattern, cairo_filter_t filter), (pattern, filter))
LIBRARY_LOADER_FORWARD(cairo, cairo_surface_t *, cairo_pdf_surface_create_for_stream, (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points), (write_func, closure, width_in_points, height_in_points))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_pdf_surface_set_metadata, (cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8), (surface, metadata, utf8))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_pdf_surface_set_size, (cairo_surface_t *surface, double width_in_points, double height_in_points), (surface, width_in_points, height_in_points))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_rectangle, (cairo_t *cr, double x, double y, double width, double height), (cr, x, y, width, height))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_restore, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_rotate, (cairo_t *cr, double angle), (cr, angle))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_save, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_scale, (cairo_t *cr, double sx, double sy), (cr, sx, sy))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_select_font_face, (cairo_t *cr, const char *family, cairo_font_slant_t slant, cairo_font_weight_t weight), (cr, family, slant, weight))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_dash, (cairo_t *cr, const double *dashes, int num_dashes, double offset), (cr, dashes, num_dashes, offset))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_font_options, (cairo_t *cr, const cairo_font_options_t *options), (cr, options))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_font_size, (cairo_t *cr, double size), (cr, size))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_line_join, (cairo_t *cr, cairo_line_join_t line_join), (cr, line_join))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_line_width, (cairo_t *cr, double width), (cr, width))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_source_rgba, (cairo_t *cr, double red, double green, double blue, double alpha), (cr, red, green, blue, alpha))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_set_source_surface, (cairo_t *cr, cairo_surface_t *surface, double x, double y), (cr, surface, x, y))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_show_page, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_show_text, (cairo_t *cr, const char *utf8), (cr, utf8))
LIBRARY_LOADER_FORWARD(cairo, cairo_status_t, cairo_status, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD(cairo, const char *, cairo_status_to_string, (cairo_status_t status), (status))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_stroke, (cairo_t *cr), (cr))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_surface_destroy, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_surface_finish, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_surface_flush, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_surface_mark_dirty, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD(cairo, cairo_status_t, cairo_surface_status, (cairo_surface_t *surface), (surface))
LIBRARY_LOADER_FORWARD(cairo, cairo_surface_t *, cairo_svg_surface_create_for_stream, (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points), (write_func, closure, width_in_points, height_in_points))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_text_extents, (cairo_t *cr, const char *utf8, cairo_text_extents_t *extents), (cr, utf8, extents))
LIBRARY_LOADER_FORWARD_VOID(cairo, cairo_translate, (cairo_t *cr, double tx, double ty), (cr, tx, ty))
