/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-purchase-row.h"

#include "fd-staff-parcel-row.h"
#include "fd-ui.h"

/*
 * A purchase request not yet received (SUP-3): the item and quantity,
 * what for, the colleague it went to and when; Arrived
 * (supplies.received of FdStaffSuppliesPage) puts it into the stock.
 */

struct _FdStaffPurchaseRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *item_label;
  GtkLabel      *detail_label;
  GtkButton     *received_button;
};

G_DEFINE_FINAL_TYPE (FdStaffPurchaseRow, fd_staff_purchase_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
fd_staff_purchase_row_new (const FdPurchase *purchase,
                           gint64            now_ms,
                           FdLang            lang)
{
  FdStaffPurchaseRow *self = g_object_new (FD_TYPE_STAFF_PURCHASE_ROW, NULL);
  g_autofree char *when = fd_staff_parcel_time_text (purchase->requested_ms, now_ms);
  /* Translators: %1$s an item, %2$lld how many, %3$s the unit. */
  g_autofree char *item = g_strdup_printf (fd_tr (lang, N_("%1$s, %2$lld %3$s")), purchase->supply_name,
                                           (long long) purchase->quantity, purchase->unit);
  /* Translators: %1$s what it is for, %2$s the colleague, %3$s when. */
  g_autofree char *detail = g_strdup_printf (fd_tr (lang, N_("%1$s · sent to %2$s at %3$s")), purchase->purpose,
                                             purchase->host_name, when);
  /* Translators: %s the item and quantity, for a screen reader. */
  g_autofree char *received = g_strdup_printf (fd_tr (lang, N_("The purchase of %s arrived")), item);

  gtk_label_set_text (self->item_label, item);
  gtk_label_set_text (self->detail_label, detail);
  gtk_button_set_label (self->received_button, fd_tr (lang, N_("It arrived")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->received_button), GTK_ACCESSIBLE_PROPERTY_LABEL, received, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->received_button), "x", purchase->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->received_button), "supplies.received");
  return GTK_WIDGET (self);
}

static void
fd_staff_purchase_row_class_init (FdStaffPurchaseRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-purchase-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffPurchaseRow, item_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffPurchaseRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffPurchaseRow, received_button);
}

static void
fd_staff_purchase_row_init (FdStaffPurchaseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
