/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-supply-row.h"

#include "fd-ui.h"

/*
 * An item on the stock sheet (SUP-2): its name, the quantity in stock
 * against the minimum and the quantity to buy, whether it was counted
 * today, what was requested and who waits for it; Count, Request purchase
 * and Give out (supplies.* actions of FdStaffSuppliesPage).  An item below
 * its minimum is marked (SUP-3).
 */

struct _FdStaffSupplyRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *name_label;
  GtkLabel      *stock_label;
  GtkLabel      *state_label;
  GtkButton     *count_button;
  GtkButton     *request_button;
  GtkButton     *issue_button;
};

G_DEFINE_FINAL_TYPE (FdStaffSupplyRow, fd_staff_supply_row, GTK_TYPE_LIST_BOX_ROW)

static char *
stock_text (const FdSupply *supply,
            FdLang          lang)
{
  /* Translators: %1$lld in stock, %2$s the unit (支), %3$lld the minimum. */
  g_autofree char *stock = g_strdup_printf (fd_tr (lang, N_("In stock: %1$lld %2$s · minimum %3$lld")),
                                            (long long) supply->quantity, supply->unit, (long long) supply->minimum);
  gint64 to_buy = fd_supply_to_buy (supply);

  if (to_buy <= 0)
    return g_steal_pointer (&stock);
  /* Translators: %1$s the stock, as above; %2$lld how many to buy, %3$s the unit. */
  return g_strdup_printf (fd_tr (lang, N_("%1$s · to buy %2$lld %3$s")), stock, (long long) to_buy, supply->unit);
}

static char *
state_text (const FdSupply *supply,
            gint64          now_ms,
            FdLang          lang)
{
  GString *text = g_string_new (fd_supply_counted_today (supply, now_ms) ? fd_tr (lang, N_("Counted today"))
                                                                        : fd_tr (lang, N_("Not counted today")));

  if (supply->requested > 0)
    {
      g_string_append (text, " · ");
      /* Translators: %1$lld how many, %2$s the unit: a purchase not yet received. */
      g_string_append_printf (text, fd_tr (lang, N_("%1$lld %2$s requested")), (long long) supply->requested,
                              supply->unit);
    }
  if (supply->waiting > 0)
    {
      g_string_append (text, " · ");
      /* Translators: %lld employees waiting for the item (FAQ-4). */
      g_string_append_printf (text, fd_tr (lang, N_("%lld waiting for it")), (long long) supply->waiting);
    }
  return g_string_free (text, FALSE);
}

GtkWidget *
fd_staff_supply_row_new (const FdSupply *supply,
                         gint64          now_ms,
                         FdLang          lang)
{
  FdStaffSupplyRow *self = g_object_new (FD_TYPE_STAFF_SUPPLY_ROW, NULL);
  g_autofree char *stock = stock_text (supply, lang);
  g_autofree char *state = state_text (supply, now_ms, lang);
  /* Each button names its item for a screen reader.  Translators: %s an
   * item of office supplies. */
  g_autofree char *count = g_strdup_printf (fd_tr (lang, N_("Count %s")), supply->name);
  g_autofree char *request = g_strdup_printf (fd_tr (lang, N_("Request a purchase of %s")), supply->name);
  g_autofree char *issue = g_strdup_printf (fd_tr (lang, N_("Give out %s")), supply->name);
  struct {
    GtkButton  *button;
    const char *label;
    const char *action;
    const char *name;
  } buttons[] = {
    { self->count_button, N_("Count"), "supplies.count", count },
    { self->request_button, N_("Request purchase"), "supplies.request", request },
    { self->issue_button, N_("Give out"), "supplies.issue", issue },
  };

  gtk_label_set_text (self->name_label, supply->name);
  gtk_label_set_text (self->stock_label, stock);
  gtk_label_set_text (self->state_label, state);
  if (!fd_supply_counted_today (supply, now_ms))
    gtk_widget_add_css_class (GTK_WIDGET (self->state_label), "staff-supply-uncounted");
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      gtk_button_set_label (buttons[i].button, fd_tr (lang, buttons[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[i].button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      buttons[i].name, -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (buttons[i].button), "x", supply->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (buttons[i].button), buttons[i].action);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self), "staff-supply");
  if (fd_supply_is_low (supply))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "staff-supply-low");
      gtk_widget_add_css_class (GTK_WIDGET (self->request_button), "suggested-action");
    }
  return GTK_WIDGET (self);
}

static void
fd_staff_supply_row_class_init (FdStaffSupplyRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-supply-row.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffSupplyRow, name)
  BIND (name_label);
  BIND (stock_label);
  BIND (state_label);
  BIND (count_button);
  BIND (request_button);
  BIND (issue_button);
#undef BIND
}

static void
fd_staff_supply_row_init (FdStaffSupplyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
