/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-staff-window.h"

G_BEGIN_DECLS

void     fd_test_ui_iterate          (guint       ms);
void     fd_test_ui_click            (GtkWidget  *button);
void     fd_test_ui_type             (GtkWidget  *editable,
                                      const char *text);
void     fd_test_ui_screenshot       (GtkWidget  *window,
                                      const char *name);
void     fd_test_ui_assert_fits      (GtkWidget  *window,
                                      int         width,
                                      int         height);
void     fd_test_ui_assert_touch_targets (GtkWidget *root,
                                          int        min_height);
void     fd_test_staff_login         (FdStaffWindow *staff,
                                      FdRole         role);
void     fd_test_staff_close         (FdStaffWindow *staff);
char    *fd_test_ui_collect_text     (GtkWidget  *root) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
