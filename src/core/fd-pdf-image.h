/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GBytes *fd_pdf_image_new (const guint8 *bits,
                          guint         width,
                          guint         height,
                          double        width_pt,
                          double        height_pt,
                          const char   *title) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
