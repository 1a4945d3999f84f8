/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-purchase-dialog.h"

#include "fd-error.h"
#include "fd-kiosk-host-picker.h"
#include "fd-ui.h"

/*
 * A purchase request (SUP-3): the item, how many (the stock sheet's
 * quantity to buy), what for, and the colleague in the administration
 * department it goes to — the last request's, found again.  Saving sends
 * it to them.
 */

struct _FdStaffPurchaseDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel          *item_label;
  GtkLabel          *quantity_label;
  GtkSpinButton     *quantity_spin;
  GtkLabel          *purpose_label;
  GtkEntry          *purpose_entry;
  GtkLabel          *colleague_label;
  FdKioskHostPicker *colleague_picker;
  GtkLabel          *problem_label;
  GtkButton         *cancel_button;
  GtkButton         *save_button;

  FdSupply          *supply;
};

G_DEFINE_FINAL_TYPE (FdStaffPurchaseDialog, fd_staff_purchase_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

static void
show_problem (FdStaffPurchaseDialog *self,
              const char            *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)), text));
}

typedef struct {
  FdSession *session;
  gint64     id;
  gint64     quantity;
  char      *purpose;
  gint64     host_id;
} Request;

static void
request_free (Request *request)
{
  fd_session_free (request->session);
  g_free (request->purpose);
  g_free (request);
}

static gpointer
request_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Request *request = data;

  return fd_store_request_purchase (store, request->session, request->id, request->quantity, request->purpose,
                                    request->host_id, error) > 0 ? GINT_TO_POINTER (1) : NULL;
}

static void
requested_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdStaffPurchaseDialog) self = user_data;
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  const FdHost *host = fd_kiosk_host_picker_get_host (self->colleague_picker);

  if (fd_staff_task_dialog_run_finish (BASE (self), result, NULL) == NULL)
    return;
  /* Translators: %1$s an item, %2$s the colleague. */
  fd_staff_task_dialog_return (BASE (self),
                               g_strdup_printf (fd_tr (lang, N_("Purchase of %1$s requested; %2$s is being told.")),
                                                self->supply->name, host != NULL ? host->name : ""),
                               g_free);
}

static void
save_clicked_cb (FdStaffPurchaseDialog *self)
{
  const FdHost *host = fd_kiosk_host_picker_get_host (self->colleague_picker);
  g_autofree char *purpose = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->purpose_entry))));
  Request *request;

  gtk_spin_button_update (self->quantity_spin);
  if (gtk_spin_button_get_value_as_int (self->quantity_spin) <= 0)
    {
      show_problem (self, N_("Please say how many to buy."));
      gtk_widget_grab_focus (GTK_WIDGET (self->quantity_spin));
      return;
    }
  if (*purpose == '\0')
    {
      show_problem (self, N_("Please say what the purchase is for."));
      gtk_widget_grab_focus (GTK_WIDGET (self->purpose_entry));
      return;
    }
  if (host == NULL)
    {
      show_problem (self, N_("Please choose the colleague in the administration department: type part of their name and pick them from the list."));
      return;
    }
  request = g_new0 (Request, 1);
  request->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  request->id = self->supply->id;
  request->quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);
  request->purpose = g_steal_pointer (&purpose);
  request->host_id = host->id;
  fd_staff_task_dialog_run (BASE (self), request_job, request, (GDestroyNotify) request_free, NULL, requested_cb);
}

/* The colleague the last request went to, found in a worker thread. */

static gpointer
last_colleague_job (FdStore   *store,
                    gpointer   data,
                    GError   **error)
{
  g_autofree char *id = fd_store_get_setting (store, "supplies_purchase_host", "");
  gint64 host_id = g_ascii_strtoll (id, NULL, 10);
  FdHost *host = host_id > 0 ? fd_store_get_host (store, host_id, NULL) : NULL;

  if (host != NULL && !host->active)
    g_clear_pointer (&host, fd_host_free);
  if (host == NULL)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No colleague yet");
  return host;
}

