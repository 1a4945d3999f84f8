/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"
#include "fd-staff-window.h"

G_BEGIN_DECLS

struct _FdStaffWindow
{
  GtkApplicationWindow  parent_instance;

  /* template widgets */
  GtkStack     *lock_stack;    /* "login" or "main" */
  GtkBox       *login_box;     /* holds login_page */
  GtkStack     *views;         /* reception, parcels, calls, log, security, admin */
  GtkStackPage *reception_page;
  GtkStackPage *parcels_page;
  GtkStackPage *calls_page;
  GtkStackPage *supplies_page;
  GtkStackPage *rounds_page;
  GtkStackPage *log_page;
  GtkStackPage *security_page;
  GtkStackPage *admin_page;
  GtkLabel     *user_label;
  GtkDropDown  *site_choice;   /* every site or one (fd-staff-window-sites.c) */
  GtkButton    *lock_button;
  GtkLabel     *error_label;
  GtkRevealer  *toast_revealer;
  GtkLabel     *toast_label;
  GtkBox       *reception_box;
  GtkBox       *parcels_box;
  GtkBox       *calls_box;
  GtkBox       *supplies_box;
  GtkBox       *rounds_box;
  GtkBox       *log_box;
  GtkBox       *security_box;
  GtkBox       *admin_box;

  /* owned references */
  FdStore      *store;
  GCancellable *cancellable;   /* cancelled when the window goes */
  FdSession    *session;       /* who is logged in; NULL: locked */
  GtkWidget    *login_page;    /* FdStaffLoginPage */
  FdStaffPage  *reception_view; /* the reception page */
  FdStaffPage  *parcels_view;  /* parcels at the desk */
  FdStaffPage  *calls_view;    /* the telephone */
  FdStaffPage  *supplies_view; /* office supplies */
  FdStaffPage  *rounds_view;   /* the environment rounds */
  FdStaffPage  *log_view;      /* the visit log */
  FdStaffPage  *security_view; /* the security page */
  FdStaffPage  *admin_view;    /* the administration page */

  /* state */
  FdLang        lang;
  GString      *scan;          /* what a barcode scanner typed so far */
  guint         tick;          /* redraws waiting times */
  guint         toast_source;  /* hides the toast */
  guint         pages_source;  /* builds the pages once the login page shows */
  FdPrintSettings *print_settings; /* where badges print; NULL: none */
  guint         lock_seconds;  /* idle time before the window locks; 0 never */
  gboolean      lock_fixed;    /* set by the caller, not the site setting */
  guint         idle_source;   /* locks the window when it fires */
  GPtrArray    *sites;         /* FdSiteInfo; NULL until read */
  gboolean      sites_filling; /* the choice is being filled, not chosen */
};



void       fd_staff_window_show_error (FdStaffWindow *self,
                                       const char    *message);
void       fd_staff_window_show_status (FdStaffWindow *self,
                                        const char    *message,
                                        gboolean       is_error);
void       fd_staff_window_add_scanner (FdStaffWindow *self);
const char *fd_staff_window_actor     (FdStaffWindow *self);

void       fd_staff_window_session_changed (FdStaffWindow *self);
void       fd_staff_window_read_lock_minutes (FdStaffWindow *self);
void       fd_staff_window_ensure_pages      (FdStaffWindow *self);


/* Actions and keys (fd-staff-window-actions.c). */
void       fd_staff_window_class_init_actions (GtkWidgetClass *widget_class);
void       fd_staff_window_update_actions     (FdStaffWindow  *self);

/* Which site the window shows (fd-staff-window-sites.c). */
void       fd_staff_window_sites_init         (FdStaffWindow  *self);
void       fd_staff_window_load_sites         (FdStaffWindow  *self);
void       fd_staff_window_sites_apply_lang   (FdStaffWindow  *self);

/* Login, lock and roles (fd-staff-window-lock.c). */
void       fd_staff_login_init        (FdStaffWindow *self);
void       fd_staff_window_poke       (FdStaffWindow *self);

G_END_DECLS
