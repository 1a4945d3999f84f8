/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-badge-issue.h"
#include "fd-keyboard.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_WINDOW (fd_kiosk_window_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskWindow, fd_kiosk_window, FD, KIOSK_WINDOW, GtkApplicationWindow)

FdKioskWindow *fd_kiosk_window_new          (GtkApplication *application,
                                             FdStore        *store);
FdLang         fd_kiosk_window_get_lang     (FdKioskWindow  *self);
void           fd_kiosk_window_set_lang     (FdKioskWindow  *self,
                                             FdLang          lang);
const char    *fd_kiosk_window_get_page     (FdKioskWindow  *self);
void           fd_kiosk_window_reset        (FdKioskWindow  *self);
void           fd_kiosk_window_set_idle_seconds (FdKioskWindow *self,
                                                 guint          seconds);
void           fd_kiosk_window_set_print_settings (FdKioskWindow         *self,
                                                   const FdPrintSettings *settings);
void           fd_kiosk_window_scan             (FdKioskWindow *self,
                                                 const char    *text);
void           fd_kiosk_window_set_locked       (FdKioskWindow *self,
                                                 gboolean       locked);
gboolean       fd_kiosk_window_get_locked       (FdKioskWindow *self);
GtkWidget     *fd_kiosk_window_get_page_widget  (FdKioskWindow *self,
                                                 const char    *name);
void           fd_kiosk_window_set_keyboard     (FdKioskWindow  *self,
                                                 FdKeyboardShow  show,
                                                 gboolean        sound,
                                                 const char     *engine_dir);
FdKeyboard    *fd_kiosk_window_get_keyboard     (FdKioskWindow  *self);

G_END_DECLS
