/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void   fd_test_printers_start     (void);
void   fd_test_printers_stop      (void);
char  *fd_test_printers_out       (const char *name) G_GNUC_WARN_UNUSED_RESULT;
char  *fd_test_printers_last_pdf  (void) G_GNUC_WARN_UNUSED_RESULT;
guint  fd_test_printers_pdf_count (void);
void   fd_test_printers_run       (const char *program,
                                   ...) G_GNUC_NULL_TERMINATED;
char  *fd_test_decode_qr          (const char *pdf) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
