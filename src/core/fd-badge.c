/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-badge.h"

#include <string.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include "fd-error.h"
#include "fd-pdf-image.h"
#include "fd-print.h"

/*
 * The visitor badge, drawn once with cairo and Pango for both the printer
 * (PDF of exact size, the dots of a 300 dpi printer) and the screen (PNG).  Black on white
 * only: most badge printers are thermal.  Layout units are 0.1 mm.
 *
 *   ┌──────────────────────────────┐
 *   │ 访客  VISITOR (black band)    │
 *   │ Name, as large as fits  ┌──┐ │
 *   │ Company                 │QR│ │
 *   │ Host · Department       └──┘ │
 *   │ Date, valid until, No.       │
 *   │ Site name                    │
 *   └──────────────────────────────┘
 *
 * Portrait sizes put the QR code under the text.  Text never runs off the
 * edge: it shrinks to a minimum size, then ends with an ellipsis.
 */

#define MM 10.0   /* layout units per millimetre */

static const struct {
  const char *id;
  double      width, height;   /* mm */
} sizes[FD_N_BADGE_SIZES] = {
  [FD_BADGE_CR80] = { "cr80", 85.6, 54.0 },
  [FD_BADGE_LABEL_62] = { "62x100", 62.0, 100.0 },
  [FD_BADGE_DYMO_30857] = { "dymo-30857", 59.0, 102.0 },
  [FD_BADGE_4X3] = { "4x3in", 101.6, 76.2 },
};

const char *
fd_badge_size_id (FdBadgeSize size)
{
  g_return_val_if_fail (size < FD_N_BADGE_SIZES, NULL);
  return sizes[size].id;
}

gboolean
fd_badge_size_from_id (const char  *id,
                       FdBadgeSize *size)
{
  for (guint i = 0; i < FD_N_BADGE_SIZES; i++)
    if (g_strcmp0 (id, sizes[i].id) == 0)
      {
        *size = (FdBadgeSize) i;
        return TRUE;
      }
  return FALSE;
}

void
fd_badge_size_mm (FdBadgeSize  size,
                  double      *width,
                  double      *height)
{
  g_return_if_fail (size < FD_N_BADGE_SIZES);
  *width = sizes[size].width;
  *height = sizes[size].height;
}

/* The badge of a visit: valid until the end of the day of arrival. */
FdBadge *
fd_badge_new_for_visit (const FdVisit *visit,
                        const char    *site)
{
  FdBadge *badge = g_new0 (FdBadge, 1);
  gint64 issued = visit->arrived_ms > 0 ? visit->arrived_ms : visit->visit_ms;
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (issued / 1000);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(GDateTime) end = g_date_time_new_local (g_date_time_get_year (local),
                                                    g_date_time_get_month (local),
                                                    g_date_time_get_day_of_month (local),
                                                    23, 59, 0);

  badge->visitor_name = g_strdup (visit->name);
  badge->company = g_strdup (visit->company != NULL ? visit->company : "");
  badge->host = fd_host_honorific_name (visit->host_name, visit->host_title, FD_LANG_ZH);
  badge->department = g_strdup (visit->host_department);
  badge->issued_ms = issued;
  badge->valid_until_ms = g_date_time_to_unix (end) * 1000;
  badge->number = g_strdup_printf ("No. %06" G_GINT64_FORMAT, visit->id);
  badge->token = g_strdup (visit->badge_token);
  badge->site = g_strdup (site != NULL ? site : "");
  return badge;
}

void
fd_badge_free (FdBadge *badge)
{
  if (badge == NULL)
    return;
  g_free (badge->visitor_name);
  g_free (badge->company);
  g_free (badge->host);
  g_free (badge->department);
  g_free (badge->number);
  g_free (badge->token);
  g_free (badge->site);
  g_free (badge);
}

/* Lays out @text in @width units at the largest size from @max down to
 * @min (in units) that fits on one line; when @two_lines, it may then wrap
 * onto a second line; below @min it ends with an ellipsis.  Returns the
 * height used. */
