/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-keyboard.h"
#include "fd-kiosk-page.h"
#include "fd-kiosk-window.h"
#include "fd-site.h"

G_BEGIN_DECLS

/* Shared by fd-kiosk-window.c and fd-kiosk-window-input.c. */
struct _FdKioskWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets */
  GtkBox          *bar;
  GtkLabel        *company_label;
  GtkButton       *lang_button;
  GtkStack        *stack;
  GtkRevealer     *keyboard_revealer;
  FdKeyboard      *keyboard;       /* the on-screen keyboard, in the revealer */

  /* owned references */
  FdStore         *store;          /* where visits are saved */
  FdPrintSettings *print_settings; /* where badges go; NULL: none issued */
  GCancellable    *cancellable;    /* reading the site; cancelled on reset */
  FdSite          *site;           /* refreshed at each reset */
  GString         *scan;           /* keys typed on the welcome page */

  /* state */
  FdLang           lang;           /* the visitor's language */
  guint            idle_seconds;   /* inactivity before the kiosk wipes itself */
  guint            idle_source;
  guint            done_source;    /* returns to welcome after a last page */
  guint            build_source;   /* builds the other pages after the first frame */
  gboolean         portrait;       /* taller than wide: one column */
  gboolean         locked;         /* kiosk mode: no way out without a PIN */
  FdKeyboardShow   keyboard_show;  /* when the on-screen keyboard shows */
  gboolean         keyboard_hidden; /* put away by the visitor for this field */
  gboolean         touched;        /* the last press was a touch */
};

/* fd-kiosk-window.c */
void         fd_kiosk_window_apply_site        (FdKioskWindow *self);
void         fd_kiosk_window_apply_site_to     (FdKioskWindow *self,
                                                FdKioskPage   *page);
void         fd_kiosk_window_emit_registered   (FdKioskWindow *self,
                                                gint64         visit_id);
void         fd_kiosk_window_emit_badge_issued (FdKioskWindow *self,
                                                gint64         visit_id);

/* fd-kiosk-window-pages.c: building, showing and handing over */
GtkWidget   *fd_kiosk_window_built_page   (FdKioskWindow *self,
                                           const char    *name);
FdKioskPage *fd_kiosk_window_page         (FdKioskWindow *self,
                                           const char    *name);
gboolean     fd_kiosk_window_show         (FdKioskWindow *self,
                                           const char    *name);
gboolean     fd_kiosk_window_is_busy      (FdKioskWindow *self);
void         fd_kiosk_window_build_after_first_frame (FdKioskWindow *self,
                                                      gboolean       mapped);

/* fd-kiosk-window-input.c: the scanner, the idle wipe, kiosk mode */
void         fd_kiosk_window_input_init   (FdKioskWindow *self);
void         fd_kiosk_window_restart_idle (FdKioskWindow *self);

/* fd-kiosk-window-keyboard.c: the on-screen keyboard */
void         fd_kiosk_window_keyboard_init   (FdKioskWindow *self);
void         fd_kiosk_window_keyboard_reset  (FdKioskWindow *self);
gboolean     fd_kiosk_window_update_keyboard (FdKioskWindow *self);

G_END_DECLS
