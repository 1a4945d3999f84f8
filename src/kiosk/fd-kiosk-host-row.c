/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-host-row.h"

#include "fd-ui.h"

/*
 * A host in the host picker's list: name and department only, as the
 * visitor may see them (no e-mail address or phone number).
 */

struct _FdKioskHostRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *name_label;
  GtkLabel      *department_label;
};

G_DEFINE_FINAL_TYPE (FdKioskHostRow, fd_kiosk_host_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
fd_kiosk_host_row_new (const FdHost *host)
{
  FdKioskHostRow *self = g_object_new (FD_TYPE_KIOSK_HOST_ROW, NULL);

  gtk_label_set_text (self->name_label, host->name);
  gtk_label_set_text (self->department_label, host->department);
  return GTK_WIDGET (self);
}

static void
fd_kiosk_host_row_class_init (FdKioskHostRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-host-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskHostRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdKioskHostRow, department_label);
}

static void
fd_kiosk_host_row_init (FdKioskHostRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
