/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-alert-row.h"

#include "fd-ui.h"

/*
 * An alert on the reception and the security page, until someone marks it
 * handled: its Handled button runs the page's action (given to
 * fd_staff_alert_row_new()) with the alert's id.
 */

struct _FdStaffAlertRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *text_label;
  GtkButton     *handled_button;
};

G_DEFINE_FINAL_TYPE (FdStaffAlertRow, fd_staff_alert_row, GTK_TYPE_LIST_BOX_ROW)

/* An alert in words: a refusal (REG-6) or a watchlist match. */
char *
fd_staff_alert_text (FdLang         lang,
                     const FdAlert *alert)
{
  g_autofree char *time = fd_format_local_time (alert->created_ms, "%H:%M");

  if (g_str_equal (alert->kind, "refusal"))
    /* Translators: REG-6; %s is a time. */
    return g_strdup_printf (fd_tr (lang, N_("%s  A visitor at the kiosk declined to register. Please go and explain the rules, or call security.")), time);
  /* Translators: %1$s time, %2$s visitor, %3$s the watchlist's reason. */
  return g_strdup_printf (fd_tr (lang, N_("%1$s  Watchlist match: %2$s (%3$s). The badge is held; check the visitor's identity.")),
                          time, alert->visitor, alert->detail);
}

GtkWidget *
fd_staff_alert_row_new (const FdAlert *alert,
                        FdLang         lang,
                        const char    *action_name)
{
  FdStaffAlertRow *self = g_object_new (FD_TYPE_STAFF_ALERT_ROW, NULL);
  g_autofree char *text = fd_staff_alert_text (lang, alert);

  gtk_label_set_text (self->text_label, text);
  gtk_button_set_label (self->handled_button, fd_tr (lang, N_("Handled")));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->handled_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->text_label, NULL, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->handled_button), "x", alert->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->handled_button), action_name);
  return GTK_WIDGET (self);
}

static void
fd_staff_alert_row_class_init (FdStaffAlertRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-alert-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffAlertRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffAlertRow, handled_button);
}

static void
fd_staff_alert_row_init (FdStaffAlertRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
