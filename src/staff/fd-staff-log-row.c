/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-log-row.h"

#include "fd-ui.h"

/*
 * A visit in the visit log: when, who (name, company, phone), whom they
 * saw and how the visit stands.  The row holds its visit, for the detail
 * below the list.
 */

struct _FdStaffLogRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *when_label;
  GtkLabel      *who_label;
  GtkLabel      *host_label;
  GtkLabel      *state_label;

  FdVisit       *visit;  /* the visit shown, owned */
};

G_DEFINE_FINAL_TYPE (FdStaffLogRow, fd_staff_log_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
state_text (const FdVisit *visit,
            FdLang         lang)
{
  switch (visit->state)
    {
    case FD_VISIT_ON_SITE:
      return fd_tr (lang, N_("On site"));
    case FD_VISIT_LEFT:
      return fd_tr (lang, N_("Left"));
    case FD_VISIT_REFUSED:
      return fd_tr (lang, N_("Refused"));
    case FD_VISIT_EXPECTED:
    default:
      return fd_tr (lang, N_("Expected"));
    }
}

/**
 * fd_staff_log_row_new:
 * @visit: (transfer full): the visit
 * @lang: the staff member's language
 */
GtkWidget *
fd_staff_log_row_new (FdVisit *visit,
                      FdLang   lang)
{
  FdStaffLogRow *self = g_object_new (FD_TYPE_STAFF_LOG_ROW, NULL);
  g_autofree char *when = fd_format_local_time (visit->arrived_ms != 0 ? visit->arrived_ms : visit->visit_ms,
                                                "%Y-%m-%d %H:%M");
  g_autofree char *host = fd_host_honorific_name (visit->host_name, visit->host_title, lang);
  g_autofree char *who = *visit->company != '\0'
                         ? g_strdup_printf ("%s · %s · %s", visit->name, visit->company, visit->phone)
                         : g_strdup_printf ("%s · %s", visit->name, visit->phone);

  self->visit = visit;
  gtk_label_set_text (self->when_label, when);
  gtk_label_set_text (self->who_label, who);
  gtk_label_set_text (self->host_label, host);
  gtk_label_set_text (self->state_label, state_text (visit, lang));
  return GTK_WIDGET (self);
}

const FdVisit *
fd_staff_log_row_get_visit (FdStaffLogRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_LOG_ROW (self), NULL);
  return self->visit;
}

static void
fd_staff_log_row_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_LOG_ROW (object)->visit, fd_visit_free);
  G_OBJECT_CLASS (fd_staff_log_row_parent_class)->finalize (object);
}

static void
fd_staff_log_row_class_init (FdStaffLogRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_log_row_finalize;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-log-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffLogRow, when_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLogRow, who_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLogRow, host_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffLogRow, state_label);
}

static void
fd_staff_log_row_init (FdStaffLogRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
