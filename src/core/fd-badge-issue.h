/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fd-badge.h"
#include "fd-config.h"
#include "fd-print.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* Where a station's badges go. */
typedef struct {
  char        *printer;     /* NULL: save PDFs into folder */
  char        *fallback;    /* tried when printer fails; may be NULL */
  char        *folder;
  FdBadgeSize  size;
  guint        timeout_ms;
} FdPrintSettings;

/* How an issue went. */
typedef struct {
  FdBadgeState    state;
  FdPrintProblem  problem;  /* FD_PRINT_OK unless state is FD_BADGE_FAILED */
  char           *detail;   /* the printer used, or the saved file's path */
} FdBadgeOutcome;

FdPrintSettings *fd_print_settings_new_from_config (const FdConfig        *config);
FdPrintProblem   fd_print_badge                    (const char            *printer,
                                                    const FdBadge         *badge,
                                                    FdBadgeSize            size,
                                                    GBytes                *pdf,
                                                    guint                  timeout_ms,
                                                    int                   *job_id,
                                                    char                 **detail);
FdPrintProblem   fd_print_sample_badge             (const char            *printer,
                                                    FdBadgeSize            size,
                                                    const char            *site,
                                                    guint                  timeout_ms,
                                                    GError               **error);
FdPrintSettings *fd_print_settings_copy            (const FdPrintSettings *settings);
void             fd_print_settings_free            (FdPrintSettings       *settings);
void             fd_badge_outcome_free             (FdBadgeOutcome        *outcome);

FdBadgeOutcome  *fd_badge_issue                    (FdStore               *store,
                                                    const FdPrintSettings *settings,
                                                    gint64                 visit_id,
                                                    GError               **error);
void             fd_badge_issue_async              (FdStore               *store,
                                                    const FdPrintSettings *settings,
                                                    gint64                 visit_id,
                                                    GCancellable          *cancellable,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
FdBadgeOutcome  *fd_badge_issue_finish             (FdStore               *store,
                                                    GAsyncResult          *result,
                                                    GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdPrintSettings, fd_print_settings_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdBadgeOutcome, fd_badge_outcome_free)

G_END_DECLS
