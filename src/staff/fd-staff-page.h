/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_PAGE (fd_staff_page_get_type ())

G_DECLARE_DERIVABLE_TYPE (FdStaffPage, fd_staff_page, FD, STAFF_PAGE, GtkWidget)

/**
 * FdStaffPageClass:
 * @apply_lang: put every text in the page's language
 * @session_changed: a staff member logged in (the page reloads), or the
 *   window locked (session %NULL: the page forgets every visitor it showed)
 * @reload: the database changed, or time passed
 *
 * What the staff window asks of each of its pages.  A page owns its store
 * reference, its cancellable (cancelled when the window locks) and its
 * reload, and tells the window what the person at the desk should read
 * through its "status" signal.
 */
struct _FdStaffPageClass
{
  GtkWidgetClass parent_class;

  void (*apply_lang)      (FdStaffPage *self);
  void (*session_changed) (FdStaffPage *self);
  void (*reload)          (FdStaffPage *self);
};

void             fd_staff_page_set_lang        (FdStaffPage     *self,
                                                FdLang           lang);
FdLang           fd_staff_page_get_lang        (FdStaffPage     *self);
void             fd_staff_page_set_session     (FdStaffPage     *self,
                                                const FdSession *session);
const FdSession *fd_staff_page_get_session     (FdStaffPage     *self);
gboolean         fd_staff_page_allows          (FdStaffPage     *self,
                                                FdPermission     permission);
void             fd_staff_page_reload          (FdStaffPage     *self);
FdStore         *fd_staff_page_get_store       (FdStaffPage     *self);
GCancellable    *fd_staff_page_get_cancellable (FdStaffPage     *self);
const char      *fd_staff_page_tr              (FdStaffPage     *self,
                                                const char      *text) G_GNUC_FORMAT (2);
void             fd_staff_page_show_status     (FdStaffPage     *self,
                                                const char      *message,
                                                gboolean         is_error);
void             fd_staff_page_run             (FdStaffPage     *self,
                                                FdStoreJob       job,
                                                gpointer         data,
                                                GDestroyNotify   data_free,
                                                const char      *done_message);

/* Shows what fd_staff_page_load()'s job read. */
typedef void (*FdStaffLoaded) (FdStaffPage *page,
                               gpointer     loaded);

void             fd_staff_page_load            (FdStaffPage     *self,
                                                FdStoreJob       job,
                                                GDestroyNotify   result_free,
                                                FdStaffLoaded    loaded,
                                                const char      *failure);

/* A store call that changes the row @id, e.g. fd_store_confirm_arrival(). */
typedef gboolean (*FdStaffIdChange) (FdStore          *store,
                                     const FdSession  *session,
                                     gint64            id,
                                     GError          **error);

void             fd_staff_page_run_on_id       (FdStaffPage     *self,
                                                FdStaffIdChange  change,
                                                gint64           id,
                                                const char      *done_message);

#define FD_STAFF_DISK_FULL N_("This computer's disk is full: visitors cannot be registered or checked out, and nothing new is saved. Free some space; everything recorded so far is kept.")

const char      *fd_staff_channel_name         (const char      *id,
                                                FdLang           lang);
GtkWidget       *fd_staff_empty_row            (const char      *text);
const char      *fd_staff_role_text            (FdLang           lang,
                                                FdRole           role);
const char      *fd_staff_failure_text         (FdLang           lang,
                                                const GError    *error);

G_END_DECLS
