/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-cups.h"
#include "fd-print.h"

#include <cups/raster.h>
#include <string.h>

#include "fd-error.h"

/*
 * PWG raster (PWG 5102.4) for driverless IPP Everywhere printers that take
 * no PDF (PDF is optional in IPP Everywhere; PWG raster is required): one
 * page of 8-bit gray (sgray_8, also required) at a resolution the printer
 * supports, encoded by libcups.
 */

static ssize_t
append_cb (void          *ctx,
           unsigned char *buffer,
           size_t         length)
{
  g_byte_array_append (ctx, buffer, (guint) length);
  return (ssize_t) length;
}

/**
 * fd_print_encode_pwg:
 * @media: the printer's name for the page (its media keyword)
 * @width_mm: @height_mm: the page, as the printer lists it
 * @dpi: a resolution the printer supports
 * @draw: draws the document in gray into a page of the given pixels
 *
 * Returns: (transfer full): the raster document, or %NULL with @error.
 */
GBytes *
fd_print_encode_pwg (const char        *media,
                     double             width_mm,
                     double             height_mm,
                     int                dpi,
                     FdPrintRasterFunc  draw,
                     gpointer           data,
                     GError           **error)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cups_page_header2_t header;
  pwg_media_t *pwg = media != NULL ? pwgMediaForPWG (media) : NULL;
  cups_raster_t *raster;
  g_autofree guint8 *pixels = NULL;
  gboolean ok = TRUE;

  if (pwg == NULL)
    pwg = pwgMediaForSize ((int) (width_mm * 100 + 0.5), (int) (height_mm * 100 + 0.5));
  if (pwg == NULL || !cupsRasterInitPWGHeader (&header, pwg, "sgray_8", dpi, dpi, "one-sided", NULL))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "No PWG raster page for this media");
      return NULL;
    }
  pixels = draw (data, header.cupsWidth, header.cupsHeight, dpi);
  raster = cupsRasterOpenIO (append_cb, out, CUPS_RASTER_WRITE_PWG);
  if (raster == NULL || !cupsRasterWriteHeader2 (raster, &header))
    ok = FALSE;
  for (unsigned y = 0; ok && y < header.cupsHeight; y++)
    ok = cupsRasterWritePixels (raster, pixels + (gsize) y * header.cupsWidth, header.cupsBytesPerLine) ==
         header.cupsBytesPerLine;
  if (raster != NULL)
    cupsRasterClose (raster);
  if (!ok)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "The PWG raster could not be written");
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
