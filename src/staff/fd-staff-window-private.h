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
  GtkStack     *views;         /* reception, log, security, admin */
  GtkStackPage *reception_page;
  GtkStackPage *log_page;
  GtkStackPage *security_page;
  GtkStackPage *admin_page;
  GtkLabel     *user_label;
  GtkButton    *lock_button;
  GtkLabel     *error_label;
  GtkRevealer  *toast_revealer;
  GtkLabel     *toast_label;
  GtkBox       *reception_box;
  GtkBox       *log_box;
  GtkBox       *security_box;
  GtkBox       *admin_box;

  /* owned references */
  FdStore      *store;
  GCancellable *cancellable;   /* cancelled when the window goes */
  FdSession    *session;       /* who is logged in; NULL: locked */
  GtkWidget    *login_page;    /* FdStaffLoginPage */
  FdStaffPage  *reception_view; /* the reception page */
  FdStaffPage  *log_view;      /* the visit log */
  FdStaffPage  *security_view; /* the security page */
  struct _FdStaffAdmin    *admin;    /* the administration page */

  /* state */
  FdLang        lang;
  GString      *scan;          /* what a barcode scanner typed so far */
  guint         tick;          /* redraws waiting times */
  guint         toast_source;  /* hides the toast */
  guint         lock_seconds;  /* idle time before the window locks; 0 never */
  gboolean      lock_fixed;    /* set by the caller, not the site setting */
  guint         idle_source;   /* locks the window when it fires */
};



/* What a staff action hands to its worker thread: who does it, on what. */
typedef struct {
  FdSession       *session;   /* a copy of the window's; NULL while locked */
  char            *actor;     /* who, for the audit log */
  FdLang           lang;      /* the window's language */
  gint64           id;        /* the visit, host, alert or watchlist entry */
  gboolean         flag;      /* the action's yes or no: badge back, host active, a reissue */
  FdRole           role;      /* for a new staff account */
  FdPrintSettings *settings;  /* where a badge prints; NULL: nowhere */
  char            *values[12]; /* the texts the action takes */
} FdStaffJob;

void       fd_staff_list_clear        (GtkWidget     *list);
GtkWidget *fd_staff_dialog_add_buttons (GtkWidget  *dialog,
                                        GtkWidget  *box,
                                        FdLang      lang,
                                        const char *ok_label,
                                        const char *ok_name,
                                        GCallback   ok_cb);
FdStaffJob *fd_staff_job_new          (FdStaffWindow *self,
                                       gint64         id);
void       fd_staff_job_free          (FdStaffJob    *job);
void       fd_staff_window_show_error (FdStaffWindow *self,
                                       const char    *message);
void       fd_staff_window_show_status (FdStaffWindow *self,
                                        const char    *message,
                                        gboolean       is_error);
void       fd_staff_window_add_scanner (FdStaffWindow *self);
const char *fd_staff_window_actor     (FdStaffWindow *self);
GtkWidget *fd_staff_label             (const char    *text,
                                       const char    *css_class);
GtkWidget *fd_staff_dialog_new        (FdStaffWindow *self,
                                       const char    *name,
                                       const char    *title,
                                       GtkWidget    **content);
void       fd_staff_window_run        (FdStaffWindow *self,
                                       FdStoreJob     job,
                                       gpointer       data,
                                       GDestroyNotify data_free,
                                       const char    *done_message);

void       fd_staff_window_session_changed (FdStaffWindow *self);
void       fd_staff_window_read_lock_minutes (FdStaffWindow *self);


/* Actions and keys (fd-staff-window-actions.c). */
void       fd_staff_window_class_init_actions (GtkWidgetClass *widget_class);
void       fd_staff_window_update_actions     (FdStaffWindow  *self);

/* Login, lock and roles (fd-staff-window-lock.c). */
void       fd_staff_login_init        (FdStaffWindow *self);
void       fd_staff_window_poke       (FdStaffWindow *self);

/* The other pages; each builds itself into its box. */
typedef struct _FdStaffAdmin FdStaffAdmin;
typedef struct _FdStaffTopics FdStaffTopics;

FdStaffAdmin    *fd_staff_admin_new        (FdStaffWindow   *self);
void             fd_staff_admin_free       (FdStaffAdmin    *admin);
void             fd_staff_admin_reload     (FdStaffAdmin    *admin);
void             fd_staff_admin_import_hosts (FdStaffAdmin  *admin,
                                            const char    *path);
const char      *fd_staff_role_text        (FdLang           lang,
                                            FdRole           role);
GtkWidget       *fd_staff_account_row      (FdStaffWindow   *window,
                                            const FdStaff   *staff);
GtkWidget       *fd_staff_host_row         (FdStaffWindow   *window,
                                            FdHost          *host);
FdStaffTopics   *fd_staff_topics_new       (FdStaffWindow   *window,
                                            GtkBox          *box);
void             fd_staff_topics_fill      (FdStaffTopics   *topics,
                                            const char      *json,
                                            GPtrArray       *hosts);
void             fd_staff_topics_free      (FdStaffTopics   *topics);

G_END_DECLS
