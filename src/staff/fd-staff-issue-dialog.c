/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-issue-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-signature-pad.h"
#include "fd-store-parcels.h"
#include "fd-ui.h"

/*
 * Giving an item out (SUP-1): who takes it (an employee from the
 * directory), how many, the person at the desk confirming the item was
 * checked (the pen writes, the notebook is undamaged), and the employee's
 * signature.  When the stock has fewer (FAQ-4) the dialog says what to
 * tell the employee and offers to tell them when the item arrives.
 */

struct _FdStaffIssueDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel          *item_label;
  GtkLabel          *employee_label;
  FdKioskHostPicker *employee_picker;
  GtkLabel          *quantity_label;
  GtkSpinButton     *quantity_spin;
  GtkCheckButton    *quality_check;
  GtkLabel          *signature_label;
  FdSignaturePad    *signature_pad;
  GtkButton         *clear_button;
  GtkLabel          *short_label;
  GtkButton         *wait_button;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;

  FdSupply          *supply;
  gboolean           waiting;  /* FAQ-4: the last run was "tell them when it arrives" */
};

G_DEFINE_FINAL_TYPE (FdStaffIssueDialog, fd_staff_issue_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

static void
show_problem (FdStaffIssueDialog *self,
              const char         *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)), text));
}

typedef struct {
  FdSession     *session;
  FdSupplyIssue  issue;
  char          *signature;
  gboolean       wait;  /* FAQ-4: not give out, but tell them when it arrives */
} Issue;

static void
issue_free (Issue *issue)
{
  fd_session_free (issue->session);
  g_free (issue->signature);
  g_free (issue);
}

static gpointer
issue_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Issue *issue = data;
  gboolean ok;

  if (issue->wait)
    ok = fd_store_wait_for_supply (store, issue->session, issue->issue.supply_id, issue->issue.host_id, error);
  else
    ok = fd_store_issue_supply (store, issue->session, &issue->issue, error);
  return ok ? GINT_TO_POINTER (1) : NULL;
}

/* FAQ-4: what to say, and the offer to tell them later. */
static void
show_shortage (FdStaffIssueDialog *self)
{
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  const FdHost *host = fd_kiosk_host_picker_get_host (self->employee_picker);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *wait = NULL;

  /* Translators: %1$lld how many are left, %2$s the unit, %3$s the item. */
  g_string_append_printf (text, fd_tr (lang, N_("Only %1$lld %2$s of %3$s left.")), (long long) self->supply->quantity,
                          self->supply->unit, self->supply->name);
  g_string_append_c (text, '\n');
  /* FAQ-4: 「不好意思，XX物品暂时短缺，我已经申请采购了，预计明天到。」
   * Translators: %s the item. */
  g_string_append_printf (text, fd_tr (lang, N_("Say: “Sorry, %s is short at the moment. I have requested a purchase; it should arrive tomorrow.”")),
                          self->supply->name);
  g_string_append_c (text, '\n');
  g_string_append (text, fd_tr (lang, N_("Offer something else, or one borrowed from another department.")));
  if (self->supply->requested == 0)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, fd_tr (lang, N_("No purchase is requested yet: request one on the stock sheet.")));
    }
  gtk_label_set_text (self->short_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->short_label), TRUE);
  /* Translators: %1$s the employee, %2$s the item. */
  wait = g_strdup_printf (fd_tr (lang, N_("Tell %1$s when %2$s arrives")), host != NULL ? host->name : "",
                          self->supply->name);
  gtk_button_set_label (self->wait_button, wait);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_button), host != NULL);
}

static void
issued_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffIssueDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  const FdHost *host = fd_kiosk_host_picker_get_host (self->employee_picker);
  const char *who = host != NULL ? host->name : "";

  if (fd_staff_task_dialog_run_finish (BASE (self), result, &error) == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->wait_button), TRUE);
      if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
        {
          /* Not a failure to report: what to tell the employee says it. */
          gtk_widget_set_visible (GTK_WIDGET (self->problem_label), FALSE);
          show_shortage (self);
        }
      else if (g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND))
        show_problem (self, N_("That employee or item is no longer in the directory."));
      return;
    }
  if (self->waiting)
    /* Translators: %1$s the employee, %2$s the item. */
    fd_staff_task_dialog_return (BASE (self),
                                 g_strdup_printf (fd_tr (lang, N_("%1$s will be told when %2$s arrives.")), who,
                                                  self->supply->name),
                                 g_free);
  else
    /* Translators: %1$s the employee, %2$lld how many, %3$s the unit, %4$s the item. */
    fd_staff_task_dialog_return (BASE (self),
                                 g_strdup_printf (fd_tr (lang, N_("%1$s took %2$lld %3$s of %4$s and signed for it.")),
                                                  who, (long long) gtk_spin_button_get_value_as_int (self->quantity_spin),
                                                  self->supply->unit, self->supply->name),
                                 g_free);
}

static void
run (FdStaffIssueDialog *self,
     gboolean            wait)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->employee_picker);
  Issue *issue = g_new0 (Issue, 1);

  issue->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  issue->signature = fd_signature_pad_get_text (self->signature_pad);
  issue->issue.supply_id = self->supply->id;
  issue->issue.host_id = host->id;
  issue->issue.quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);
  issue->issue.quality_checked = gtk_check_button_get_active (self->quality_check);
  issue->issue.signature = issue->signature;
  issue->wait = wait;
  self->waiting = wait;
  /* The job's result is a flag; the dialog knows what it asked. */
  fd_staff_task_dialog_run (BASE (self), issue_job, issue, (GDestroyNotify) issue_free, NULL, issued_cb);
}

