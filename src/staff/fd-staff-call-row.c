/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-call-row.h"

#include "fd-ui.h"

/*
 * A call on the telephone page: when, who (company, number), what about,
 * whether it was answered late (KPI-3), where it was transferred and
 * whether a message was left (TEL-4); a call to follow up (FAQ-2, FAQ-3)
 * offers Resolved, a resolved one says how.
 */

struct _FdStaffCallRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *time_label;
  GtkLabel      *caller_label;
  GtkLabel      *contact_label;
  GtkLabel      *topic_label;
  GtkLabel      *detail_label;
  GtkButton     *resolve_button;

  FdCall        *call;
};

G_DEFINE_FINAL_TYPE (FdStaffCallRow, fd_staff_call_row, GTK_TYPE_LIST_BOX_ROW)

const char *
fd_staff_call_kind_text (FdCallKind kind,
                         FdLang     lang)
{
  switch (kind)
    {
    case FD_CALL_REQUEST:
      return fd_tr (lang, N_("Request"));
    case FD_CALL_COMPLAINT:
      return fd_tr (lang, N_("Complaint"));
    case FD_CALL_ENQUIRY:
    default:
      return fd_tr (lang, N_("Enquiry"));
    }
}

/* What happened to the call, in one line. */
static char *
detail_text (const FdCall *call,
             FdLang        lang)
{
  GString *text = g_string_new (call->details != NULL ? call->details : "");

  if (call->transfer != FD_CALL_NOT_TRANSFERRED)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: %s the colleague the call went to. */
      g_string_append_printf (text, call->transfer == FD_CALL_MESSAGE
                                    ? fd_tr (lang, N_("for %s: no answer, message sent"))
                                    : fd_tr (lang, N_("transferred to %s")),
                              call->host_name);
    }
  if (call->answered_late)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, fd_tr (lang, N_("answered after more than 3 rings")));
    }
  if (call->follow_up == FD_FOLLOW_UP_RESOLVED)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      /* Translators: %s what came of it. */
      g_string_append_printf (text, call->satisfied ? fd_tr (lang, N_("resolved: %s (caller satisfied)"))
                                                    : fd_tr (lang, N_("resolved: %s")),
                              call->outcome);
    }
  else if (call->follow_up == FD_FOLLOW_UP_OPEN)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, fd_tr (lang, N_("to follow up")));
    }
  return g_string_free (text, FALSE);
}

GtkWidget *
fd_staff_call_row_new (const FdCall *call,
                       FdLang        lang)
{
  FdStaffCallRow *self = g_object_new (FD_TYPE_STAFF_CALL_ROW, NULL);
  g_autofree char *time = fd_format_local_time (call->at_ms, "%m-%d %H:%M");
  g_autofree char *contact = call->company != NULL && call->phone != NULL
                             ? g_strdup_printf ("%s · %s", call->company, call->phone)
                             : g_strdup (call->company != NULL ? call->company : call->phone != NULL ? call->phone : "");
  /* Translators: %1$s enquiry, request or complaint, %2$s what about. */
  g_autofree char *topic = g_strdup_printf (fd_tr (lang, N_("%1$s: %2$s")), fd_staff_call_kind_text (call->kind, lang),
                                            call->topic);
  g_autofree char *detail = detail_text (call, lang);
  /* Translators: for a screen reader; %1$s the caller, %2$s what about. */
  g_autofree char *resolve = g_strdup_printf (fd_tr (lang, N_("Resolved: the call of %1$s about %2$s")), call->caller,
                                              call->topic);

  self->call = fd_call_copy (call);
  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->caller_label, call->caller);
  gtk_label_set_text (self->contact_label, contact);
  gtk_label_set_text (self->topic_label, topic);
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), *detail != '\0');
  if (call->kind == FD_CALL_COMPLAINT)
    gtk_widget_add_css_class (GTK_WIDGET (self->topic_label), "staff-parcel-damage");
  gtk_button_set_label (self->resolve_button, fd_tr (lang, N_("Resolved…")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->resolve_button), GTK_ACCESSIBLE_PROPERTY_LABEL, resolve, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->resolve_button), call->follow_up == FD_FOLLOW_UP_OPEN);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->resolve_button), "x", call->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->resolve_button), "calls.resolve");
  return GTK_WIDGET (self);
}

const FdCall *
fd_staff_call_row_get_call (FdStaffCallRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_CALL_ROW (self), NULL);
  return self->call;
}

static void
fd_staff_call_row_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_CALL_ROW (object)->call, fd_call_free);
  G_OBJECT_CLASS (fd_staff_call_row_parent_class)->finalize (object);
}

static void
fd_staff_call_row_class_init (FdStaffCallRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_call_row_finalize;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-call-row.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffCallRow, name)
  BIND (time_label);
  BIND (caller_label);
  BIND (contact_label);
  BIND (topic_label);
  BIND (detail_label);
  BIND (resolve_button);
#undef BIND
}

static void
fd_staff_call_row_init (FdStaffCallRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
