/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

GPtrArray *fd_host_import_parse (const char  *data,
                                 gsize        length,
                                 FdLang       lang,
                                 GError     **error);
gboolean   fd_host_import_file  (FdStore     *store,
                                 const FdSession *session,
                                 const char  *path,
                                 FdLang       lang,
                                 guint       *n_added,
                                 guint       *n_updated,
                                 GError     **error);

G_END_DECLS
