/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-notify.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_VISIT_ROW (fd_staff_visit_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffVisitRow, fd_staff_visit_row, FD, STAFF_VISIT_ROW, GtkListBoxRow)

/* What the reception page knows when it draws a visitor's row. */
typedef struct {
  FdLang   lang;
  gint64   now_ms;        /* the store's time at the last reload */
  gint64   wait_minutes;  /* FAQ-1: when a waiting visitor needs help */
  gboolean can_print;     /* a badge printer is set up: offer Reprint */
} FdStaffRowContext;

GtkWidget     *fd_staff_visit_row_new       (const FdVisit           *visit,
                                             const FdHostNotice      *notice,
                                             const FdStaffRowContext *context);
const FdVisit *fd_staff_visit_row_get_visit (FdStaffVisitRow         *self);
void           fd_staff_visit_row_get_check_out (FdStaffVisitRow     *self,
                                             FdCheckOut              *how);
void           fd_staff_visit_row_set_printing (FdStaffVisitRow      *self);
char          *fd_staff_visiting_text       (FdLang                   lang,
                                             const char              *host_name,
                                             const char              *host_title,
                                             const char              *department) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
