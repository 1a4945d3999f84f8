/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-call-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-staff-page.h"
#include "fd-staff-task-dialog.h"
#include "fd-store-calls.h"
#include "fd-ui.h"

/*
 * Logging a call while it goes on (TEL-1 to TEL-6): the dialog shows the
 * SOP's words for each moment — the greeting (after more than 3 rings,
 * the apology for the wait), the apology of a complaint, the read-back of
 * what the caller wants, the transfer and, when nobody answers, the offer
 * of a message — next to the fields they fill: the caller's name (at
 * least the surname) and company, the number, enquiry, request or
 * complaint, the request type and what was said, and the colleague the
 * call went to.  It stays open, saying what is missing, until the call is
 * logged or the dialog is closed.
 */

struct _FdStaffCallDialog
{
  FdStaffTaskDialog  parent_instance;

  /* template widgets */
  GtkCheckButton    *late_check;
  GtkLabel          *greeting_label;
  GtkLabel          *caller_label;
  GtkEntry          *caller_entry;
  GtkLabel          *company_label;
  GtkEntry          *company_entry;
  GtkLabel          *phone_label;
  GtkEntry          *phone_entry;
  GtkLabel          *kind_label;
  GtkDropDown       *kind_choice;
  GtkLabel          *apology_label;
  GtkLabel          *topic_label;
  GtkEntry          *topic_entry;
  GtkLabel          *details_label;
  GtkEntry          *details_entry;
  GtkLabel          *read_back_label;
  GtkCheckButton    *transfer_check;
  GtkRevealer       *transfer_revealer;
  FdKioskHostPicker *host_picker;
  GtkLabel          *transfer_label;
  GtkCheckButton    *answered_check;
  GtkCheckButton    *message_check;
  GtkLabel          *closing_label;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;

  char              *company;   /* the site's name, for the greeting */
};

G_DEFINE_FINAL_TYPE (FdStaffCallDialog, fd_staff_call_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)
#define LANG(self) fd_staff_task_dialog_get_lang (BASE (self))

static void
show_problem (FdStaffCallDialog *self,
              const char        *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (LANG (self), text));
}

static const char *
entry_text (GtkEntry *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

/* The SOP's words for this moment of the call, in the staff member's
 * language, with what is known so far. */
static void
update_scripts (FdStaffCallDialog *self)
{
  FdLang lang = LANG (self);
  const FdHost *host = fd_kiosk_host_picker_get_host (self->host_picker);
  const char *topic = entry_text (self->topic_entry);
  const char *department = host != NULL && host->department != NULL && *host->department != '\0'
                           ? host->department : fd_tr (lang, N_("the department"));
  g_autofree char *greeting = NULL, *read_back = NULL, *transfer = NULL;

  /* TEL-1, TEL-2 */
  greeting = g_strdup_printf (gtk_check_button_get_active (self->late_check)
                              ? fd_tr (lang, N_("“Hello, %s reception, sorry to keep you waiting. How can I help you?”"))
                              : fd_tr (lang, N_("“Hello, %s reception. How can I help you?”")),
                              self->company);
  gtk_label_set_text (self->greeting_label, greeting);
  /* What is asked for goes once the person at the desk changes anything. */
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  /* TEL-6, FAQ-3 */
  gtk_widget_set_visible (GTK_WIDGET (self->apology_label),
                          gtk_drop_down_get_selected (self->kind_choice) == FD_CALL_COMPLAINT);
  /* TEL-3: read back to confirm. */
  read_back = g_strdup_printf (fd_tr (lang, N_("Read back: “So you would like to know about %s, is that right?”")),
                               *topic != '\0' ? topic : "…");
  gtk_label_set_text (self->read_back_label, read_back);
  /* TEL-4 */
  if (gtk_check_button_get_active (self->message_check))
    transfer = g_strdup_printf (fd_tr (lang, N_("“Sorry, our colleague in %s is not available right now. Shall I take a message? I will have them call you back as soon as possible.”")),
                                department);
  else
    transfer = g_strdup_printf (fd_tr (lang, N_("“May I have your surname, so that my colleague knows who is calling? One moment, I will put you through to %s.”")),
                                department);
  gtk_label_set_text (self->transfer_label, transfer);
  gtk_revealer_set_reveal_child (self->transfer_revealer, gtk_check_button_get_active (self->transfer_check));
}

/* Saving, off the main loop. */

typedef struct {
  FdCallIn   in;
  FdSession *session;
  gboolean   told;
} Log;

static void
log_free (Log *log)
{
  fd_call_in_clear (&log->in);
  fd_session_free (log->session);
  g_free (log);
}

static gpointer
log_job (FdStore   *store,
         gpointer   data,
         GError   **error)
{
  Log *log = data;

  if (fd_store_log_call (store, log->session, &log->in, error) == 0)
    return NULL;
  /* Whether a message for the colleague goes out now. */
  return GINT_TO_POINTER (log->in.transfer != FD_CALL_MESSAGE || fd_store_host_reachable (store, log->in.host_id)
                          ? 2 : 1);
}

static void
logged_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffCallDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gpointer logged = fd_staff_task_dialog_run_finish (BASE (self), result, &error);

  if (logged != NULL)
    fd_staff_task_dialog_return (BASE (self), logged, NULL);
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_INVALID))
    show_problem (self, N_("Please check the caller's number: it is not a phone number."));
}