static void
save_clicked_cb (FdStaffIssueDialog *self)
{
  g_autofree char *signature = fd_signature_pad_get_text (self->signature_pad);

  gtk_spin_button_update (self->quantity_spin);
  gtk_widget_set_visible (GTK_WIDGET (self->short_label), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->wait_button), FALSE);
  if (fd_kiosk_host_picker_get_host (self->employee_picker) == NULL)
    {
      show_problem (self, N_("Please choose who takes it: type part of their name and pick them from the list."));
      return;
    }
  if (gtk_spin_button_get_value_as_int (self->quantity_spin) <= 0)
    {
      show_problem (self, N_("Please say how many they take."));
      gtk_widget_grab_focus (GTK_WIDGET (self->quantity_spin));
      return;
    }
  if (!gtk_check_button_get_active (self->quality_check))
    {
      show_problem (self, N_("Please check the item first (the pen writes, the notebook is undamaged) and tick the box."));
      gtk_widget_grab_focus (GTK_WIDGET (self->quality_check));
      return;
    }
  if (!fd_parcel_signature_is_valid (signature))
    {
      show_problem (self, N_("Please have them sign in the box with a finger or the mouse."));
      return;
    }
  run (self, FALSE);
}

static void
wait_clicked_cb (FdStaffIssueDialog *self)
{
  if (fd_kiosk_host_picker_get_host (self->employee_picker) == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->wait_button), FALSE);
  run (self, TRUE);
}

static void
clear_clicked_cb (FdStaffIssueDialog *self)
{
  fd_signature_pad_clear (self->signature_pad);
}

static void
fd_staff_issue_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_ISSUE_DIALOG);
  G_OBJECT_CLASS (fd_staff_issue_dialog_parent_class)->dispose (object);
}

static void
fd_staff_issue_dialog_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_ISSUE_DIALOG (object)->supply, fd_supply_free);
  G_OBJECT_CLASS (fd_staff_issue_dialog_parent_class)->finalize (object);
}

static void
fd_staff_issue_dialog_class_init (FdStaffIssueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_issue_dialog_dispose;
  object_class->finalize = fd_staff_issue_dialog_finalize;
  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  g_type_ensure (FD_TYPE_SIGNATURE_PAD);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-issue-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffIssueDialog, name)
  BIND (item_label);
  BIND (employee_label);
  BIND (employee_picker);
  BIND (quantity_label);
  BIND (quantity_spin);
  BIND (quality_check);
  BIND (signature_label);
  BIND (signature_pad);
  BIND (clear_button);
  BIND (short_label);
  BIND (wait_button);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, wait_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
}

static void
fd_staff_issue_dialog_init (FdStaffIssueDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_ui_spin_activates_default (self->quantity_spin);
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

/**
 * fd_staff_issue_dialog_run_async:
 * @supply: the item given out
 *
 * Shows the dialog over @parent; it finishes once the item is given out
 * and signed for, the employee is to be told when it arrives, or the
 * dialog is closed.
 */
void
fd_staff_issue_dialog_run_async (GtkWindow           *parent,
                                 FdStore             *store,
                                 const FdSession     *session,
                                 const FdSupply      *supply,
                                 FdLang               lang,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  FdStaffIssueDialog *self = g_object_new (FD_TYPE_STAFF_ISSUE_DIALOG, "transient-for", parent, NULL);
  /* Translators: %1$s an item, %2$lld in stock, %3$s the unit. */
  g_autofree char *item = g_strdup_printf (fd_tr (lang, N_("%1$s: %2$lld %3$s in stock.")), supply->name,
                                           (long long) supply->quantity, supply->unit);
  /* Translators: %s the unit (支, 本). */
  g_autofree char *how_many = g_strdup_printf (fd_tr (lang, N_("How many (%s)")), supply->unit);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_issue_dialog_run_async);
  self->supply = fd_supply_copy (supply);
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Give out supplies")));
  gtk_label_set_text (self->item_label, item);
  gtk_label_set_text (self->employee_label, fd_tr (lang, N_("Who takes it")));
  gtk_label_set_text (self->quantity_label, how_many);
  gtk_spin_button_set_range (self->quantity_spin, 1, FD_SUPPLY_MAX_QUANTITY);
  gtk_spin_button_set_value (self->quantity_spin, 1);
  gtk_check_button_set_label (self->quality_check,
                              fd_tr (lang, N_("I checked it (the pen writes, the notebook is undamaged)")));
  gtk_label_set_text (self->signature_label, fd_tr (lang, N_("Their signature")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->signature_pad), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fd_tr (lang, N_("Signature box: they sign here with a finger or the mouse")), -1);
  gtk_button_set_label (self->clear_button, fd_tr (lang, N_("Clear the signature")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Give out")));
  fd_kiosk_host_picker_set_store (self->employee_picker, store);
  fd_kiosk_host_picker_set_lang (self->employee_picker, lang);
  fd_kiosk_host_picker_label (self->employee_picker, self->employee_label, self->problem_label);
  g_signal_connect_object (self->employee_picker, "notify::host", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (self));
}
