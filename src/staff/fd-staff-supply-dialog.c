/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-supply-dialog.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * Putting an item on the stock sheet (SUP-2): its name and unit, what is
 * in stock now, the minimum below which a purchase is requested (SUP-3),
 * and the level a purchase brings it back to.
 */

struct _FdStaffSupplyDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel       *intro_label;
  GtkLabel       *name_label;
  GtkEntry       *name_entry;
  GtkLabel       *unit_label;
  GtkEntry       *unit_entry;
  GtkLabel       *quantity_label;
  GtkSpinButton  *quantity_spin;
  GtkLabel       *minimum_label;
  GtkSpinButton  *minimum_spin;
  GtkLabel       *restock_label;
  GtkSpinButton  *restock_spin;
  GtkLabel       *problem_label;
  GtkButton      *cancel_button;
  GtkButton      *save_button;
};

G_DEFINE_FINAL_TYPE (FdStaffSupplyDialog, fd_staff_supply_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

static void
show_problem (FdStaffSupplyDialog *self,
              const char          *text)
{
  fd_staff_task_dialog_show_problem (BASE (self), fd_tr (fd_staff_task_dialog_get_lang (BASE (self)), text));
}

typedef struct {
  FdSession *session;
  char      *name;
  char      *unit;
  gint64     quantity;
  gint64     minimum;
  gint64     restock_to;
} Add;

static void
add_free (Add *add)
{
  fd_session_free (add->session);
  g_free (add->name);
  g_free (add->unit);
  g_free (add);
}

static gpointer
add_job (FdStore   *store,
         gpointer   data,
         GError   **error)
{
  Add *add = data;

  return fd_store_add_supply (store, add->session, add->name, add->unit, add->quantity, add->minimum,
                              add->restock_to, error) > 0 ? GINT_TO_POINTER (1) : NULL;
}

static void
added_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(FdStaffSupplyDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));

  if (fd_staff_task_dialog_run_finish (BASE (self), result, &error) != NULL)
    /* Translators: %s an item of office supplies. */
    fd_staff_task_dialog_return (BASE (self),
                                 g_strdup_printf (fd_tr (lang, N_("%s is on the stock sheet.")),
                                                  gtk_editable_get_text (GTK_EDITABLE (self->name_entry))),
                                 g_free);
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    show_problem (self, N_("An item of that name is on the stock sheet already."));
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_INVALID))
    show_problem (self, N_("Please give the item's name and unit."));
}

static void
save_clicked_cb (FdStaffSupplyDialog *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_entry))));
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->unit_entry))));
  Add *add;

  gtk_spin_button_update (self->quantity_spin);
  gtk_spin_button_update (self->minimum_spin);
  gtk_spin_button_update (self->restock_spin);
  if (*name == '\0' || *unit == '\0')
    {
      show_problem (self, N_("Please give the item's name and unit."));
      gtk_widget_grab_focus (GTK_WIDGET (*name == '\0' ? self->name_entry : self->unit_entry));
      return;
    }
  if (gtk_spin_button_get_value_as_int (self->restock_spin) < gtk_spin_button_get_value_as_int (self->minimum_spin))
    {
      show_problem (self, N_("A purchase should bring the stock at least back to the minimum."));
      gtk_widget_grab_focus (GTK_WIDGET (self->restock_spin));
      return;
    }
  add = g_new0 (Add, 1);
  add->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  add->name = g_steal_pointer (&name);
  add->unit = g_steal_pointer (&unit);
  add->quantity = gtk_spin_button_get_value_as_int (self->quantity_spin);
  add->minimum = gtk_spin_button_get_value_as_int (self->minimum_spin);
  add->restock_to = gtk_spin_button_get_value_as_int (self->restock_spin);
  fd_staff_task_dialog_run (BASE (self), add_job, add, (GDestroyNotify) add_free, NULL, added_cb);
}

static void
fd_staff_supply_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_SUPPLY_DIALOG);
  G_OBJECT_CLASS (fd_staff_supply_dialog_parent_class)->dispose (object);
}

static void
fd_staff_supply_dialog_class_init (FdStaffSupplyDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = fd_staff_supply_dialog_dispose;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-supply-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffSupplyDialog, name)
  BIND (intro_label);
  BIND (name_label);
  BIND (name_entry);
  BIND (unit_label);
  BIND (unit_entry);
  BIND (quantity_label);
  BIND (quantity_spin);
  BIND (minimum_label);
  BIND (minimum_spin);
  BIND (restock_label);
  BIND (restock_spin);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
fd_staff_supply_dialog_init (FdStaffSupplyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
  fd_ui_spin_activates_default (self->quantity_spin);
  fd_ui_spin_activates_default (self->minimum_spin);
  fd_ui_spin_activates_default (self->restock_spin);
  g_signal_connect_object (self->name_entry, "changed", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->unit_entry, "changed", G_CALLBACK (gtk_widget_hide), self->problem_label,
                           G_CONNECT_SWAPPED);
}

/**
 * fd_staff_supply_dialog_run_async:
 * @supply: unused: the item is new
 *
 * Shows the dialog over @parent; it finishes once the item is on the
 * stock sheet or the dialog is closed.
 */
void
fd_staff_supply_dialog_run_async (GtkWindow           *parent,
                                  FdStore             *store,
                                  const FdSession     *session,
                                  const FdSupply      *supply,
                                  FdLang               lang,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  FdStaffSupplyDialog *self = g_object_new (FD_TYPE_STAFF_SUPPLY_DIALOG, "transient-for", parent, NULL);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_supply_dialog_run_async);
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Add an item")));
  gtk_label_set_text (self->intro_label,
                      fd_tr (lang, N_("Below the minimum, the sheet asks for a purchase that brings the stock back to the restocking level.")));
  gtk_label_set_text (self->name_label, fd_tr (lang, N_("Item, e.g. 中性笔")));
  gtk_label_set_text (self->unit_label, fd_tr (lang, N_("Counted in, e.g. 支, 本, 盒")));
  gtk_label_set_text (self->quantity_label, fd_tr (lang, N_("In stock now")));
  gtk_label_set_text (self->minimum_label, fd_tr (lang, N_("Minimum stock")));
  gtk_label_set_text (self->restock_label, fd_tr (lang, N_("Restock to")));
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Add item")));
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
}
