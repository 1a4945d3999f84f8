/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-incident-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-ui.h"

/*
 * Reporting an incident (ENV-3): what happened (water on the floor, a
 * broken item, something else), with the SOP's first step for it; where;
 * what exactly; and the colleague to tell (maintenance, the
 * administration department), who receives it by their channels.
 */

struct _FdStaffIncidentDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel          *kind_label;
  GtkDropDown       *kind_choice;
  GtkLabel          *step_label;
  GtkLabel          *place_label;
  GtkEntry          *place_entry;
  GtkLabel          *details_label;
  GtkEntry          *details_entry;
  GtkLabel          *colleague_label;
  FdKioskHostPicker *colleague_picker;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;
};

G_DEFINE_FINAL_TYPE (FdStaffIncidentDialog, fd_staff_incident_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

typedef struct {
  FdSession      *session;
  FdIncidentKind  kind;
  char           *place;
  char           *details;
  gint64          host_id;
} Report;

static void
report_free (Report *report)
{
  fd_session_free (report->session);
  g_free (report->place);
  g_free (report->details);
  g_free (report);
}

static gpointer
report_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Report *report = data;

  return fd_store_report_incident (store, report->session, report->kind, report->place, report->details,
                                   report->host_id, error) > 0 ? GINT_TO_POINTER (1) : NULL;
}

static void
reported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffIncidentDialog) self = user_data;
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  const FdHost *host = fd_kiosk_host_picker_get_host (self->colleague_picker);
  char *done;

  if (fd_staff_task_dialog_run_finish (BASE (self), result, NULL) == NULL)
    return;
  if (host != NULL)
    /* Translators: %s the colleague told. */
    done = g_strdup_printf (fd_tr (lang, N_("Incident reported; %s is being told.")), host->name);
  else
    done = g_strdup (fd_tr (lang, N_("Incident reported.")));
  fd_staff_task_dialog_return (BASE (self), done, g_free);
}

static void
save_clicked_cb (FdStaffIncidentDialog *self)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->colleague_picker);
  g_autofree char *place = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->place_entry))));
  Report *report;

  if (*place == '\0')
    {
      fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)),
                                                             N_("Please say where it is.")));
      gtk_widget_grab_focus (GTK_WIDGET (self->place_entry));
      return;
    }
  report = g_new0 (Report, 1);
  report->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  report->kind = gtk_drop_down_get_selected (self->kind_choice);
  report->place = g_steal_pointer (&place);
  report->details = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->details_entry)));
  report->host_id = host != NULL ? host->id : 0;
  fd_staff_task_dialog_run (BASE (self), report_job, report, (GDestroyNotify) report_free, NULL, reported_cb);
}

/* ENV-3: the first step for what happened. */
static void
kind_chosen_cb (FdStaffIncidentDialog *self)
{
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  guint kind = gtk_drop_down_get_selected (self->kind_choice);

  gtk_label_set_text (self->step_label, fd_tr (lang, fd_incident_step (MIN (kind, FD_INCIDENT_OTHER))));
}

static void
fd_staff_incident_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_INCIDENT_DIALOG);
  G_OBJECT_CLASS (fd_staff_incident_dialog_parent_class)->dispose (object);
}

static void
fd_staff_incident_dialog_class_init (FdStaffIncidentDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fd_staff_incident_dialog_dispose;
  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-incident-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffIncidentDialog, name)
  BIND (kind_label);
  BIND (kind_choice);
  BIND (step_label);
  BIND (place_label);
  BIND (place_entry);
  BIND (details_label);
  BIND (details_entry);
  BIND (colleague_label);
  BIND (colleague_picker);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_chosen_cb);
}

static void
fd_staff_incident_dialog_init (FdStaffIncidentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
  g_signal_connect_object (self->place_entry, "changed", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
}

/**
 * fd_staff_incident_dialog_run_async:
 *
 * Shows the dialog over @parent; it finishes once the incident is
 * reported or the dialog is closed.
 */
void
fd_staff_incident_dialog_run_async (GtkWindow           *parent,
                                    FdStore             *store,
                                    const FdSession     *session,
                                    FdLang               lang,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  FdStaffIncidentDialog *self = g_object_new (FD_TYPE_STAFF_INCIDENT_DIALOG, "transient-for", parent, NULL);
  const char * const kinds[] = { fd_tr (lang, N_("Water on the floor")), fd_tr (lang, N_("A broken item")),
                                 fd_tr (lang, N_("Something else")), NULL };
  g_autoptr(GtkStringList) names = gtk_string_list_new (kinds);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_incident_dialog_run_async);
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Report an incident")));
  gtk_label_set_text (self->kind_label, fd_tr (lang, N_("What happened")));
  gtk_drop_down_set_model (self->kind_choice, G_LIST_MODEL (names));
  fd_ui_name_drop_down (self->kind_choice, fd_tr (lang, N_("What happened")));
  gtk_label_set_text (self->place_label, fd_tr (lang, N_("Where")));
  gtk_label_set_text (self->details_label, fd_tr (lang, N_("What exactly (optional)")));
  gtk_label_set_text (self->colleague_label, fd_tr (lang, N_("Tell: maintenance or administration (optional)")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Report")));
  fd_kiosk_host_picker_set_store (self->colleague_picker, store);
  fd_kiosk_host_picker_set_lang (self->colleague_picker, lang);
  fd_kiosk_host_picker_label (self->colleague_picker, self->colleague_label, self->problem_label);
  kind_chosen_cb (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->place_entry));
}
