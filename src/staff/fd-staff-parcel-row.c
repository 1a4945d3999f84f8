/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-parcel-row.h"

#include "fd-ui.h"

/*
 * A parcel on the parcels page: whose it is, the carrier and tracking
 * number, since when it waits (and whether the recipient was reminded),
 * damage noted on arrival; Hand over, and from its seventh day Return to
 * carrier (PKG-5), highlighted.  A parcel that left the desk says who took
 * it, or that it went back, and offers the signature.
 */

struct _FdStaffParcelRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *recipient_label;
  GtkLabel      *department_label;
  GtkLabel      *carrier_label;
  GtkLabel      *tracking_label;
  GtkLabel      *when_label;
  GtkLabel      *damage_label;
  GtkButton     *photo_button;
  GtkButton     *signature_button;
  GtkButton     *return_button;
  GtkButton     *hand_over_button;

  FdParcel      *parcel;
};

G_DEFINE_FINAL_TYPE (FdStaffParcelRow, fd_staff_parcel_row, GTK_TYPE_LIST_BOX_ROW)

/* "10:42" today, "11-28 10:42" on another day of the year, else the
 * whole date. */
char *
fd_staff_parcel_time_text (gint64 ms,
                           gint64 now_ms)
{
  g_autofree char *day = fd_format_local_time (ms, "%Y-%m-%d");
  g_autofree char *today = fd_format_local_time (now_ms, "%Y-%m-%d");

  if (g_str_equal (day, today))
    return fd_format_local_time (ms, "%H:%M");
  if (strncmp (day, today, 4) == 0)
    return fd_format_local_time (ms, "%m-%d %H:%M");
  return fd_format_local_time (ms, "%Y-%m-%d %H:%M");
}

static char *
when_text (const FdParcel *parcel,
           gint64          now_ms,
           FdLang          lang)
{
  g_autofree char *received = fd_staff_parcel_time_text (parcel->received_ms, now_ms);
  int days = fd_parcel_days_waiting (parcel, now_ms);
  GString *text = g_string_new (NULL);

  switch (parcel->state)
    {
    case FD_PARCEL_WAITING:
      /* Translators: %s when the parcel came. */
      g_string_append_printf (text, fd_tr (lang, N_("Received %s")), received);
      if (days > 0)
        {
          g_string_append (text, " · ");
          /* Translators: %d whole days since the parcel came. */
          g_string_append_printf (text, fd_tr (lang, N_("waiting %d days")), days);
        }
      if (parcel->reminded_ms > 0)
        {
          g_string_append (text, " · ");
          g_string_append (text, fd_tr (lang, N_("reminded")));
        }
      break;
    case FD_PARCEL_COLLECTED:
      {
        g_autofree char *at = fd_staff_parcel_time_text (parcel->collected_ms, now_ms);

        /* Translators: %1$s who took the parcel, %2$s when, %3$s the staff member. */
        g_string_append_printf (text, fd_tr (lang, N_("Collected by %1$s at %2$s, handed over by %3$s")),
                                parcel->collected_by, at, parcel->handed_over_by);
      }
      break;
    case FD_PARCEL_RETURNED:
      {
        g_autofree char *at = fd_staff_parcel_time_text (parcel->returned_ms, now_ms);

        /* Translators: %s when; 无人领取 is what the parcel is marked. */
        g_string_append_printf (text, fd_tr (lang, N_("Returned to the carrier, unclaimed, at %s")), at);
      }
      break;
    }
  return g_string_free (text, FALSE);
}

