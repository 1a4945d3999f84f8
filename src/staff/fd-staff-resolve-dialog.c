/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-resolve-dialog.h"

#include "fd-error.h"
#include "fd-staff-page.h"
#include "fd-staff-task-dialog.h"
#include "fd-ui.h"

/*
 * Closing a call's follow-up: FAQ-2 (the colleague a complex enquiry went
 * to is asked whether it was resolved) and FAQ-3 (the complaint's outcome
 * is reported to the caller, who is asked whether they are satisfied).
 */

struct _FdStaffResolveDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel       *call_label;
  GtkLabel       *hint_label;
  GtkLabel       *outcome_label;
  GtkEntry       *outcome_entry;
  GtkCheckButton *satisfied_check;
  GtkLabel       *problem_label;
  GtkButton      *cancel_button;
  GtkButton      *save_button;

  FdCall         *call;
};

G_DEFINE_FINAL_TYPE (FdStaffResolveDialog, fd_staff_resolve_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

typedef struct {
  FdSession *session;
  gint64     id;
  char      *outcome;
  gboolean   satisfied;
} Resolve;

static void
resolve_free (Resolve *resolve)
{
  fd_session_free (resolve->session);
  g_free (resolve->outcome);
  g_free (resolve);
}

static gpointer
resolve_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Resolve *resolve = data;

  return fd_store_resolve_call (store, resolve->session, resolve->id, resolve->outcome, resolve->satisfied, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static void
resolved_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffResolveDialog) self = user_data;

  if (fd_staff_task_dialog_run_finish (BASE (self), result, NULL) != NULL)
    fd_staff_task_dialog_return (BASE (self), GINT_TO_POINTER (1), NULL);
}

static void
save_clicked_cb (FdStaffResolveDialog *self)
{
  g_autofree char *outcome = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->outcome_entry))));
  Resolve *resolve;

  if (*outcome == '\0')
    {
      fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)),
                                                             N_("Please write what came of it.")));
      return;
    }
  resolve = g_new0 (Resolve, 1);
  resolve->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  resolve->id = self->call->id;
  resolve->outcome = g_steal_pointer (&outcome);
  resolve->satisfied = gtk_check_button_get_active (self->satisfied_check);
  fd_staff_task_dialog_run (BASE (self), resolve_job, resolve, (GDestroyNotify) resolve_free, NULL, resolved_cb);
}

static void
fd_staff_resolve_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_RESOLVE_DIALOG);
  G_OBJECT_CLASS (fd_staff_resolve_dialog_parent_class)->dispose (object);
}

static void
fd_staff_resolve_dialog_finalize (GObject *object)
{
  FdStaffResolveDialog *self = FD_STAFF_RESOLVE_DIALOG (object);

  g_clear_pointer (&self->call, fd_call_free);
  G_OBJECT_CLASS (fd_staff_resolve_dialog_parent_class)->finalize (object);
}

static void
fd_staff_resolve_dialog_class_init (FdStaffResolveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_resolve_dialog_dispose;
  object_class->finalize = fd_staff_resolve_dialog_finalize;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-resolve-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffResolveDialog, name)
  BIND (call_label);
  BIND (hint_label);
  BIND (outcome_label);
  BIND (outcome_entry);
  BIND (satisfied_check);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
fd_staff_resolve_dialog_init (FdStaffResolveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

/**
 * fd_staff_resolve_dialog_run_async:
 * @call: a call with its follow-up open
 *
 * Shows the dialog over @parent; it finishes once the follow-up is
 * closed, or the dialog is.
 */
void
fd_staff_resolve_dialog_run_async (GtkWindow           *parent,
                                   FdStore             *store,
                                   const FdSession     *session,
                                   const FdCall        *call,
                                   FdLang               lang,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  FdStaffResolveDialog *self = g_object_new (FD_TYPE_STAFF_RESOLVE_DIALOG, "transient-for", parent, NULL);
  gboolean complaint = call->kind == FD_CALL_COMPLAINT;
  /* Translators: %1$s the caller, %2$s what the call was about. */
  g_autofree char *about = g_strdup_printf (fd_tr (lang, N_("%1$s: %2$s")), call->caller, call->topic);
  g_autofree char *hint = NULL;

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_resolve_dialog_run_async);
  self->call = fd_call_copy (call);
  if (complaint)
    hint = g_strdup (fd_tr (lang, N_("Tell the caller what came of their complaint, and ask whether they are satisfied.")));
  else
    /* Translators: %s the colleague the call went to. */
    hint = g_strdup_printf (fd_tr (lang, N_("Ask %s whether the caller's question was answered.")),
                            call->host_name != NULL ? call->host_name : "");
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Follow up a call")));
  gtk_label_set_text (self->call_label, about);
  gtk_label_set_text (self->hint_label, hint);
  gtk_label_set_text (self->outcome_label, fd_tr (lang, N_("What came of it")));
  gtk_check_button_set_label (self->satisfied_check, fd_tr (lang, N_("The caller says they are satisfied")));
  gtk_widget_set_visible (GTK_WIDGET (self->satisfied_check), complaint);
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Resolved")));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->outcome_entry));
}

gboolean
fd_staff_resolve_dialog_run_finish (GAsyncResult  *result,
                                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_pointer (G_TASK (result), error) != NULL;
}
