/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fd-model.h"

G_BEGIN_DECLS

/* The badge sizes a station can print; chosen per station. */
typedef enum {
  FD_BADGE_CR80,       /* ID card, 85.6 × 54 mm, landscape */
  FD_BADGE_LABEL_62,   /* Brother QL 62 × 100 mm label, portrait */
  FD_BADGE_DYMO_30857, /* Dymo 30857 badge label, 59 × 102 mm, portrait */
  FD_BADGE_4X3,        /* 4 × 3 in (Zebra and others), landscape */
  FD_N_BADGE_SIZES,
} FdBadgeSize;

/* What a badge shows. */
typedef struct {
  char   *visitor_name;
  char   *company;        /* may be empty */
  char   *host;           /* with honorific, e.g. 「王芳女士」 */
  char   *department;
  gint64  issued_ms;
  gint64  valid_until_ms;
  char   *number;         /* printed, for people: "No. 000123" */
  char   *token;          /* carried by the QR code only */
  char   *site;           /* the company the visitor is visiting */
} FdBadge;

const char *fd_badge_size_id        (FdBadgeSize   size);
gboolean    fd_badge_size_from_id   (const char   *id,
                                     FdBadgeSize  *size);
void        fd_badge_size_mm        (FdBadgeSize   size,
                                     double       *width,
                                     double       *height);

FdBadge    *fd_badge_new_for_visit  (const FdVisit *visit,
                                     const char    *site);
void        fd_badge_free           (FdBadge       *badge);
GBytes     *fd_badge_render_pdf     (const FdBadge *badge,
                                     FdBadgeSize    size,
                                     GError       **error);
gboolean    fd_badge_write_pdf      (const FdBadge *badge,
                                     FdBadgeSize    size,
                                     const char    *path,
                                     GError       **error);
guint8     *fd_badge_render_gray    (const FdBadge *badge,
                                     FdBadgeSize    size,
                                     guint          width,
                                     guint          height,
                                     int            dpi) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_badge_write_png      (const FdBadge *badge,
                                     FdBadgeSize    size,
                                     double         dpi,
                                     const char    *path,
                                     GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBadge, fd_badge_free)

G_END_DECLS