static double
draw_text (cairo_t    *cr,
           const char *text,
           gboolean    bold,
           gboolean    two_lines,
           double      max,
           double      min,
           double      x,
           double      y,
           double      width)
{
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string (FD_PRINT_FONT);
  PangoRectangle ink, logical;
  double size = max;
  gboolean fits = FALSE;

  if (text == NULL || *text == '\0')
    {
      pango_font_description_free (font);
      return 0;
    }
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_text (layout, text, -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, two_lines ? -2 : -1);

  /* One line as large as possible; two lines only below 60 % of @max. */
  for (size = max; size >= min; size -= 1.0)
    {
      int lines;

      pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      lines = pango_layout_get_line_count (layout);
      if (!pango_layout_is_ellipsized (layout) && (lines == 1 || size < max * 0.6))
        {
          fits = TRUE;
          break;
        }
    }
  if (!fits)
    {
      pango_font_description_set_absolute_size (font, min * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
    }
  pango_layout_get_extents (layout, &ink, &logical);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  return logical.height / (double) PANGO_SCALE;
}

/* Draws the QR code of @token into a square of @side units at (@x, @y),
 * with the 4-module quiet zone inside the square. */
static gboolean
draw_qr (cairo_t    *cr,
         const char *token,
         double      x,
         double      y,
         double      side,
         GError    **error)
{
  QRcode *code = QRcode_encodeString (token, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
  double module;

  if (code == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "The QR code cannot be made");
      return FALSE;
    }
  module = side / (code->width + 8);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, side, side);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < code->width; row++)
    for (int col = 0; col < code->width; col++)
      if (code->data[row * code->width + col] & 1)
        cairo_rectangle (cr, x + (col + 4) * module, y + (row + 4) * module, module, module);
  cairo_fill (cr);
  QRcode_free (code);
  return TRUE;
}

/* Draws @badge on @cr, whose user space is 0.1 mm units with the origin at
 * the badge's top left corner. */
static gboolean
draw_badge (cairo_t       *cr,
            const FdBadge *badge,
            FdBadgeSize    size,
            GError       **error)
{
  double w = sizes[size].width * MM;
  double h = sizes[size].height * MM;
  gboolean landscape = w > h;
  double margin = 3 * MM;
  double band = (landscape ? 0.16 : 0.11) * h;
  double footer = (landscape ? 0.09 : 0.06) * h;
  double qr, text_w, x = margin, y;
  g_autofree char *host = NULL;
  g_autofree char *issued = fd_format_local_time (badge->issued_ms, "%Y-%m-%d %H:%M");
  g_autofree char *until = fd_format_local_time (badge->valid_until_ms, "%H:%M");
  g_autofree char *when = NULL;
  double name_max;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  /* The band: 访客 VISITOR, white on black, readable from a distance. */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 0, 0, w, band);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  draw_text (cr, "访客  VISITOR", TRUE, FALSE, band * 0.62, band * 0.4, margin,
             (band - band * 0.62 * 1.45) / 2, w - 2 * margin);
  cairo_set_source_rgb (cr, 0, 0, 0);

  y = band + margin * 0.8;
  if (landscape)
    {
      qr = MIN (h - band - footer - 2 * margin, w * 0.36);
      text_w = w - 3 * margin - qr;
      if (!draw_qr (cr, badge->token, w - margin - qr, band + margin * 0.6, qr, error))
        return FALSE;
    }
  else
    {
      qr = MIN (w * 0.78, (h - band - footer) * 0.5);
      text_w = w - 2 * margin;
      if (!draw_qr (cr, badge->token, (w - qr) / 2, h - footer - qr - margin * 0.4, qr, error))
        return FALSE;
    }

  name_max = landscape ? h * 0.17 : w * 0.16;
  y += draw_text (cr, badge->visitor_name, TRUE, TRUE, name_max, name_max * 0.4, x, y, text_w);
  y += draw_text (cr, badge->company, FALSE, FALSE, name_max * 0.5, name_max * 0.35, x, y, text_w);
  /* Translators are not involved: a badge is read by everyone, so its
   * labels are always in both languages. */
  host = g_strdup_printf ("被访人 Host: %s · %s", badge->host, badge->department);
  y += name_max * 0.15;
  y += draw_text (cr, host, FALSE, TRUE, name_max * 0.42, name_max * 0.26, x, y, text_w);
  when = g_strdup_printf ("有效 Valid %s–%s", issued, until);
  y += draw_text (cr, when, FALSE, TRUE, name_max * 0.36, name_max * 0.24, x, y, text_w);
  draw_text (cr, badge->number, TRUE, FALSE, name_max * 0.36, name_max * 0.26, x, y, text_w);

  /* The footer: the site's name. */
  draw_text (cr, badge->site, FALSE, FALSE, footer * 0.75, footer * 0.5, margin, h - footer - margin * 0.3,
             landscape ? text_w : w - 2 * margin);
  return TRUE;
}

/* The badge drawn at @dpi on a white @width × @height image, turned a
 * quarter when the image's orientation is not the badge's. */