static void
save_clicked_cb (FdStaffCallDialog *self)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->host_picker);
  gboolean transfer = gtk_check_button_get_active (self->transfer_check);
  gboolean message = transfer && gtk_check_button_get_active (self->message_check);
  g_autofree char *caller = g_strstrip (g_strdup (entry_text (self->caller_entry)));
  g_autofree char *topic = g_strstrip (g_strdup (entry_text (self->topic_entry)));
  g_autofree char *phone = g_strstrip (g_strdup (entry_text (self->phone_entry)));
  Log *log;

  if (*caller == '\0')
    {
      show_problem (self, N_("Please write the caller's name, at least the surname."));
      gtk_widget_grab_focus (GTK_WIDGET (self->caller_entry));
      return;
    }
  if (*topic == '\0')
    {
      show_problem (self, N_("Please write what the call is about, e.g. price enquiry."));
      gtk_widget_grab_focus (GTK_WIDGET (self->topic_entry));
      return;
    }
  if (transfer && host == NULL)
    {
      show_problem (self, N_("Please choose the colleague the call went to."));
      return;
    }
  if (message && *phone == '\0')
    {
      show_problem (self, N_("A message needs the caller's number, so that they can be called back."));
      gtk_widget_grab_focus (GTK_WIDGET (self->phone_entry));
      return;
    }
  log = g_new0 (Log, 1);
  log->in.caller = g_steal_pointer (&caller);
  log->in.company = g_strdup (entry_text (self->company_entry));
  log->in.phone = g_steal_pointer (&phone);
  log->in.kind = MIN (gtk_drop_down_get_selected (self->kind_choice), FD_CALL_COMPLAINT);
  log->in.topic = g_steal_pointer (&topic);
  log->in.details = g_strdup (entry_text (self->details_entry));
  log->in.answered_late = gtk_check_button_get_active (self->late_check);
  log->in.transfer = !transfer ? FD_CALL_NOT_TRANSFERRED : message ? FD_CALL_MESSAGE : FD_CALL_TRANSFERRED;
  log->in.host_id = transfer ? host->id : 0;
  log->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  fd_staff_task_dialog_run (BASE (self), log_job, log, (GDestroyNotify) log_free, NULL, logged_cb);
}

static void
fd_staff_call_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_CALL_DIALOG);
  G_OBJECT_CLASS (fd_staff_call_dialog_parent_class)->dispose (object);
}

static void
fd_staff_call_dialog_finalize (GObject *object)
{
  FdStaffCallDialog *self = FD_STAFF_CALL_DIALOG (object);

  g_free (self->company);
  G_OBJECT_CLASS (fd_staff_call_dialog_parent_class)->finalize (object);
}

