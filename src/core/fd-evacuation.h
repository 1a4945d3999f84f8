/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* What became of an evacuation list. */
typedef struct {
  gboolean  printed;     /* on the office printer */
  char     *path;        /* or saved here, a PDF */
  char     *problem;     /* why it was not printed, for the log */
  guint     n_visitors;  /* how many it lists */
} FdEvacuationOutcome;

void                 fd_evacuation_outcome_free (FdEvacuationOutcome *outcome);
FdEvacuationOutcome *fd_store_evacuate          (FdStore             *store,
                                                 const FdSession     *session,
                                                 FdLang               lang,
                                                 GError             **error) G_GNUC_WARN_UNUSED_RESULT;

GBytes   *fd_evacuation_pdf_groups  (GPtrArray        *groups,
                                     GPtrArray        *titles,
                                     gint64            now_ms,
                                     FdLang            lang);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdEvacuationOutcome, fd_evacuation_outcome_free)

G_END_DECLS