static cairo_surface_t *
render_image (const FdBadge  *badge,
              FdBadgeSize     size,
              guint           width,
              guint           height,
              double          dpi,
              GError        **error)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cairo_t *cr = cairo_create (surface);
  gboolean turned = (width > height) != (sizes[size].width > sizes[size].height);
  double px = dpi / 25.4;
  gboolean ok;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (turned)
    {
      cairo_translate (cr, width, 0);
      cairo_rotate (cr, G_PI / 2);
    }
  cairo_scale (cr, px / MM, px / MM);
  ok = draw_badge (cr, badge, size, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (!ok)
    g_clear_pointer (&surface, cairo_surface_destroy);
  return surface;
}

#define PRINT_DPI 300  /* Brother QL, most Zebra and Dymo label printers */

/**
 * fd_badge_render_pdf:
 *
 * Returns: (transfer full): a one-page PDF of exactly the badge's size: the
 *   badge in black and white dots at 300 dpi (see fd-pdf-image.c).
 */
GBytes *
fd_badge_render_pdf (const FdBadge *badge,
                     FdBadgeSize    size,
                     GError       **error)
{
  double pt = 72.0 / 25.4;
  guint width = (guint) (sizes[size].width / 25.4 * PRINT_DPI + 0.5);
  guint height = (guint) (sizes[size].height / 25.4 * PRINT_DPI + 0.5);
  gsize row = (width + 7) / 8;
  cairo_surface_t *surface;
  g_autofree guint8 *bits = NULL;
  const guint8 *data;
  int stride;

  g_return_val_if_fail (badge != NULL && size < FD_N_BADGE_SIZES, NULL);

  surface = render_image (badge, size, width, height, PRINT_DPI, error);
  if (surface == NULL)
    return NULL;
  /* Dots where the drawing is darker than half; white is 1. */
  bits = g_malloc0 (row * height);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (guint y = 0; y < height; y++)
    {
      const guint32 *pixels = (const guint32 *) (data + (gsize) y * stride);
      guint8 *out = bits + row * y;

      for (guint x = 0; x < width; x++)
        if (((pixels[x] >> 8) & 0xff) >= 128)
          out[x / 8] |= (guint8) (0x80 >> (x % 8));
    }
  cairo_surface_destroy (surface);
  return fd_pdf_image_new (bits, width, height, sizes[size].width * pt, sizes[size].height * pt, "Visitor badge");
}

gboolean
fd_badge_write_pdf (const FdBadge *badge,
                    FdBadgeSize    size,
                    const char    *path,
                    GError       **error)
{
  g_autoptr(GBytes) pdf = fd_badge_render_pdf (badge, size, error);
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;

  if (pdf == NULL)
    return FALSE;
  data = g_bytes_get_data (pdf, &length);
  if (!g_file_set_contents_full (path, data, (gssize) length, G_FILE_SET_CONTENTS_CONSISTENT,
                                 0600, &local_error))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* A preview for the screen, at @dpi dots per inch. */
/**
 * fd_badge_render_gray:
 * @width: @height: the page in pixels; turned a quarter when its
 *   orientation is not the badge's
 *
 * Returns: (transfer full): the badge as 8-bit gray, @width bytes a row,
 *   white 255 (for printers that take raster only).
 */
guint8 *
fd_badge_render_gray (const FdBadge *badge,
                      FdBadgeSize    size,
                      guint          width,
                      guint          height,
                      int            dpi)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = render_image (badge, size, width, height, dpi, &error);
  guint8 *gray = g_malloc ((gsize) width * height);
  const guint8 *data;
  int stride;

  if (surface == NULL)
    {
      g_warning ("A badge could not be drawn for a raster printer: %s", error->message);
      memset (gray, 255, (gsize) width * height);
      return gray;
    }
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (guint y = 0; y < height; y++)
    for (guint x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + (gsize) y * stride + x * 4);

        gray[(gsize) y * width + x] = (guint8) ((((pixel >> 16) & 0xff) * 299 + ((pixel >> 8) & 0xff) * 587 +
                                                 (pixel & 0xff) * 114) / 1000);
      }
  cairo_surface_destroy (surface);
  return gray;
}

gboolean
fd_badge_write_png (const FdBadge *badge,
                    FdBadgeSize    size,
                    double         dpi,
                    const char    *path,
                    GError       **error)
{
  double px = dpi / 25.4;
  cairo_surface_t *surface = render_image (badge, size, (guint) (sizes[size].width * px + 0.5),
                                           (guint) (sizes[size].height * px + 0.5), dpi, error);
  gboolean ok = surface != NULL;

  if (ok && cairo_surface_write_to_png (surface, path) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot write %s", path);
      ok = FALSE;
    }
  g_clear_pointer (&surface, cairo_surface_destroy);
  return ok;
}