static void
last_colleague_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(FdStaffPurchaseDialog) self = user_data;
  g_autoptr(FdHost) host = fd_store_run_finish (FD_STORE (source), result, NULL);

  if (host != NULL && fd_kiosk_host_picker_get_host (self->colleague_picker) == NULL)
    fd_kiosk_host_picker_set_host (self->colleague_picker, host);
}

static void
fd_staff_purchase_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_PURCHASE_DIALOG);
  G_OBJECT_CLASS (fd_staff_purchase_dialog_parent_class)->dispose (object);
}

static void
fd_staff_purchase_dialog_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_PURCHASE_DIALOG (object)->supply, fd_supply_free);
  G_OBJECT_CLASS (fd_staff_purchase_dialog_parent_class)->finalize (object);
}

static void
fd_staff_purchase_dialog_class_init (FdStaffPurchaseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_purchase_dialog_dispose;
  object_class->finalize = fd_staff_purchase_dialog_finalize;
  g_type_ensure (FD_TYPE_KIOSK_HOST_PICKER);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-purchase-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffPurchaseDialog, name)
  BIND (item_label);
  BIND (quantity_label);
  BIND (quantity_spin);
  BIND (purpose_label);
  BIND (purpose_entry);
  BIND (colleague_label);
  BIND (colleague_picker);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
fd_staff_purchase_dialog_init (FdStaffPurchaseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_ui_spin_activates_default (self->quantity_spin);
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
}

/**
 * fd_staff_purchase_dialog_run_async:
 * @supply: the item to buy
 *
 * Shows the dialog over @parent; it finishes once the request is sent or
 * the dialog is closed.
 */
void
fd_staff_purchase_dialog_run_async (GtkWindow           *parent,
                                    FdStore             *store,
                                    const FdSession     *session,
                                    const FdSupply      *supply,
                                    FdLang               lang,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  FdStaffPurchaseDialog *self = g_object_new (FD_TYPE_STAFF_PURCHASE_DIALOG, "transient-for", parent, NULL);
  /* Translators: %1$s an item, %2$lld and %3$lld quantities, %4$s the unit. */
  g_autofree char *item = g_strdup_printf (fd_tr (lang, N_("%1$s: %2$lld %4$s in stock, minimum %3$lld %4$s.")),
                                           supply->name, (long long) supply->quantity, (long long) supply->minimum,
                                           supply->unit);
  /* Translators: %s the unit (支, 本). */
  g_autofree char *how_many = g_strdup_printf (fd_tr (lang, N_("How many (%s)")), supply->unit);
  gint64 quantity = fd_supply_to_buy (supply);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_purchase_dialog_run_async);
  self->supply = fd_supply_copy (supply);
  if (quantity <= 0)
    quantity = MAX (1, supply->restock_to - supply->quantity);
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Request a purchase")));
  gtk_label_set_text (self->item_label, item);
  gtk_label_set_text (self->quantity_label, how_many);
  gtk_spin_button_set_range (self->quantity_spin, 1, FD_SUPPLY_MAX_QUANTITY);
  gtk_spin_button_set_value (self->quantity_spin, (double) quantity);
  gtk_label_set_text (self->purpose_label, fd_tr (lang, N_("What for")));
  gtk_editable_set_text (GTK_EDITABLE (self->purpose_entry),
                         fd_supply_is_low (supply) ? fd_tr (lang, N_("Stock below the minimum"))
                                                   : fd_tr (lang, N_("To restock")));
  gtk_label_set_text (self->colleague_label, fd_tr (lang, N_("To the administration department: who")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Send request")));
  fd_kiosk_host_picker_set_store (self->colleague_picker, store);
  fd_kiosk_host_picker_set_lang (self->colleague_picker, lang);
  fd_kiosk_host_picker_label (self->colleague_picker, self->colleague_label, self->problem_label);
  g_signal_connect_object (self->colleague_picker, "notify::host", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
  fd_store_run_async (store, last_colleague_job, NULL, NULL, (GDestroyNotify) fd_host_free, cancellable,
                      last_colleague_cb, g_object_ref (self));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->quantity_spin));
}
