/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-topic-row.h"

#include "fd-ui.h"

/*
 * A topic of REC-3 on the administration page; Remove runs
 * admin.remove-topic with the topic's place in the list.
 */

struct _FdStaffTopicRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *text_label;
  GtkButton     *remove_button;
};

G_DEFINE_FINAL_TYPE (FdStaffTopicRow, fd_staff_topic_row, GTK_TYPE_LIST_BOX_ROW)

GtkWidget *
fd_staff_topic_row_new (const char *text,
                        guint       index,
                        FdLang      lang)
{
  FdStaffTopicRow *self = g_object_new (FD_TYPE_STAFF_TOPIC_ROW, NULL);
  /* Translators: for a screen reader; %s a topic and its contact. */
  g_autofree char *remove = g_strdup_printf (fd_tr (lang, N_("Remove the topic %s")), text);

  gtk_label_set_text (self->text_label, text);
  gtk_button_set_label (self->remove_button, fd_tr (lang, N_("Remove")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button), GTK_ACCESSIBLE_PROPERTY_LABEL, remove, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "u", index);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "admin.remove-topic");
  return GTK_WIDGET (self);
}

static void
fd_staff_topic_row_class_init (FdStaffTopicRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-topic-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffTopicRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffTopicRow, remove_button);
}

static void
fd_staff_topic_row_init (FdStaffTopicRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