GtkWidget *
fd_staff_parcel_row_new (const FdParcel *parcel,
                         gint64          now_ms,
                         FdLang          lang)
{
  FdStaffParcelRow *self = g_object_new (FD_TYPE_STAFF_PARCEL_ROW, NULL);
  g_autofree char *when = when_text (parcel, now_ms, lang);
  gboolean waiting = parcel->state == FD_PARCEL_WAITING;
  gboolean due_back = fd_parcel_is_due_back (parcel, now_ms);
  g_autofree char *hand_over = NULL;
  g_autofree char *give_back = NULL;
  g_autofree char *photo = NULL;
  g_autofree char *signature = NULL;

  self->parcel = fd_parcel_copy (parcel);
  gtk_label_set_text (self->recipient_label, parcel->recipient_name);
  gtk_label_set_text (self->department_label, parcel->recipient_department);
  gtk_widget_set_visible (GTK_WIDGET (self->department_label), *parcel->recipient_department != '\0');
  gtk_label_set_text (self->carrier_label, parcel->carrier);
  gtk_label_set_text (self->tracking_label, parcel->tracking);
  gtk_label_set_text (self->when_label, when);
  if (parcel->damage != NULL)
    {
      /* Translators: %s what is wrong with the packaging (PKG-2). */
      g_autofree char *damage = g_strdup_printf (fd_tr (lang, N_("Damaged: %s")), parcel->damage);

      gtk_label_set_text (self->damage_label, damage);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->damage_label), parcel->damage != NULL);

  /* Each button names its parcel for a screen reader. */
  /* Translators: %1$s the recipient, %2$s the tracking number. */
  hand_over = g_strdup_printf (fd_tr (lang, N_("Hand over the parcel for %1$s, %2$s")), parcel->recipient_name,
                               parcel->tracking);
  give_back = g_strdup_printf (fd_tr (lang, N_("Return the parcel for %1$s, %2$s, to the carrier")),
                               parcel->recipient_name, parcel->tracking);
  photo = g_strdup_printf (fd_tr (lang, N_("Photo of the damage to the parcel for %1$s, %2$s")),
                           parcel->recipient_name, parcel->tracking);
  signature = g_strdup_printf (fd_tr (lang, N_("Signature for the parcel for %1$s, %2$s")), parcel->recipient_name,
                               parcel->tracking);
  gtk_button_set_label (self->hand_over_button, fd_tr (lang, N_("Hand over")));
  gtk_button_set_label (self->return_button, fd_tr (lang, N_("Return to carrier")));
  gtk_button_set_label (self->photo_button, fd_tr (lang, N_("Photo")));
  gtk_button_set_label (self->signature_button, fd_tr (lang, N_("Signature")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->hand_over_button), GTK_ACCESSIBLE_PROPERTY_LABEL, hand_over, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->return_button), GTK_ACCESSIBLE_PROPERTY_LABEL, give_back, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->photo_button), GTK_ACCESSIBLE_PROPERTY_LABEL, photo, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->signature_button), GTK_ACCESSIBLE_PROPERTY_LABEL, signature, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->hand_over_button), waiting);
  gtk_widget_set_visible (GTK_WIDGET (self->return_button), due_back);
  gtk_widget_set_visible (GTK_WIDGET (self->photo_button), parcel->has_photo);
  gtk_widget_set_visible (GTK_WIDGET (self->signature_button), parcel->state == FD_PARCEL_COLLECTED);
  gtk_widget_add_css_class (GTK_WIDGET (self), "staff-parcel");
  if (due_back)
    gtk_widget_add_css_class (GTK_WIDGET (self), "staff-parcel-due");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->hand_over_button), "x", parcel->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->hand_over_button), "parcels.hand-over");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->return_button), "x", parcel->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->return_button), "parcels.return");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->photo_button), "x", parcel->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->photo_button), "parcels.photo");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->signature_button), "x", parcel->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->signature_button), "parcels.signature");
  return GTK_WIDGET (self);
}

const FdParcel *
fd_staff_parcel_row_get_parcel (FdStaffParcelRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_PARCEL_ROW (self), NULL);
  return self->parcel;
}

static void
fd_staff_parcel_row_finalize (GObject *object)
{
  g_clear_pointer (&FD_STAFF_PARCEL_ROW (object)->parcel, fd_parcel_free);
  G_OBJECT_CLASS (fd_staff_parcel_row_parent_class)->finalize (object);
}

static void
fd_staff_parcel_row_class_init (FdStaffParcelRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_parcel_row_finalize;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-parcel-row.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffParcelRow, name)
  BIND (recipient_label);
  BIND (department_label);
  BIND (carrier_label);
  BIND (tracking_label);
  BIND (when_label);
  BIND (damage_label);
  BIND (photo_button);
  BIND (signature_button);
  BIND (return_button);
  BIND (hand_over_button);
#undef BIND
}

static void
fd_staff_parcel_row_init (FdStaffParcelRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
