/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-count-dialog.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * The daily count of an item (SUP-2): what the sheet says, and what is on
 * the shelf; saving puts the counted quantity on the sheet.
 */

struct _FdStaffCountDialog
{
  FdStaffTaskDialog parent_instance;

  /* template widgets */
  GtkLabel       *item_label;
  GtkLabel       *counted_label;
  GtkSpinButton  *counted_spin;
  GtkLabel       *problem_label;
  GtkButton      *cancel_button;
  GtkButton      *save_button;

  FdSupply       *supply;
};

G_DEFINE_FINAL_TYPE (FdStaffCountDialog, fd_staff_count_dialog, FD_TYPE_STAFF_TASK_DIALOG)

#define BASE(self) FD_STAFF_TASK_DIALOG (self)

typedef struct {
  FdSession *session;
  gint64     id;
  gint64     counted;
} Count;

static void
count_free (Count *count)
{
  fd_session_free (count->session);
  g_free (count);
}

static gpointer
count_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Count *count = data;

  return fd_store_count_supply (store, count->session, count->id, count->counted, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdStaffCountDialog) self = user_data;
  FdLang lang = fd_staff_task_dialog_get_lang (BASE (self));
  gint64 counted = gtk_spin_button_get_value_as_int (self->counted_spin);
  char *done;

  if (fd_staff_task_dialog_run_finish (BASE (self), result, NULL) == NULL)
    return;
  if (counted < self->supply->minimum)
    /* SUP-3.  Translators: %1$s an item, %2$lld counted, %3$s its unit. */
    done = g_strdup_printf (fd_tr (lang, N_("Count saved: %1$s, %2$lld %3$s. It is below the minimum: request a purchase.")),
                            self->supply->name, (long long) counted, self->supply->unit);
  else
    /* Translators: %1$s an item, %2$lld counted, %3$s its unit. */
    done = g_strdup_printf (fd_tr (lang, N_("Count saved: %1$s, %2$lld %3$s.")), self->supply->name,
                            (long long) counted, self->supply->unit);
  fd_staff_task_dialog_return (BASE (self), done, g_free);
}

static void
save_clicked_cb (FdStaffCountDialog *self)
{
  Count *count = g_new0 (Count, 1);

  gtk_spin_button_update (self->counted_spin);
  count->session = fd_session_copy (fd_staff_task_dialog_get_session (BASE (self)));
  count->id = self->supply->id;
  count->counted = gtk_spin_button_get_value_as_int (self->counted_spin);
  fd_staff_task_dialog_run (BASE (self), count_job, count, (GDestroyNotify) count_free, NULL, counted_cb);
}

static void
fd_staff_count_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), FD_TYPE_STAFF_COUNT_DIALOG);
  G_OBJECT_CLASS (fd_staff_count_dialog_parent_class)->dispose (object);
}

static void
fd_staff_count_dialog_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_COUNT_DIALOG (object)->supply, fd_supply_free);
  G_OBJECT_CLASS (fd_staff_count_dialog_parent_class)->finalize (object);
}

static void
fd_staff_count_dialog_class_init (FdStaffCountDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fd_staff_count_dialog_dispose;
  object_class->finalize = fd_staff_count_dialog_finalize;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-count-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffCountDialog, name)
  BIND (item_label);
  BIND (counted_label);
  BIND (counted_spin);
  BIND (problem_label);
  BIND (cancel_button);
  BIND (save_button);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
}

static void
fd_staff_count_dialog_init (FdStaffCountDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_range (self->counted_spin, 0, FD_SUPPLY_MAX_QUANTITY);
  fd_staff_task_dialog_set_controls (BASE (self), self->problem_label, GTK_WIDGET (self->save_button));
  fd_ui_spin_activates_default (self->counted_spin);
}

/**
 * fd_staff_count_dialog_run_async:
 * @supply: the item counted
 *
 * Shows the dialog over @parent; it finishes once the count is saved or
 * the dialog is closed.
 */
void
fd_staff_count_dialog_run_async (GtkWindow           *parent,
                                 FdStore             *store,
                                 const FdSession     *session,
                                 const FdSupply      *supply,
                                 FdLang               lang,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  FdStaffCountDialog *self = g_object_new (FD_TYPE_STAFF_COUNT_DIALOG, "transient-for", parent, NULL);
  /* Translators: %1$s an item, %2$lld the quantity on the stock sheet, %3$s its unit. */
  g_autofree char *item = g_strdup_printf (fd_tr (lang, N_("%1$s: the stock sheet says %2$lld %3$s.")), supply->name,
                                           (long long) supply->quantity, supply->unit);
  /* Translators: %s the unit (支, 本). */
  g_autofree char *counted = g_strdup_printf (fd_tr (lang, N_("Counted on the shelf (%s)")), supply->unit);

  fd_staff_task_dialog_begin (BASE (self), store, session, lang, cancellable, callback, user_data,
                              fd_staff_count_dialog_run_async);
  self->supply = fd_supply_copy (supply);
  gtk_window_set_title (GTK_WINDOW (self), fd_tr (lang, N_("Today's count")));
  gtk_label_set_text (self->item_label, item);
  gtk_label_set_text (self->counted_label, counted);
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel")));
  gtk_button_set_label (self->save_button, fd_tr (lang, N_("Save count")));
  gtk_spin_button_set_value (self->counted_spin, (double) supply->quantity);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->counted_spin));
}