static void
fd_staff_call_dialog_class_init (FdStaffCallDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_call_dialog_dispose;
  object_class->finalize = fd_staff_call_dialog_finalize;

  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-call-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffCallDialog, name)
  BIND (late_check);
  BIND (greeting_label);
  BIND (caller_label);
  BIND (caller_entry);
  BIND (company_label);
  BIND (company_entry);
  BIND (phone_label);
  BIND (phone_entry);
  BIND (kind_label);
  BIND (kind_choice);
  BIND (apology_label);
  BIND (topic_label);
  BIND (topic_entry);
  BIND (details_label);
  BIND (details_entry);
  BIND (read_back_label);
  BIND (transfer_check);
  BIND (transfer_revealer);
  BIND (host_picker);
  BIND (transfer_label);
  BIND (answered_check);
  BIND (message_check);
  BIND (closing_label);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_scripts);
}

static void
fd_staff_call_dialog_init (FdStaffCallDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

static void
apply_lang (FdStaffCallDialog *self)
{
  FdLang lang = LANG (self);
  const char *kinds[] = { fd_tr (lang, N_("Enquiry")), fd_tr (lang, N_("Request")), fd_tr (lang, N_("Complaint")), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (kinds);

  gtk_drop_down_set_model (self->kind_choice, G_LIST_MODEL (names));
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Log a call")));
  gtk_check_button_set_label (self->late_check, fd_tr (lang, N_("Answered after more than 3 rings")));
  gtk_label_set_text (self->caller_label, fd_tr (lang, N_("Caller's name (at least the surname)")));
  gtk_label_set_text (self->company_label, fd_tr (lang, N_("Company (optional)")));
  gtk_label_set_text (self->phone_label, fd_tr (lang, N_("Phone number")));
  gtk_label_set_text (self->kind_label, fd_tr (lang, N_("The call is")));
  fd_ui_name_drop_down (self->kind_choice, fd_tr (lang, N_("The call is")));
  gtk_label_set_text (self->apology_label, fd_tr (lang, N_("“I am sorry for the trouble. Please tell me what happened, and I will help you sort it out.” Listen without interrupting: “Please go on, I am listening.”")));
  gtk_label_set_text (self->topic_label, fd_tr (lang, N_("About (request type)")));
  gtk_entry_set_placeholder_text (self->topic_entry, fd_tr (lang, N_("e.g. price enquiry, interview appointment")));
  gtk_label_set_text (self->details_label, fd_tr (lang, N_("What they said (optional)")));
  gtk_check_button_set_label (self->transfer_check, fd_tr (lang, N_("Transferred to a colleague")));
  gtk_check_button_set_label (self->answered_check, fd_tr (lang, N_("They answered")));
  gtk_check_button_set_label (self->message_check, fd_tr (lang, N_("No answer after 5 rings: leave them a message")));
  gtk_label_set_text (self->closing_label, fd_tr (lang, N_("Before hanging up: “Is there anything else I can help you with?” Hang up after the caller.")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Log call")));
  fd_kiosk_host_picker_set_lang (self->host_picker, lang);
  update_scripts (self);
}

/**
 * fd_staff_call_dialog_run_async:
 * @company: the company's name, as the greeting says it
 *
 * Shows the dialog over @parent; it finishes once the call is logged or
 * the dialog is closed.
 */
void
fd_staff_call_dialog_run_async (GtkWindow           *parent,
                                FdStore             *store,
                                const FdSession     *session,
                                const char          *company,
                                FdLang               lang,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  FdStaffCallDialog *self = g_object_new (FD_TYPE_STAFF_CALL_DIALOG, "transient-for", parent, NULL);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_call_dialog_run_async);
  self->company = g_strdup (company != NULL && *company != '\0' ? company : fd_tr (lang, N_("the company")));
  fd_kiosk_host_picker_set_store (self->host_picker, store);
  g_signal_connect_object (self->host_picker, "notify::host", G_CALLBACK (update_scripts), self, G_CONNECT_SWAPPED);
  apply_lang (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->caller_entry));
}

/**
 * fd_staff_call_dialog_run_finish:
 * @message_told: (out) (optional): %FALSE when a message was left for a
 *   colleague no mail or chat reaches
 *
 * Returns: %TRUE once the call is logged; %FALSE with G_IO_ERROR_CANCELLED.
 */
gboolean
fd_staff_call_dialog_run_finish (GAsyncResult  *result,
                                 gboolean      *message_told,
                                 GError       **error)
{
  int logged;

  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  logged = GPOINTER_TO_INT (g_task_propagate_pointer (G_TASK (result), error));
  if (message_told != NULL)
    *message_told = logged == 2;
  return logged > 0;
}
