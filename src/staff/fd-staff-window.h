/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-badge-issue.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_WINDOW (fd_staff_window_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffWindow, fd_staff_window, FD, STAFF_WINDOW, GtkApplicationWindow)

FdStaffWindow *fd_staff_window_new     (GtkApplication *application,
                                        FdStore        *store,
                                        FdLang          lang);
GPtrArray     *fd_staff_window_get_visits (FdStaffWindow *self);
GPtrArray     *fd_staff_window_get_alerts (FdStaffWindow *self);
GtkWidget     *fd_staff_window_get_page            (FdStaffWindow *self,
                                                    const char    *name);
FdVisit       *fd_staff_window_find_visit          (FdStaffWindow *self,
                                                    gint64         visit_id);
void           fd_staff_window_scan                (FdStaffWindow *self,
                                                    const char    *text);
void           fd_staff_window_reload              (FdStaffWindow *self);
void           fd_staff_window_check_disk          (FdStaffWindow *self);
const FdSession *fd_staff_window_get_session       (FdStaffWindow *self);
void           fd_staff_window_lock                (FdStaffWindow *self);
void           fd_staff_window_set_lock_seconds    (FdStaffWindow *self,
                                                    guint          seconds);
void           fd_staff_window_show_view           (FdStaffWindow *self,
                                                    const char    *name);
void           fd_staff_window_set_print_settings  (FdStaffWindow         *self,
                                                    const FdPrintSettings *settings);

G_END_DECLS
