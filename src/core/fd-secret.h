/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The station's key for ID numbers: kept in a 0600 key file outside the
 * database, so a copy of the database alone reveals no ID number. */
typedef struct _FdSecret FdSecret;

FdSecret *fd_secret_load         (const char  *path,
                                  gboolean     create,
                                  GError     **error);
void      fd_secret_free         (FdSecret    *secret);
gssize    fd_secret_read_private (const char  *path,
                                  guint8      *buffer,
                                  gsize        size,
                                  GError     **error);
void      fd_secret_text_free    (char        *text);
char     *fd_secret_encrypt      (FdSecret    *secret,
                                  const char  *plain) G_GNUC_WARN_UNUSED_RESULT;
char     *fd_secret_decrypt      (FdSecret    *secret,
                                  const char  *sealed,
                                  GError     **error) G_GNUC_WARN_UNUSED_RESULT;
char     *fd_secret_hash         (FdSecret    *secret,
                                  const char  *text) G_GNUC_WARN_UNUSED_RESULT;
char     *fd_id_number_mask      (const char  *id_number) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSecret, fd_secret_free)

G_END_DECLS
