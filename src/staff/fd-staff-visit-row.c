/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-visit-row.h"

#include <string.h>

#include "fd-notify.h"
#include "fd-print.h"
#include "fd-staff-page.h"
#include "fd-ui.h"

/*
 * One visitor in the reception list: who, whom they visit, their badge,
 * whether the host has come (FAQ-1), and what reception can do about it.
 * Every button runs a reception.* action with the visit's id; Check out
 * reads the row's "badge back" and "items checked" boxes through
 * fd_staff_visit_row_get_check_out().
 */

struct _FdStaffVisitRow
{
  GtkListBoxRow  parent_instance;

  /* template widgets */
  GtkLabel       *name_label;
  GtkLabel       *company_label;
  GtkLabel       *arrived_label;
  GtkLabel       *host_label;
  GtkLabel       *notice_label;
  GtkLabel       *badge_label;
  GtkLabel       *watch_label;
  GtkLabel       *waiting_label;
  GtkCheckButton *items_check;
  GtkLabel       *drink_label;
  GtkLabel       *host_state_label;
  GtkLabel       *reminded_label;
  GtkWidget      *steps_box;
  GtkButton      *notify_button;
  GtkButton      *message_button;
  GtkButton      *met_button;
  GtkButton      *confirm_button;
  GtkButton      *checkout_button;
  GtkCheckButton *returned_check;
  GtkButton      *reprint_button;
  GtkButton      *lost_button;

  FdVisit        *visit;
  FdLang          lang;
};

G_DEFINE_FINAL_TYPE (FdStaffVisitRow, fd_staff_visit_row, GTK_TYPE_LIST_BOX_ROW)

/* 「拜访 王芳女士(市场部)」: whom a visitor sees, in the staff's language. */
char *
fd_staff_visiting_text (FdLang      lang,
                        const char *host_name,
                        const char *host_title,
                        const char *department)
{
  g_autofree char *host = fd_host_honorific_name (host_name, host_title, lang);

  /* Translators: the host and their department in the staff window's lists. */
  return g_strdup_printf (fd_tr (lang, N_("Visiting %s (%s)")), host, department);
}

/* What became of the visit's badge, in the receptionist's words. */
static char *
badge_text (FdLang         lang,
            const FdVisit *visit)
{
  switch (visit->badge_state)
    {
    case FD_BADGE_FAILED:
      /* Translators: %s says why, e.g. "The badge printer is out of labels." */
      return g_strdup_printf (fd_tr (lang, N_("Badge not printed: %s")),
                              fd_print_problem_message (fd_print_problem_from_id (visit->badge_detail), lang));
    case FD_BADGE_SAVED:
      return g_strdup_printf (fd_tr (lang, N_("Badge saved as %s")), visit->badge_detail);
    case FD_BADGE_PRINTED:
      return g_strdup (fd_tr (lang, N_("Badge printed")));
    case FD_BADGE_HELD:
      return g_strdup (fd_tr (lang, N_("Badge held")));
    case FD_BADGE_PENDING:
    default:
      return g_strdup (fd_tr (lang, N_("Badge not printed yet")));
    }
}

