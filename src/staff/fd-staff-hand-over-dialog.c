/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-hand-over-dialog.h"

#include "fd-error.h"
#include "fd-signature-pad.h"
#include "fd-staff-page.h"
#include "fd-staff-task-dialog.h"
#include "fd-ui.h"

/*
 * Handing a parcel over (PKG-4): who takes it (the recipient, or a
 * colleague they sent), the person at the desk confirming they checked
 * who that is, and the taker's signature on the screen.  The dialog
 * stays open, saying what is missing, until the parcel is handed over or
 * the dialog is closed.
 */

struct _FdStaffHandOverDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel       *parcel_label;
  GtkLabel       *collector_label;
  GtkEntry       *collector_entry;
  GtkCheckButton *identity_check;
  GtkLabel       *signature_label;
  FdSignaturePad *signature_pad;
  GtkButton      *clear_button;
  GtkLabel       *problem_label;
  GtkButton      *cancel_button;
  GtkButton      *save_button;

  FdParcel       *parcel;
};

G_DEFINE_FINAL_TYPE (FdStaffHandOverDialog, fd_staff_hand_over_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

static void
show_problem (FdStaffHandOverDialog *self,
              const char            *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)), text));
}

typedef struct {
  FdSession *session;
  gint64     id;
  char      *collector;
  char      *signature;
} HandOver;

static void
hand_over_free (HandOver *hand_over)
{
  fd_session_free (hand_over->session);
  g_free (hand_over->collector);
  g_free (hand_over->signature);
  g_free (hand_over);
}

static gpointer
hand_over_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  HandOver *hand_over = data;

  /* The dialog lets no one on without the identity check ticked. */
  return fd_store_hand_over_parcel (store, hand_over->session, hand_over->id, hand_over->collector, TRUE,
                                    hand_over->signature, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static void
handed_over_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdStaffHandOverDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (fd_staff_task_dialog_run_finish (BASE (self), result, &error) != NULL)
    fd_staff_task_dialog_return (BASE (self), GINT_TO_POINTER (1), NULL);
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    show_problem (self, N_("This parcel is no longer at the desk: someone handed it over or returned it."));
}

static void
save_clicked_cb (FdStaffHandOverDialog *self)
{
  g_autofree char *signature = fd_signature_pad_get_text (self->signature_pad);
  g_autofree char *collector = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->collector_entry))));
  HandOver *hand_over;

  if (*collector == '\0')
    {
      show_problem (self, N_("Please write who takes the parcel."));
      gtk_widget_grab_focus (GTK_WIDGET (self->collector_entry));
      return;
    }
  if (!gtk_check_button_get_active (self->identity_check))
    {
      show_problem (self, N_("Please check who they are (staff card or ID) and tick the box."));
      gtk_widget_grab_focus (GTK_WIDGET (self->identity_check));
      return;
    }
  if (!fd_parcel_signature_is_valid (signature))
    {
      show_problem (self, N_("Please have them sign in the box with a finger or the mouse."));
      return;
    }
  hand_over = g_new0 (HandOver, 1);
  hand_over->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  hand_over->id = self->parcel->id;
  hand_over->collector = g_steal_pointer (&collector);
  hand_over->signature = g_steal_pointer (&signature);
  fd_staff_task_dialog_run (BASE (self), hand_over_job, hand_over, (GDestroyNotify) hand_over_free, NULL,
                            handed_over_cb);
}

static void
clear_clicked_cb (FdStaffHandOverDialog *self)
{
  fd_signature_pad_clear (self->signature_pad);
}

static void
fd_staff_hand_over_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_HAND_OVER_DIALOG);
  G_OBJECT_CLASS (fd_staff_hand_over_dialog_parent_class)->dispose (object);
}

static void
fd_staff_hand_over_dialog_finalize (GObject *object)
{
  FdStaffHandOverDialog *self = FD_STAFF_HAND_OVER_DIALOG (object);

  g_clear_pointer (&self->parcel, fd_parcel_free);
  G_OBJECT_CLASS (fd_staff_hand_over_dialog_parent_class)->finalize (object);
}

static void
fd_staff_hand_over_dialog_class_init (FdStaffHandOverDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_hand_over_dialog_dispose;
  object_class->finalize = fd_staff_hand_over_dialog_finalize;

  g_type_ensure (FD_TYPE_SIGNATURE_PAD);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-hand-over-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffHandOverDialog, name)
  BIND (parcel_label);
  BIND (collector_label);
  BIND (collector_entry);
  BIND (identity_check);
  BIND (signature_label);
  BIND (signature_pad);
  BIND (clear_button);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
fd_staff_hand_over_dialog_init (FdStaffHandOverDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

static void
apply_lang (FdStaffHandOverDialog *self)
{
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  /* Translators: %1$s the recipient, %2$s the carrier, %3$s the tracking number. */
  g_autofree char *parcel = g_strdup_printf (fd_tr (lang, N_("The parcel for %1$s: %2$s %3$s")),
                                             self->parcel->recipient_name, self->parcel->carrier,
                                             self->parcel->tracking);

  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Hand over a parcel")));
  gtk_label_set_text (self->parcel_label, parcel);
  gtk_label_set_text (self->collector_label, fd_tr (lang, N_("Who takes it")));
  gtk_check_button_set_label (self->identity_check,
                              fd_tr (lang, N_("I checked who they are (staff card or ID)")));
  gtk_label_set_text (self->signature_label, fd_tr (lang, N_("Their signature")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->signature_pad), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fd_tr (lang, N_("Signature box: they sign here with a finger or the mouse")), -1);
  gtk_button_set_label (self->clear_button, fd_tr (lang, N_("Clear the signature")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Hand over")));
}

/**
 * fd_staff_hand_over_dialog_run_async:
 * @parcel: the parcel at the desk
 *
 * Shows the dialog over @parent; it finishes once the parcel is handed
 * over or the dialog is closed.
 */
void
fd_staff_hand_over_dialog_run_async (GtkWindow           *parent,
                                     FdStore             *store,
                                     const FdSession     *session,
                                     const FdParcel      *parcel,
                                     FdLang               lang,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  FdStaffHandOverDialog *self = g_object_new (FD_TYPE_STAFF_HAND_OVER_DIALOG, "transient-for", parent, NULL);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_hand_over_dialog_run_async);
  self->parcel = fd_parcel_copy (parcel);
  /* Most often the recipient comes themself. */
  gtk_editable_set_text (GTK_EDITABLE (self->collector_entry), parcel->recipient_name);
  apply_lang (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->collector_entry));
}

/* Returns: %TRUE once handed over; %FALSE with G_IO_ERROR_CANCELLED. */
gboolean
fd_staff_hand_over_dialog_run_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_pointer (G_TASK (result), error) != NULL;
}
