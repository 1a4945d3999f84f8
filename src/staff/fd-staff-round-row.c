/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-round-row.h"

#include "fd-staff-parcel-row.h"
#include "fd-ui.h"

/*
 * A check of the environment rounds (ENV-1, ENV-2): what to check and the
 * SOP's number, how it stands in its period (done, due, the problem found
 * last), In order and Problem… (rounds.* actions of FdStaffRoundsPage).  A
 * check still due is marked.
 */

struct _FdStaffRoundRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel      *check_label;
  GtkLabel      *state_label;
  GtkButton     *ok_button;
  GtkButton     *problem_button;

  char          *key;
};

G_DEFINE_FINAL_TYPE (FdStaffRoundRow, fd_staff_round_row, GTK_TYPE_LIST_BOX_ROW)

static const char *
period_text (FdRoundEvery every,
             FdLang       lang)
{
  switch (every)
    {
    case FD_ROUND_TWICE_DAILY:
      return fd_tr (lang, N_("twice a day"));
    case FD_ROUND_TWICE_WEEKLY:
      return fd_tr (lang, N_("twice a week"));
    case FD_ROUND_MONTHLY:
      return fd_tr (lang, N_("monthly"));
    case FD_ROUND_DAILY:
    default:
      return fd_tr (lang, N_("daily"));
    }
}

static char *
state_text (const FdRoundCheck *check,
            gint64              now_ms,
            FdLang              lang)
{
  GString *text = g_string_new (NULL);

  /* Translators: %1$u checks done in order, %2$u due in the period. */
  g_string_append_printf (text, fd_tr (lang, N_("%1$u of %2$u done")), check->done, check->needed);
  if (check->last_ms > 0)
    {
      g_autofree char *when = fd_staff_parcel_time_text (check->last_ms, now_ms);

      g_string_append (text, " · ");
      if (check->problem)
        /* Translators: %1$s what was wrong, %2$s when, %3$s who checked. */
        g_string_append_printf (text, fd_tr (lang, N_("problem: %1$s (%2$s, %3$s)")), check->last_note, when,
                                check->last_by);
      else
        /* Translators: %1$s when, %2$s who checked. */
        g_string_append_printf (text, fd_tr (lang, N_("last at %1$s by %2$s")), when, check->last_by);
    }
  return g_string_free (text, FALSE);
}

GtkWidget *
fd_staff_round_row_new (const FdRoundCheck *check,
                        gint64              now_ms,
                        FdLang              lang)
{
  FdStaffRoundRow *self = g_object_new (FD_TYPE_STAFF_ROUND_ROW, NULL);
  const char *what = fd_tr (lang, check->text);
  /* Translators: %1$s the check, %2$s its SOP number, %3$s how often. */
  g_autofree char *title = g_strdup_printf (fd_tr (lang, N_("%1$s (%2$s, %3$s)")), what, check->sop,
                                            period_text (check->every, lang));
  g_autofree char *state = state_text (check, now_ms, lang);
  /* Each button names its check for a screen reader.  Translators: %s a check. */
  g_autofree char *ok = g_strdup_printf (fd_tr (lang, N_("In order: %s")), what);
  g_autofree char *problem = g_strdup_printf (fd_tr (lang, N_("Problem: %s")), what);
  gboolean due = check->done < check->needed;

  self->key = g_strdup (check->key);
  gtk_label_set_text (self->check_label, title);
  gtk_label_set_text (self->state_label, state);
  gtk_button_set_label (self->ok_button, fd_tr (lang, N_("In order")));
  gtk_button_set_label (self->problem_button, fd_tr (lang, N_("Problem…")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ok_button), GTK_ACCESSIBLE_PROPERTY_LABEL, ok, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->problem_button), GTK_ACCESSIBLE_PROPERTY_LABEL, problem, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->ok_button), "s", check->key);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->ok_button), "rounds.check");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->problem_button), "s", check->key);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->problem_button), "rounds.problem");
  gtk_widget_add_css_class (GTK_WIDGET (self), "staff-round");
  if (due)
    gtk_widget_add_css_class (GTK_WIDGET (self->ok_button), "suggested-action");
  if (check->problem)
    gtk_widget_add_css_class (GTK_WIDGET (self), "staff-round-problem");
  else if (due)
    gtk_widget_add_css_class (GTK_WIDGET (self), "staff-round-due");
  return GTK_WIDGET (self);
}

const char *
fd_staff_round_row_get_key (FdStaffRoundRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_ROUND_ROW (self), NULL);
  return self->key;
}

/* What the row is about, as it says it. */
const char *
fd_staff_round_row_get_title (FdStaffRoundRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_ROUND_ROW (self), NULL);
  return gtk_label_get_text (self->check_label);
}

static void
fd_staff_round_row_finalize (GObject *object)
{
  g_free (FD_STAFF_ROUND_ROW (object)->key);
  G_OBJECT_CLASS (fd_staff_round_row_parent_class)->finalize (object);
}

static void
fd_staff_round_row_class_init (FdStaffRoundRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = fd_staff_round_row_finalize;
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-round-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffRoundRow, check_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffRoundRow, state_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffRoundRow, ok_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffRoundRow, problem_button);
}

static void
fd_staff_round_row_init (FdStaffRoundRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
