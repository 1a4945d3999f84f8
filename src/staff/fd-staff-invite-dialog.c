/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-invite-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-ui.h"

/*
 * Inviting a visitor: the code goes to the host by the outbox, and the
 * reception page shows it to read out or write down.  The dialog saves the
 * invitation itself and stays open, saying what is wrong, until it is
 * saved or cancelled; _run_finish() gives the code, or
 * G_IO_ERROR_CANCELLED.
 *
 * Tried at the desk: the day was typed as YYYY-MM-DD, the host was a
 * drop-down with no search that chose the first host for you, and fields
 * had placeholders instead of labels.  The host is now found as at the
 * kiosk, nobody is chosen until the receptionist chooses, and the day is
 * Today, Tomorrow or a day on the calendar.
 */

struct _FdStaffInviteDialog
{
  GtkWindow          parent_instance;

  /* template widgets */
  GtkLabel          *intro_label;
  GtkLabel          *name_label;
  GtkEntry          *name_entry;
  GtkLabel          *phone_label;
  GtkEntry          *phone_entry;
  GtkLabel          *company_label;
  GtkEntry          *company_entry;
  GtkLabel          *purpose_label;
  GtkEntry          *purpose_entry;
  GtkLabel          *host_label;
  FdKioskHostPicker *host_picker;
  GtkLabel          *day_label;
  GtkButton         *today_button;
  GtkButton         *tomorrow_button;
  GtkLabel          *chosen_label;
  GtkCalendar       *calendar;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;

  FdStore           *store;
  FdSession         *session;
  FdLang             lang;
  GDateTime         *today;   /* local midnight of the store's today */
  GTask             *task;    /* the caller's, until saved or cancelled */
};

G_DEFINE_FINAL_TYPE (FdStaffInviteDialog, fd_staff_invite_dialog, GTK_TYPE_WINDOW)

/* What came of an invitation. */
typedef struct {
  char     *code;
  gboolean  told;  /* the host's message goes out now */
} Invited;

static void
invited_free (Invited *invited)
{
  g_free (invited->code);
  g_free (invited);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Invited, invited_free)

typedef struct {
  FdRegistration *reg;
  char           *day;
  FdSession      *session;
} Invite;

static void
invite_free (Invite *invite)
{
  fd_registration_free (invite->reg);
  g_free (invite->day);
  fd_session_free (invite->session);
  g_free (invite);
}

static gpointer
invite_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Invite *invite = data;
  g_autoptr(Invited) invited = g_new0 (Invited, 1);

  if (fd_store_add_invitation (store, invite->session, invite->reg, invite->day, &invited->code, error) == 0)
    return NULL;
  invited->told = fd_store_host_reachable (store, invite->reg->host_id);
  return g_steal_pointer (&invited);
}

static void
show_problem (FdStaffInviteDialog *self,
              const char          *text)
{
  gtk_label_set_text (self->problem_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
}

static void
invited_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdStaffInviteDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  Invited *invited = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autoptr(GTask) task = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), TRUE);
  if (invited == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_problem (self, g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                            ? fd_tr (self->lang, N_("Please give the visitor's name, a mobile number and the purpose, and choose today or a later day."))
                            : fd_tr (self->lang, N_("The invitation was not saved. Please try again.")));
      return;
    }
  task = g_steal_pointer (&self->task);
  if (task != NULL)
    g_task_return_pointer (task, invited, (GDestroyNotify) invited_free);
  else
    invited_free (invited);
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
chosen_day (FdStaffInviteDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);

  return g_date_time_format (day, "%Y-%m-%d");
}

static void
save_clicked_cb (FdStaffInviteDialog *self)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->host_picker);
  Invite *invite;

  if (self->task == NULL)
    return;
  if (host == NULL)
    {
      show_problem (self, fd_tr (self->lang, N_("Please choose the host: type part of their name and pick them from the list.")));
      return;
    }
  invite = g_new0 (Invite, 1);
  invite->reg = fd_registration_new ();
  invite->reg->name = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry)));
  invite->reg->phone = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->phone_entry)));
  invite->reg->company = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->company_entry)));
  invite->reg->purpose = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->purpose_entry)));
  invite->reg->host_id = host->id;
  invite->day = chosen_day (self);
  invite->session = fd_session_copy (self->session);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
  fd_store_run_async (self->store, invite_job, invite, (GDestroyNotify) invite_free, (GDestroyNotify) invited_free,
                      g_task_get_cancellable (self->task), invited_cb, g_object_ref (self));
}

/* "Today, 2026-12-01" under the buttons, so the day is never a guess. */
static void
day_selected_cb (FdStaffInviteDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *date = g_date_time_format (day, "%Y-%m-%d");
  g_autofree char *text = NULL;
  /* Both are local midnights; a day with a clock change is 23 or 25 h. */
  GTimeSpan span = g_date_time_difference (day, self->today);
  gint64 days = (span + (span < 0 ? -1 : 1) * 12 * G_TIME_SPAN_HOUR) / G_TIME_SPAN_DAY;

  if (days < 0)
    /* Translators: %s a day that has passed. */
    text = g_strdup_printf (fd_tr (self->lang, N_("%s has passed: choose today or a later day")), date);
  else if (days == 0)
    /* Translators: %s today's date. */
    text = g_strdup_printf (fd_tr (self->lang, N_("Today, %s")), date);
  else if (days == 1)
    /* Translators: %s tomorrow's date. */
    text = g_strdup_printf (fd_tr (self->lang, N_("Tomorrow, %s")), date);
  else
    text = g_strdup (date);
  gtk_label_set_text (self->chosen_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
}

static void
select_day (FdStaffInviteDialog *self,
            int                  days_ahead)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (self->today, days_ahead);

  gtk_calendar_select_day (self->calendar, day);
  day_selected_cb (self);
}

