/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-invitation-row.h"

#include "fd-staff-visit-row.h"
#include "fd-ui.h"

/*
 * An invitation in the reception page's lists of who is expected today and
 * later: the code to read out, and Cancel for a visitor who will not come.
 */

struct _FdStaffInvitationRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *name_label;
  GtkLabel      *company_label;
  GtkLabel      *host_label;
  GtkLabel      *day_label;
  GtkLabel      *code_label;
  GtkButton     *cancel_button;
};

G_DEFINE_FINAL_TYPE (FdStaffInvitationRow, fd_staff_invitation_row, GTK_TYPE_LIST_BOX_ROW)

/**
 * fd_staff_invitation_row_new:
 * @today: YYYY-MM-DD; an invitation for today shows no day
 */
GtkWidget *
fd_staff_invitation_row_new (const FdInvitation *invitation,
                             const char         *today,
                             FdLang              lang)
{
  FdStaffInvitationRow *self = g_object_new (FD_TYPE_STAFF_INVITATION_ROW, NULL);
  g_autofree char *host = fd_staff_visiting_text (lang, invitation->host_name, invitation->host_title,
                                                  invitation->host_department);
  /* Translators: %s is the 8-character invitation code. */
  g_autofree char *code = g_strdup_printf (fd_tr (lang, N_("Code %s")), invitation->code);
  /* Translators: for a screen reader; %1$s the visitor, %2$s a day. */
  g_autofree char *cancel = g_strdup_printf (fd_tr (lang, N_("Cancel the invitation of %1$s for %2$s")),
                                             invitation->name, invitation->day);

  gtk_label_set_text (self->name_label, invitation->name);
  gtk_label_set_text (self->company_label, invitation->company != NULL ? invitation->company : "");
  gtk_widget_set_visible (GTK_WIDGET (self->company_label),
                          invitation->company != NULL && *invitation->company != '\0');
  gtk_label_set_text (self->host_label, host);
  /* Today's are listed under "Expected today": only a later day is said. */
  gtk_label_set_text (self->day_label, invitation->day);
  gtk_widget_set_visible (GTK_WIDGET (self->day_label), g_strcmp0 (invitation->day, today) != 0);
  gtk_label_set_text (self->code_label, code);
  gtk_button_set_label (self->cancel_button, fd_tr (lang, N_("Cancel invitation")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->cancel_button), GTK_ACCESSIBLE_PROPERTY_LABEL, cancel, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->cancel_button), "x", invitation->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "reception.cancel-invitation");
  return GTK_WIDGET (self);
}

static void
fd_staff_invitation_row_class_init (FdStaffInvitationRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-invitation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, host_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, code_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffInvitationRow, cancel_button);
}

static void
fd_staff_invitation_row_init (FdStaffInvitationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
