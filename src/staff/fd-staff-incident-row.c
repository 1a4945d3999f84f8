/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-incident-row.h"

#include "fd-staff-parcel-row.h"
#include "fd-ui.h"

/*
 * An incident (ENV-3): what and where, what exactly, when, who reported
 * it and who was told; Resolved… (rounds.resolve of FdStaffRoundsPage)
 * while open, what was done once resolved.
 */

struct _FdStaffIncidentRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *title_label;
  GtkLabel      *detail_label;
  GtkButton     *resolve_button;

  gint64         id;
};

G_DEFINE_FINAL_TYPE (FdStaffIncidentRow, fd_staff_incident_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
kind_text (FdIncidentKind kind,
           FdLang         lang)
{
  switch (kind)
    {
    case FD_INCIDENT_WATER:
      return fd_tr (lang, N_("Water on the floor"));
    case FD_INCIDENT_BROKEN:
      return fd_tr (lang, N_("A broken item"));
    case FD_INCIDENT_OTHER:
    default:
      return fd_tr (lang, N_("Something else"));
    }
}

GtkWidget *
fd_staff_incident_row_new (const FdIncident *incident,
                           gint64            now_ms,
                           FdLang            lang)
{
  FdStaffIncidentRow *self = g_object_new (FD_TYPE_STAFF_INCIDENT_ROW, NULL);
  g_autofree char *when = fd_staff_parcel_time_text (incident->at_ms, now_ms);
  /* Translators: %1$s what happened, %2$s where. */
  g_autofree char *title = g_strdup_printf (fd_tr (lang, N_("%1$s · %2$s")), kind_text (incident->kind, lang),
                                            incident->place);
  g_autofree char *resolve = NULL;
  GString *detail = g_string_new (NULL);

  if (incident->details != NULL)
    {
      g_string_append (detail, incident->details);
      g_string_append (detail, " · ");
    }
  /* Translators: %1$s when, %2$s the staff member. */
  g_string_append_printf (detail, fd_tr (lang, N_("reported at %1$s by %2$s")), when, incident->recorded_by);
  if (incident->host_name != NULL)
    {
      g_string_append (detail, " · ");
      /* Translators: %s the colleague told. */
      g_string_append_printf (detail, fd_tr (lang, N_("told %s")), incident->host_name);
    }
  if (incident->resolved_ms > 0)
    {
      g_string_append (detail, " · ");
      /* Translators: %s what was done. */
      g_string_append_printf (detail, fd_tr (lang, N_("resolved: %s")), incident->resolution);
      gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "staff-round-problem");
  self->id = incident->id;
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->detail_label, detail->str);
  g_string_free (detail, TRUE);
  /* Translators: %s the incident, for a screen reader. */
  resolve = g_strdup_printf (fd_tr (lang, N_("Resolved: %s")), title);
  gtk_button_set_label (self->resolve_button, fd_tr (lang, N_("Resolved…")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->resolve_button), GTK_ACCESSIBLE_PROPERTY_LABEL, resolve, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->resolve_button), "x", incident->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->resolve_button), "rounds.resolve");
  gtk_widget_set_visible (GTK_WIDGET (self->resolve_button), incident->resolved_ms == 0);
  return GTK_WIDGET (self);
}

gint64
fd_staff_incident_row_get_id (FdStaffIncidentRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_INCIDENT_ROW (self), 0);
  return self->id;
}

/* What the row is about, as it says it. */
const char *
fd_staff_incident_row_get_title (FdStaffIncidentRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_INCIDENT_ROW (self), NULL);
  return gtk_label_get_text (self->title_label);
}

static void
fd_staff_incident_row_class_init (FdStaffIncidentRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-incident-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffIncidentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffIncidentRow, detail_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffIncidentRow, resolve_button);
}

static void
fd_staff_incident_row_init (FdStaffIncidentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
