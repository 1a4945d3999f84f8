/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-task-dialog.h"

#include "fd-error.h"
#include "fd-staff-page.h"
#include "fd-ui.h"

/*
 * The base of the staff window's dialogs that save something themselves
 * (log a parcel, hand it over, log a call, close a follow-up): the
 * caller's task, finished once with what was saved or with
 * G_IO_ERROR_CANCELLED when the dialog is closed; the store and the
 * session it saves with, off the main loop; the problem label that says
 * what is missing; the save button, insensitive while a save is under way;
 * and the focus given back to the window on closing.
 */

typedef struct
{
  FdStore   *store;
  FdSession *session;
  FdLang     lang;
  GTask     *task;     /* the caller's, until saved or closed */
  GtkLabel  *problem;  /* the subclass's */
  GtkWidget *save;
} FdStaffTaskDialogPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (FdStaffTaskDialog, fd_staff_task_dialog, GTK_TYPE_WINDOW)

static FdStaffTaskDialogPrivate *
get_priv (FdStaffTaskDialog *self)
{
  return fd_staff_task_dialog_get_instance_private (self);
}

/**
 * fd_staff_task_dialog_begin:
 * @session: who saves
 * @source_tag: the subclass's _run_async()
 *
 * Takes the caller's callback; called by the subclass's _run_async()
 * before it presents the dialog.
 */
void
fd_staff_task_dialog_begin (FdStaffTaskDialog   *self,
                            FdStore             *store,
                            const FdSession     *session,
                            FdLang               lang,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data,
                            gpointer             source_tag)
{
  FdStaffTaskDialogPrivate *priv = get_priv (self);

  g_return_if_fail (FD_IS_STAFF_TASK_DIALOG (self));
  g_return_if_fail (priv->task == NULL);

  priv->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (priv->task, source_tag);
  priv->store = g_object_ref (store);
  priv->session = fd_session_copy (session);
  priv->lang = lang;
}

FdStore *
fd_staff_task_dialog_get_store (FdStaffTaskDialog *self)
{
  return get_priv (self)->store;
}

const FdSession *
fd_staff_task_dialog_get_session (FdStaffTaskDialog *self)
{
  return get_priv (self)->session;
}

FdLang
fd_staff_task_dialog_get_lang (FdStaffTaskDialog *self)
{
  return get_priv (self)->lang;
}

/* The subclass's problem label and save button, from its template. */
void
fd_staff_task_dialog_set_controls (FdStaffTaskDialog *self,
                                   GtkLabel          *problem,
                                   GtkWidget         *save)
{
  get_priv (self)->problem = problem;
  get_priv (self)->save = save;
}

/* Says what is wrong or missing, in red above the buttons. */
void
fd_staff_task_dialog_show_problem (FdStaffTaskDialog *self,
                                   const char        *text)
{
  FdStaffTaskDialogPrivate *priv = get_priv (self);

  if (priv->problem == NULL)
    return;  /* closed meanwhile */
  gtk_label_set_text (priv->problem, text);
  gtk_widget_set_visible (GTK_WIDGET (priv->problem), TRUE);
}

/**
 * fd_staff_task_dialog_run:
 * @job: saves, in a worker; returns non-%NULL on success
 * @done: gets the dialog (a reference) and the job's result; calls
 *   fd_staff_task_dialog_run_finish()
 *
 * Returns: %FALSE when the dialog has already finished (nothing runs).
 */
gboolean
fd_staff_task_dialog_run (FdStaffTaskDialog   *self,
                          FdStoreJob           job,
                          gpointer             data,
                          GDestroyNotify       data_free,
                          GDestroyNotify       result_free,
                          GAsyncReadyCallback  done)
{
  FdStaffTaskDialogPrivate *priv = get_priv (self);

  if (priv->task == NULL)
    {
      if (data_free != NULL)
        data_free (data);
      return FALSE;
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->problem), FALSE);
  gtk_widget_set_sensitive (priv->save, FALSE);
  fd_store_run_async (priv->store, job, data, data_free, result_free, g_task_get_cancellable (priv->task), done,
                      g_object_ref (self));
  return TRUE;
}

/**
 * fd_staff_task_dialog_run_finish:
 *
 * Returns: (transfer full): the job's result; %NULL after a failure,
 *   which the problem label then says (nothing when cancelled).
 */
gpointer
fd_staff_task_dialog_run_finish (FdStaffTaskDialog  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  FdStaffTaskDialogPrivate *priv = get_priv (self);
  g_autoptr(GError) local = NULL;
  gpointer done = fd_store_run_finish (priv->store, result, &local);

  if (priv->save != NULL)
    gtk_widget_set_sensitive (priv->save, TRUE);
  if (done == NULL && !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fd_staff_task_dialog_show_problem (self, fd_staff_failure_text (priv->lang, local));
  if (local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  return done;
}

/* Finishes the caller's task with @result and closes the dialog. */
void
fd_staff_task_dialog_return (FdStaffTaskDialog *self,
                             gpointer           result,
                             GDestroyNotify     result_free)
{
  g_autoptr(GTask) task = g_steal_pointer (&get_priv (self)->task);

  if (task == NULL)
    {
      /* Closed while it was saving: the caller has heard already. */
      if (result_free != NULL)
        result_free (result);
      return;
    }
  g_task_return_pointer (task, result, result_free);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancelled (FdStaffTaskDialog *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&get_priv (self)->task);

  if (task != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Closed without saving");
}

static gboolean
fd_staff_task_dialog_close_request (GtkWindow *window)
{
  cancelled (FD_STAFF_TASK_DIALOG (window));
  return GTK_WINDOW_CLASS (fd_staff_task_dialog_parent_class)->close_request (window);
}

static void
fd_staff_task_dialog_dispose (GObject *object)
{
  /* The subclass's template is gone: a save that ends now says nothing. */
  get_priv (FD_STAFF_TASK_DIALOG (object))->problem = NULL;
  get_priv (FD_STAFF_TASK_DIALOG (object))->save = NULL;
  cancelled (FD_STAFF_TASK_DIALOG (object));
  fd_ui_return_focus (GTK_WINDOW (object));
  G_OBJECT_CLASS (fd_staff_task_dialog_parent_class)->dispose (object);
}

static void
fd_staff_task_dialog_finalize (GObject *object)
{
  FdStaffTaskDialogPrivate *priv = get_priv (FD_STAFF_TASK_DIALOG (object));

  g_clear_object (&priv->store);
  g_clear_pointer (&priv->session, fd_session_free);
  G_OBJECT_CLASS (fd_staff_task_dialog_parent_class)->finalize (object);
}

static void
fd_staff_task_dialog_class_init (FdStaffTaskDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = fd_staff_task_dialog_dispose;
  G_OBJECT_CLASS (klass)->finalize = fd_staff_task_dialog_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = fd_staff_task_dialog_close_request;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_staff_task_dialog_init (FdStaffTaskDialog *self)
{
}
