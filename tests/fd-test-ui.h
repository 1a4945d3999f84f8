/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-kiosk-window.h"
#include "fd-staff-window.h"

G_BEGIN_DECLS

/* Tests run once per language pass FD_LANG_ZH or FD_LANG_EN as their data;
 * T() picks the words of that language. */
static inline FdLang
fd_test_lang (gconstpointer data)
{
  return (FdLang) GPOINTER_TO_INT (data);
}

#define T(zh, en) (fd_test_lang (data) == FD_LANG_ZH ? (zh) : (en))

void     fd_test_ui_iterate          (guint       ms);
void     fd_test_ui_click            (GtkWidget  *button);
void     fd_test_ui_enter            (GtkWidget  *entry);
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
FdStaffWindow *fd_test_staff_open    (FdStore       *store,
                                      FdLang         lang);
void     fd_test_staff_close         (FdStaffWindow *staff);
gboolean fd_test_staff_logged_in     (gpointer       staff);
GtkWidget *fd_ui_find_named          (GtkWidget     *root,
                                      const char    *name);
GtkWidget *fd_test_staff_button      (FdStaffWindow *staff,
                                      gint64         visit_id,
                                      const char    *name);
GtkWidget *fd_test_ui_named          (gpointer       root,
                                      const char    *name);
gboolean fd_test_ui_text_shows       (gpointer       widget,
                                      const char    *text);
GtkWidget *fd_test_ui_find_toplevel  (const char    *name);
gboolean fd_test_ui_toplevel_shown   (gpointer       name);
void     fd_test_store_settle        (FdStore       *store);
char    *fd_test_ui_collect_text     (GtkWidget  *root) G_GNUC_WARN_UNUSED_RESULT;

/* fd-test-kiosk.c: the kiosk's widgets, found as the test's reader knows
 * them: by their id in the page's template. */
#define KIOSK(kiosk, id) fd_test_kiosk_child ((kiosk), #id)

gpointer      fd_test_kiosk_child        (FdKioskWindow *kiosk,
                                          const char    *id);
gpointer      fd_test_kiosk_page_child   (FdKioskWindow *kiosk,
                                          const char    *page,
                                          const char    *id);
void          fd_test_kiosk_show         (FdKioskWindow *kiosk,
                                          const char    *page);
const FdHost *fd_test_kiosk_chosen_host  (FdKioskWindow *kiosk);
guint         fd_test_kiosk_n_hosts      (FdKioskWindow *kiosk);
gboolean      fd_test_kiosk_has_hosts    (gpointer       kiosk);
void          fd_test_kiosk_fill_walk_in (FdKioskWindow *kiosk,
                                          const char    *name,
                                          const char    *phone,
                                          const char    *host,
                                          const char    *items);

GtkWidget *fd_test_ui_open_dialog   (GtkWidget     *button,
                                     const char    *name);
void      fd_test_ui_wait_sql      (FdStore       *store,
                                     const char    *sql,
                                     gint64         value);

G_END_DECLS