static void
today_clicked_cb (FdStaffInviteDialog *self)
{
  select_day (self, 0);
}

static void
tomorrow_clicked_cb (FdStaffInviteDialog *self)
{
  select_day (self, 1);
}

static void
cancelled (FdStaffInviteDialog *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->task);

  if (task != NULL)
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "No invitation was saved");
}

static gboolean
fd_staff_invite_dialog_close_request (GtkWindow *window)
{
  cancelled (FD_STAFF_INVITE_DIALOG (window));
  return GTK_WINDOW_CLASS (fd_staff_invite_dialog_parent_class)->close_request (window);
}

static void
fd_staff_invite_dialog_dispose (GObject *object)
{
  FdStaffInviteDialog *self = FD_STAFF_INVITE_DIALOG (object);

  cancelled (self);
  fd_ui_return_focus (GTK_WINDOW (object));
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_INVITE_DIALOG);
  G_OBJECT_CLASS (fd_staff_invite_dialog_parent_class)->dispose (object);
}

static void
fd_staff_invite_dialog_finalize (GObject *object)
{
  FdStaffInviteDialog *self = FD_STAFF_INVITE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->session, fd_session_free);
  g_clear_pointer (&self->today, g_date_time_unref);
  G_OBJECT_CLASS (fd_staff_invite_dialog_parent_class)->finalize (object);
}

static void
fd_staff_invite_dialog_class_init (FdStaffInviteDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = fd_staff_invite_dialog_dispose;
  object_class->finalize = fd_staff_invite_dialog_finalize;
  window_class->close_request = fd_staff_invite_dialog_close_request;

  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-invite-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, name_entry);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, phone_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, company_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, company_entry);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, purpose_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, purpose_entry);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, host_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, host_picker);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, day_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, today_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, tomorrow_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInviteDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, today_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tomorrow_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
fd_staff_invite_dialog_init (FdStaffInviteDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The dialog's texts in the receptionist's language. */
static void
apply_lang (FdStaffInviteDialog *self)
{
  FdLang lang = self->lang;

  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Invite a visitor")));
  gtk_label_set_text (self->intro_label, fd_tr (lang, N_("The visitor gets a code to scan or type at the kiosk; the host is sent it to pass on.")));
  gtk_label_set_text (self->name_label, fd_tr (lang, N_("Visitor's name")));
  gtk_label_set_text (self->phone_label, fd_tr (lang, N_("Mobile number")));
  gtk_entry_set_placeholder_text (self->phone_entry, fd_tr (lang, N_("e.g. 138 0013 8000")));
  gtk_label_set_text (self->company_label, fd_tr (lang, N_("Company (optional)")));
  gtk_label_set_text (self->purpose_label, fd_tr (lang, N_("Purpose of the visit")));
  gtk_label_set_text (self->host_label, fd_tr (lang, N_("Host")));
  gtk_label_set_text (self->day_label, fd_tr (lang, N_("Day of the visit")));
  gtk_button_set_label (self->today_button, fd_tr (lang, N_("Today")));
  gtk_button_set_label (self->tomorrow_button, fd_tr (lang, N_("Tomorrow")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Save invitation")));
  fd_ui_name_calendar (self->calendar, lang);
  fd_kiosk_host_picker_set_lang (self->host_picker, lang);
  fd_kiosk_host_picker_label (self->host_picker, self->host_label, self->problem_label);
}

/**
 * fd_staff_invite_dialog_run_async:
 * @session: who invites
 *
 * Shows the dialog over @parent; it finishes once the invitation is saved
 * or the dialog is closed.
 */
void
fd_staff_invite_dialog_run_async (GtkWindow           *parent,
                                  FdStore             *store,
                                  const FdSession     *session,
                                  FdLang               lang,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  FdStaffInviteDialog *self = g_object_new (FD_TYPE_STAFF_INVITE_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (fd_store_now_ms (store) / 1000);

  self->task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (self->task, fd_staff_invite_dialog_run_async);
  self->store = g_object_ref (store);
  self->session = fd_session_copy (session);
  self->lang = lang;
  self->today = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                       g_date_time_get_day_of_month (now), 0, 0, 0);
  fd_kiosk_host_picker_set_store (self->host_picker, store);
  /* The request to choose a host goes once one is chosen. */
  g_signal_connect_object (self->host_picker, "notify::host", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
  apply_lang (self);
  select_day (self, 0);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}

/**
 * fd_staff_invite_dialog_run_finish:
 * @host_told: (out) (optional): whether a mail server or chat group is set
 *   up to tell the host now
 *
 * Returns: the invitation's code; %NULL with G_IO_ERROR_CANCELLED.
 */
char *
fd_staff_invite_dialog_run_finish (GAsyncResult  *result,
                                   gboolean      *host_told,
                                   GError       **error)
{
  g_autoptr(Invited) invited = NULL;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  invited = g_task_propagate_pointer (G_TASK (result), error);
  if (invited == NULL)
    return NULL;
  if (host_told != NULL)
    *host_told = invited->told;
  return g_steal_pointer (&invited->code);
}