static void
show_text (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

/* A screen reader says whom a row's button is for: "Check out 李雷";
 * takes @whom. */
static void
name_button (GtkButton  *button,
             const char *action,
             const char *label,
             char       *whom,
             gint64      visit_id)
{
  gtk_button_set_label (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, whom, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", visit_id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  g_free (whom);
}

/* @format, a literal with one %s for the visitor, checked by the compiler. */
#define WHOM(format) g_strdup_printf (fd_tr (lang, format), visit->name)

/* Why a message did not go out, in the staff's words where the mail or
 * chat library's English is a common case. */
static const char *
notice_problem (const char *error,
                FdLang      lang)
{
  if (error == NULL)
    return "—";
  if (strstr (error, "connect") != NULL || strstr (error, "resolve") != NULL)
    return fd_tr (lang, N_("the mail or chat server does not answer"));
  if (strstr (error, "timed out") != NULL || strstr (error, "Timeout") != NULL)
    return fd_tr (lang, N_("the mail or chat server did not answer in time"));
  if (strstr (error, "Login denied") != NULL || strstr (error, "uthentication") != NULL)
    return fd_tr (lang, N_("the mail server refused the user name or password"));
  return error;
}

/* "email,wecom" in the staff's words: "E-mail, WeCom". */
static char *
channel_names (const char *channels,
               FdLang      lang)
{
  g_auto(GStrv) ids = g_strsplit (channels != NULL ? channels : "", ",", -1);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (*ids[i] == '\0')
        continue;
      /* Translators: between two channels, e.g. "E-mail, WeCom". */
      g_string_append_printf (names, "%s%s", names->len > 0 ? fd_tr (lang, N_(", ")) : "",
                              fd_staff_channel_name (ids[i], lang));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* Whether the host was told of the visitor, and by what; tried at the
 * desk: the first sign of a message that did not go out was FAQ-1's row
 * fifteen minutes later. */
static void
show_notice (FdStaffVisitRow    *self,
             const FdHostNotice *notice,
             FdLang              lang)
{
  g_autofree char *text = NULL;
  gboolean problem = TRUE;

  switch (notice->state)
    {
    case FD_NOTICE_SENT:
      {
        g_autofree char *at = fd_format_local_time (notice->sent_ms, "%H:%M");
        g_autofree char *by = channel_names (notice->channels, lang);

        /* Translators: %1$s a time, %2$s channels such as "E-mail, WeCom". */
        text = g_strdup_printf (fd_tr (lang, N_("Host told at %1$s (%2$s)")), at, by);
        problem = FALSE;
      }
      break;
    case FD_NOTICE_PENDING:
      if (notice->attempts == 0)
        {
          text = g_strdup (fd_tr (lang, N_("Telling the host…")));
          problem = FALSE;
        }
      else
        /* Translators: %s why the message did not go out. */
        text = g_strdup_printf (fd_tr (lang, N_("Host not told yet: %s. Trying again; call the host if it is urgent.")),
                                notice_problem (notice->last_error, lang));
      break;
    case FD_NOTICE_FAILED:
      /* Translators: %s why the message did not go out. */
      text = g_strdup_printf (fd_tr (lang, N_("Host not told: %s. Please call the host.")),
                              notice_problem (notice->last_error, lang));
      break;
    case FD_NOTICE_NONE:
    default:
      text = g_strdup (fd_tr (lang, N_("Host not told: no mail server or chat group reaches them. Please call the host.")));
      break;
    }
  if (problem)
    {
      show_text (self->notice_label, text);
      gtk_widget_add_css_class (GTK_WIDGET (self->notice_label), "staff-badge-failed");
    }
  else
    {
      /* All is well: one line with the badge's state keeps the row short. */
      /* Translators: the badge's state and the host's, on one line. */
      g_autofree char *line = g_strdup_printf (fd_tr (lang, N_("%1$s · %2$s")),
                                               gtk_label_get_text (self->badge_label), text);

      gtk_label_set_text (self->badge_label, line);
    }
}

/* FAQ-1: whether the host has come, and the next steps when they have not
 * come in time: notify again, call, or a message from the visitor. */
static void
show_host_state (FdStaffVisitRow         *self,
                 const FdStaffRowContext *context)
{
  const FdVisit *visit = self->visit;
  FdLang lang = context->lang;

  if (fd_visit_host_not_reached (visit, context->now_ms, context->wait_minutes))
    {
      g_autofree char *host_name = fd_host_honorific_name (visit->host_name, visit->host_title, lang);
      int minutes = (int) ((context->now_ms - visit->arrived_ms) / 60000);
      g_autofree char *text = NULL;

      if (visit->host_phone != NULL && *visit->host_phone != '\0')
        /* Translators: 1: minutes waited, 2: the host, 3: the host's phone. */
        text = g_strdup_printf (fd_tr (lang, N_("Host not reached: waiting %1$d min. Notify %2$s again or call %3$s; or offer to take a message or to come another time.")),
                                minutes, host_name, visit->host_phone);
      else
        text = g_strdup_printf (fd_tr (lang, N_("Host not reached: waiting %1$d min. Notify %2$s again; or offer to take a message or to come another time.")),
                                minutes, host_name);
      show_text (self->host_state_label, text);
      if (visit->reminded_ms > 0)
        {
          g_autofree char *at = fd_format_local_time (visit->reminded_ms, "%H:%M");
          g_autofree char *again = g_strdup_printf (fd_tr (lang, N_("Notified again at %s")), at);

          show_text (self->reminded_label, again);
        }
      name_button (self->notify_button, "reception.notify-again", fd_tr (lang, N_("Notify again")),
                   /* Translators: for a screen reader; %s the visitor. */
                   WHOM (N_("Notify the host of %s again")), visit->id);
      name_button (self->message_button, "reception.leave-message", fd_tr (lang, N_("Take a message")),
                   /* Translators: for a screen reader; %s the visitor. */
                   WHOM (N_("Take a message from %s")), visit->id);
      gtk_widget_set_visible (GTK_WIDGET (self->notify_button), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->message_button), TRUE);
    }
  name_button (self->met_button, "reception.host-met", fd_tr (lang, N_("Host has met them")),
               /* Translators: for a screen reader; %s the visitor. */
               WHOM (N_("The host has met %s")), visit->id);
  gtk_widget_set_visible (self->steps_box, TRUE);
}

/* The buttons at the end of the row, by the badge's state. */
static void
show_actions (FdStaffVisitRow         *self,
              const FdStaffRowContext *context)
{
  const FdVisit *visit = self->visit;
  FdLang lang = context->lang;

  /* Translators: what a screen reader says for a row's Check out; %s
   * the visitor. */
  name_button (self->checkout_button, "reception.check-out", fd_tr (lang, N_("Check out")), WHOM (N_("Check out %s")), visit->id);
  if (context->can_print && visit->badge_state != FD_BADGE_PRINTED && visit->badge_state != FD_BADGE_HELD)
    {
      name_button (self->reprint_button, "reception.reprint",
                   visit->badge_state == FD_BADGE_FAILED ? fd_tr (lang, N_("Reprint badge"))
                                                         : fd_tr (lang, N_("Print badge")),
                   /* Translators: for a screen reader; %s the visitor. */
                   WHOM (N_("Print the badge of %s")), visit->id);
      gtk_widget_set_visible (GTK_WIDGET (self->reprint_button), TRUE);
    }
  if (visit->badge_state == FD_BADGE_HELD)
    {
      /* Tried at the desk: a watchlist match offered the same blue "ID
       * checked" as any arrival.  It now asks for security's word and
       * does not look like the everyday step. */
      if (visit->watchlist_hit)
        name_button (self->confirm_button, "reception.confirm", fd_tr (lang, N_("Security cleared: print badge")),
                     /* Translators: for a screen reader; %s the visitor. */
                     WHOM (N_("Security has cleared %s: print the badge")), visit->id);
      else
        name_button (self->confirm_button, "reception.confirm", fd_tr (lang, N_("ID checked: print badge")),
                     /* Translators: for a screen reader; %s the visitor. */
                     WHOM (N_("The ID of %s is checked: print the badge")), visit->id);
      gtk_widget_add_css_class (GTK_WIDGET (self->confirm_button),
                                visit->watchlist_hit ? "destructive-action" : "suggested-action");
      gtk_widget_set_visible (GTK_WIDGET (self->confirm_button), TRUE);
    }
  if (visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED)
    {
      name_button (self->lost_button, "reception.reissue", fd_tr (lang, N_("Lost badge")),
                   /* Translators: for a screen reader; %s the visitor. */
                   WHOM (N_("%s lost the badge")), visit->id);
      gtk_widget_set_visible (GTK_WIDGET (self->lost_button), TRUE);
      gtk_check_button_set_label (self->returned_check, fd_tr (lang, N_("Badge back")));
      gtk_widget_set_visible (GTK_WIDGET (self->returned_check), TRUE);
    }
}

/**
 * fd_staff_visit_row_new:
 * @notice: (nullable): how the host was told; %NULL says nothing
 */
GtkWidget *
fd_staff_visit_row_new (const FdVisit           *visit,
                        const FdHostNotice      *notice,
                        const FdStaffRowContext *context)
{
  FdStaffVisitRow *self = g_object_new (FD_TYPE_STAFF_VISIT_ROW, NULL);
  FdLang lang = context->lang;
  g_autofree char *company = *visit->company != '\0' ? g_strdup_printf ("%s  ·  %s", visit->company, visit->phone)
                                                     : g_strdup (visit->phone);
  g_autofree char *host = fd_staff_visiting_text (lang, visit->host_name, visit->host_title, visit->host_department);
  g_autofree char *badge = badge_text (lang, visit);
  g_autofree char *time = fd_format_local_time (visit->arrived_ms, "%H:%M");
  g_autofree char *synced = fd_format_local_time (visit->synced_ms, "%H:%M");
  /* Translators: %s is a time such as 09:30. */
  g_autofree char *arrived = visit->synced_ms > 0
    /* Translators: %1$s when the visitor signed in at the kiosk, %2$s when
     * the visit reached the database, which had not answered. */
    ? g_strdup_printf (fd_tr (lang, N_("Arrived %1$s (registered at the kiosk while the database was away; here since %2$s)")),
                       time, synced)
    : g_strdup_printf (fd_tr (lang, N_("Arrived %s")), time);

  self->visit = fd_visit_copy (visit);
  self->lang = lang;
  gtk_label_set_text (self->name_label, visit->name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), visit->name);
  gtk_label_set_text (self->company_label, company);
  gtk_label_set_text (self->arrived_label, arrived);
  gtk_label_set_text (self->host_label, host);
  gtk_label_set_text (self->badge_label, badge);
  gtk_widget_add_css_class (GTK_WIDGET (self->badge_label),
                            visit->badge_state == FD_BADGE_FAILED ? "staff-badge-failed" : "dim-label");
  if (visit->watchlist_hit)
    {
      show_text (self->watch_label, fd_tr (lang, N_("Watchlist match: badge held. Check the visitor's identity before letting them in.")));
      gtk_widget_add_css_class (GTK_WIDGET (self), "staff-row-watch");
    }
  else if (visit->badge_state == FD_BADGE_HELD)
    show_text (self->waiting_label, fd_tr (lang, N_("Waiting for you: check the visitor's ID against the registration, then print the badge.")));
  if (*visit->items != '\0')
    {
      /* Translators: REG-4; %s the belongings the visitor declared. */
      g_autofree char *items = g_strdup_printf (fd_tr (lang, N_("Check on the way out: %s")), visit->items);

      gtk_check_button_set_label (self->items_check, items);
      gtk_widget_set_visible (GTK_WIDGET (self->items_check), TRUE);
    }
  if (g_strcmp0 (visit->drink, "tea") == 0 || g_strcmp0 (visit->drink, "water") == 0)
    show_text (self->drink_label, g_str_equal (visit->drink, "tea") ? fd_tr (lang, N_("Would like tea"))
                                                                    : fd_tr (lang, N_("Would like water")));
  if (visit->host_met_ms == 0 && !visit->watchlist_hit)
    {
      if (notice != NULL)
        show_notice (self, notice, lang);
      show_host_state (self, context);
    }
  show_actions (self, context);
  return GTK_WIDGET (self);
}

/**
 * fd_staff_visit_row_get_visit:
 *
 * Returns: (transfer none): the visit the row shows.
 */
const FdVisit *
fd_staff_visit_row_get_visit (FdStaffVisitRow *self)
{
  g_return_val_if_fail (FD_IS_STAFF_VISIT_ROW (self), NULL);
  return self->visit;
}

/**
 * fd_staff_visit_row_get_check_out:
 * @how: (out caller-allocates): the check-out as the row says it (REG-4):
 *   the badge taken back unless reception unticked "Badge back", and
 *   whether the declared items were checked; @how->items points into a
 *   static string.
 */
void
fd_staff_visit_row_get_check_out (FdStaffVisitRow *self,
                                  FdCheckOut      *how)
{
  g_return_if_fail (FD_IS_STAFF_VISIT_ROW (self));

  *how = (FdCheckOut) {
    .visit_id = self->visit->id,
    .badge = gtk_widget_get_visible (GTK_WIDGET (self->returned_check)) &&
             gtk_check_button_get_active (self->returned_check) ? FD_BADGE_BACK_YES : FD_BADGE_BACK_NO,
    .items = !gtk_widget_get_visible (GTK_WIDGET (self->items_check)) ? NULL
             : gtk_check_button_get_active (self->items_check) ? "checked" : "not checked",
  };
  gtk_widget_set_sensitive (GTK_WIDGET (self->checkout_button), FALSE);
}

/* Reprint was pressed: the row says so until the change redraws it. */
void
fd_staff_visit_row_set_printing (FdStaffVisitRow *self)
{
  g_return_if_fail (FD_IS_STAFF_VISIT_ROW (self));

  gtk_widget_set_sensitive (GTK_WIDGET (self->reprint_button), FALSE);
  gtk_button_set_label (self->reprint_button, fd_tr (self->lang, N_("Printing…")));
}

static void
fd_staff_visit_row_finalize (GObject *object)
{
  FdStaffVisitRow *self = FD_STAFF_VISIT_ROW (object);

  g_clear_pointer (&self->visit, fd_visit_free);
  G_OBJECT_CLASS (fd_staff_visit_row_parent_class)->finalize (object);
}

static void
fd_staff_visit_row_class_init (FdStaffVisitRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = fd_staff_visit_row_finalize;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-visit-row.ui");
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, company_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, arrived_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, host_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, notice_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, badge_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, watch_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, waiting_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, items_check);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, drink_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, host_state_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, reminded_label);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, steps_box);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, notify_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, message_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, met_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, checkout_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, returned_check);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, reprint_button);
  gtk_widget_class_bind_template_child (widget_class, FdStaffVisitRow, lost_button);
}

static void
fd_staff_visit_row_init (FdStaffVisitRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
