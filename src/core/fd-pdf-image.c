/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-pdf-image.h"

#include <gio/gio.h>
#include <string.h>

/*
 * A one-page PDF that is one black-and-white image, written by hand: the
 * smallest PDF a printer takes, made in a millisecond, with no font in it.
 * A badge is printed on thermal printers that print dots anyway; drawing
 * it at the printer's resolution and sending those dots keeps the QR code
 * and the text as sharp as the printer can make them, and makes no PDF
 * library subset and embed the CJK font again for every visitor (which
 * took most of a check-in's time and, in cairo 1.16, kept some memory per
 * badge for good).
 */

static GBytes *
deflate (const guint8 *data,
         gsize         length)
{
  g_autoptr(GConverter) zlib = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, 6));
  GByteArray *out = g_byte_array_sized_new ((guint) (length / 8 + 64));
  gsize read_total = 0;
  GConverterResult result;

  do
    {
      guint8 buffer[16384];
      gsize bytes_read = 0, bytes_written = 0;

      result = g_converter_convert (zlib, data + read_total, length - read_total, buffer, sizeof buffer,
                                    G_CONVERTER_INPUT_AT_END, &bytes_read, &bytes_written, NULL);
      if (result == G_CONVERTER_ERROR)
        g_error ("zlib failed on a badge image");  /* only out of memory */
      read_total += bytes_read;
      g_byte_array_append (out, buffer, (guint) bytes_written);
    }
  while (result != G_CONVERTER_FINISHED);
  return g_byte_array_free_to_bytes (out);
}

/**
 * fd_pdf_image_new:
 * @bits: rows of @width pixels, one bit each, most significant first,
 *   1 white, 0 black; rows padded to whole bytes
 * @width_pt: @height_pt: the page, in points
 * @title: the document's title
 *
 * Returns: (transfer full): the PDF: one page of exactly that size, the
 *   image filling it.
 */
GBytes *
fd_pdf_image_new (const guint8 *bits,
                  guint         width,
                  guint         height,
                  double        width_pt,
                  double        height_pt,
                  const char   *title)
{
  g_autoptr(GBytes) image = deflate (bits, (gsize) (width + 7) / 8 * height);
  g_autoptr(GString) pdf = g_string_new ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
  g_autofree char *content = NULL;
  gsize offsets[7];
  gsize xref;
  char w[G_ASCII_DTOSTR_BUF_SIZE], h[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (w, sizeof w, "%.3f", width_pt);
  g_ascii_formatd (h, sizeof h, "%.3f", height_pt);
  content = g_strdup_printf ("q %s 0 0 %s 0 0 cm /Im0 Do Q\n", w, h);

  offsets[1] = pdf->len;
  g_string_append (pdf, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  offsets[2] = pdf->len;
  g_string_append (pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  offsets[3] = pdf->len;
  g_string_append_printf (pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] "
                               "/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>\nendobj\n", w, h);
  offsets[4] = pdf->len;
  g_string_append_printf (pdf, "4 0 obj\n<< /Type /XObject /Subtype /Image /Width %u /Height %u "
                               "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode "
                               "/Length %" G_GSIZE_FORMAT " >>\nstream\n", width, height, g_bytes_get_size (image));
  g_string_append_len (pdf, g_bytes_get_data (image, NULL), (gssize) g_bytes_get_size (image));
  g_string_append (pdf, "\nendstream\nendobj\n");
  offsets[5] = pdf->len;
  g_string_append_printf (pdf, "5 0 obj\n<< /Length %" G_GSIZE_FORMAT " >>\nstream\n%sendstream\nendobj\n",
                          strlen (content), content);
  offsets[6] = pdf->len;
  /* The title is ours (ASCII, no brackets or backslashes). */
  g_string_append_printf (pdf, "6 0 obj\n<< /Title (%s) /Creator (Frontdesk) >>\nendobj\n", title);
  xref = pdf->len;
  g_string_append (pdf, "xref\n0 7\n0000000000 65535 f \n");
  for (guint i = 1; i < G_N_ELEMENTS (offsets); i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", offsets[i]);
  g_string_append_printf (pdf, "trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n%" G_GSIZE_FORMAT
                               "\n%%%%EOF\n", xref);
  return g_string_free_to_bytes (g_steal_pointer (&pdf));
}
