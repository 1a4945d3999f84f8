/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

GBytes   *fd_evacuation_pdf         (GPtrArray        *visits,
                                     const char       *site,
                                     gint64            now_ms,
                                     FdLang            lang);
GBytes   *fd_store_evacuation_pdf   (FdStore          *store,
                                     const FdSession  *session,
                                     FdLang            lang,
                                     guint            *n_visitors,
                                     GError          **error);
gboolean  fd_store_print_evacuation (FdStore          *store,
                                     const FdSession  *session,
                                     const char       *printer,
                                     FdLang            lang,
                                     guint            *n_visitors,
                                     GError          **error);

G_END_DECLS
