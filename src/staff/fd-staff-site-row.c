/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-site-row.h"

#include "fd-ui.h"

/*
 * A visitor on site, on the security page.  Tried at the desk: overstay
 * rows offered no action.  One who stayed too long offers "Has left" for a
 * visitor security finds gone without signing out: it checks them out
 * (security.check-out) with the badge not returned.
 */

struct _FdStaffSiteRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *text_label;
  GtkButton     *left_button;
};

G_DEFINE_FINAL_TYPE (FdStaffSiteRow, fd_staff_site_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * fd_staff_site_row_new:
 * @overstay: (nullable): the visit, when it has stayed too long
 */
GtkWidget *
fd_staff_site_row_new (const char    *text,
                       const FdVisit *overstay,
                       FdLang         lang)
{
  FdStaffSiteRow *self = g_object_new (FD_TYPE_STAFF_SITE_ROW, NULL);

  gtk_label_set_text (self->text_label, text);
  if (overstay != NULL)
    {
      /* Translators: for a screen reader; %s the visitor. */
      g_autofree char *left = g_strdup_printf (fd_tr (lang, N_("%s has left without signing out: check out")),
                                               overstay->name);

      gtk_widget_set_name (GTK_WIDGET (self->left_button), "overstay-left");
      gtk_button_set_label (self->left_button, fd_tr (lang, N_("Has left")));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->left_button), GTK_ACCESSIBLE_PROPERTY_LABEL, left, -1);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->left_button), "x", overstay->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->left_button), "security.check-out");
      gtk_widget_set_visible (GTK_WIDGET (self->left_button), TRUE);
    }
  return GTK_WIDGET (self);
}

static void
fd_staff_site_row_class_init (FdStaffSiteRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-site-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffSiteRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffSiteRow, left_button);
}

static void
fd_staff_site_row_init (FdStaffSiteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
