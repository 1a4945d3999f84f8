/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-window.h"

G_BEGIN_DECLS

struct _FdStaffWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets */
  GtkLabel     *heading;
  GtkLabel     *count_label;
  GtkLabel     *error_label;
  GtkListBox   *alert_list;
  GtkListBox   *visit_list;

  /* owned references */
  FdStore      *store;
  FdPrintSettings *print_settings; /* where reprints go; NULL: none */
  GCancellable *cancellable;   /* cancelled when the window goes */
  GPtrArray    *visits;        /* FdVisit rows of visit_list, in order */

  /* state */
  FdLang        lang;
  GPtrArray    *alerts;        /* FdAlert rows of alert_list, in order */
  gboolean      loading;       /* a reload is under way */
  gboolean      reload_again;  /* a change came in during the reload */
  GString      *scan;          /* what a barcode scanner typed so far */
  guint         tick;          /* redraws waiting times */
  gint64        now_ms;        /* the store's time at the last reload */
  gint64        wait_minutes;  /* FAQ-1: when a waiting visitor needs help */
};

void       fd_staff_window_show_error (FdStaffWindow *self,
                                       const char    *message);
void       fd_staff_window_show_status (FdStaffWindow *self,
                                        const char    *message,
                                        gboolean       is_error);
void       fd_staff_window_add_scanner (FdStaffWindow *self);
GtkWidget *fd_staff_visit_row         (FdStaffWindow *self,
                                       FdVisit       *visit);

G_END_DECLS
