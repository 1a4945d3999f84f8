/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-reception-page-private.h"

#include "fd-error.h"
#include "fd-staff-invite-dialog.h"
#include "fd-staff-message-dialog.h"
#include "fd-staff-question-dialog.h"
#include "fd-staff-visit-row.h"

/*
 * What reception does, as the page's reception.* actions; each takes the
 * id of the visit, alert or invitation it acts on (the rows set it as
 * their buttons' target), and runs in a worker.
 */

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)
#define LANG(self) fd_staff_page_get_lang (FD_STAFF_PAGE (self))

static GtkWindow *
window_of (FdStaffReceptionPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static FdVisit *
find_visit (FdStaffReceptionPage *self,
            gint64                visit_id)
{
  for (guint i = 0; i < self->visits->len; i++)
    if (((FdVisit *) self->visits->pdata[i])->id == visit_id)
      return self->visits->pdata[i];
  return NULL;
}

/* Check-out (REG-4): the badge taken back, unless reception says it was
 * not handed in; it then shows in "left today" until it turns up.  Whether
 * declared items were checked goes to the audit log, in the same
 * transaction (fd_store_check_out()). */
static void
checked_out_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(FdStaffReceptionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_check_out_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (visit != NULL)
    {
      /* Translators: %s the visitor who checked out. */
      g_autofree char *done = g_strdup_printf (tr (self, N_("%s has checked out.")), visit->name);

      fd_staff_page_show_status (FD_STAFF_PAGE (self), done, FALSE);
    }
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("This visitor has already checked out.")), TRUE);
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_BUSY))
    fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("The database is busy. Please try the check-out again.")), TRUE);
  else
    {
      if (!g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE))
        g_warning ("Check-out failed: %s", error->message);
      fd_staff_page_show_status (FD_STAFF_PAGE (self), fd_staff_failure_text (LANG (self), error), TRUE);
    }
  fd_staff_page_reload (FD_STAFF_PAGE (self));
}

static void
check_out_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);
  GtkWidget *row = fd_staff_reception_page_find_row (self, g_variant_get_int64 (parameter));
  FdCheckOut how;

  if (row == NULL || fd_staff_page_get_session (FD_STAFF_PAGE (self)) == NULL)
    return;
  fd_staff_visit_row_get_check_out (FD_STAFF_VISIT_ROW (row), &how);
  fd_store_check_out_async (fd_staff_page_get_store (FD_STAFF_PAGE (self)), fd_staff_page_get_session (FD_STAFF_PAGE (self)),
                            &how, fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)), checked_out_cb,
                            g_object_ref (self));
}

static void
reprinted_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdStaffReceptionPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (outcome == NULL)
    {
      g_warning ("Reprinting a badge failed: %s", error->message);
      fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("The badge could not be printed. Reprint, or check the printer.")), TRUE);
    }
  else
    fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("The badge was sent to the printer.")), FALSE);
  /* The outcome is on the visit: the change signal redraws the row. */
}

static void
reprint_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  GtkWidget *row = fd_staff_reception_page_find_row (self, id);

  if (self->print_settings == NULL || fd_staff_page_get_session (FD_STAFF_PAGE (self)) == NULL)
    return;
  if (row != NULL)
    fd_staff_visit_row_set_printing (FD_STAFF_VISIT_ROW (row));
  fd_badge_issue_async (fd_staff_page_get_store (FD_STAFF_PAGE (self)), self->print_settings, id,
                        fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)), reprinted_cb, g_object_ref (self));
}

/* REG-3: reception has seen the visitor, and the held badge prints now; or
 * REG-7: a lost badge is replaced. */
typedef struct {
  FdSession       *session;
  gint64           id;
  gboolean         reissue;   /* a lost badge rather than a held one */
  FdPrintSettings *settings;  /* NULL: no printer */
} Release;

static void
release_free (Release *release)
{
  fd_session_free (release->session);
  g_clear_pointer (&release->settings, fd_print_settings_free);
  g_free (release);
}

static gpointer
release_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Release *release = data;

  if (release->reissue)
    {
      g_autofree char *token = fd_store_reissue_badge (store, release->session, release->id, error);

      if (token == NULL)
        return NULL;
    }
  else if (!fd_store_confirm_arrival (store, release->session, release->id, error))
    return NULL;
  if (release->settings != NULL)
    {
      g_autoptr(FdBadgeOutcome) outcome = fd_badge_issue (store, release->settings, release->id, error);

      if (outcome == NULL)
        return NULL;
    }
  return GINT_TO_POINTER (1);
}

static void
release (FdStaffReceptionPage *self,
         gint64                visit_id,
         gboolean              reissue)
{
  Release *job;

  if (fd_staff_page_get_session (FD_STAFF_PAGE (self)) == NULL)
    return;
  job = g_new0 (Release, 1);
  job->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (self)));
  job->id = visit_id;
  job->reissue = reissue;
  job->settings = self->print_settings != NULL ? fd_print_settings_copy (self->print_settings) : NULL;
  fd_staff_page_run (FD_STAFF_PAGE (self), release_job, job, (GDestroyNotify) release_free,
                     reissue ? tr (self, N_("New badge issued; the old one no longer works."))
                     : job->settings != NULL ? tr (self, N_("Confirmed; the badge is printing."))
                     : tr (self, N_("Confirmed.")));
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  release (FD_STAFF_RECEPTION_PAGE (widget), g_variant_get_int64 (parameter), FALSE);
}

typedef struct {
  FdStaffReceptionPage *page;  /* owned */
  gint64                id;
} Asked;

static void
asked_free (Asked *asked)
{
  g_object_unref (asked->page);
  g_free (asked);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Asked, asked_free)

static Asked *
asked_new (FdStaffReceptionPage *self,
           gint64                id)
{
  Asked *asked = g_new0 (Asked, 1);

  asked->page = g_object_ref (self);
  asked->id = id;
  return asked;
}

static void
reissue_answered_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(Asked) asked = user_data;

  if (fd_staff_question_dialog_run_finish (result, NULL))
    release (asked->page, asked->id, TRUE);
}

/* REG-7: a lost badge is replaced, with the site's fee when it has one. */
static void
reissue_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);
  const char *fee = self->badge_fee != NULL ? self->badge_fee : "";
  g_autofree char *text = NULL;

  if (*fee != '\0')
    /* Translators: %s is the site's fee, e.g. "20 元". */
    text = g_strdup_printf (tr (self, N_("Issue a new badge? The old one stops working at once. Collect the fee of %s; it is recorded.")), fee);
  else
    text = g_strdup (tr (self, N_("Issue a new badge? The old one stops working at once.")));
  fd_staff_question_dialog_run_async (window_of (self), LANG (self), "reissue", tr (self, N_("Lost badge")), text,
                                      tr (self, N_("Issue new badge")), fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)),
                                      reissue_answered_cb, asked_new (self, g_variant_get_int64 (parameter)));
}

/* FAQ-1 when the host has not come. */

static void
notify_again_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_notify_host_again, g_variant_get_int64 (parameter),
                           fd_staff_page_tr (FD_STAFF_PAGE (widget), N_("The host is notified again.")));
}

static void
host_met_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_mark_host_met, g_variant_get_int64 (parameter), NULL);
}

typedef struct {
  FdSession *session;
  gint64     id;
  char      *message;
} Message;

static void
message_free (Message *message)
{
  fd_session_free (message->session);
  g_free (message->message);
  g_free (message);
}

static gpointer
message_job (FdStore   *store,
             gpointer   data,
             GError   **error)
{
  Message *message = data;

  return fd_store_leave_message (store, message->session, message->id, message->message, error)
         ? GINT_TO_POINTER (1) : NULL;
}

static void
message_written_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Asked) asked = user_data;
  g_autofree char *text = fd_staff_message_dialog_run_finish (result, NULL);
  Message *message;

  if (text == NULL || fd_staff_page_get_session (FD_STAFF_PAGE (asked->page)) == NULL)
    return;
  message = g_new0 (Message, 1);
  message->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (asked->page)));
  message->id = asked->id;
  message->message = g_steal_pointer (&text);
  fd_staff_page_run (FD_STAFF_PAGE (asked->page), message_job, message, (GDestroyNotify) message_free,
                     tr (asked->page, N_("The message is on its way to the host.")));
}

/* The visitor tells reception what the host should know. */
static void
leave_message_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);
  FdVisit *visit = find_visit (self, g_variant_get_int64 (parameter));

  if (visit == NULL)
    return;
  fd_staff_message_dialog_run_async (window_of (self), LANG (self), visit,
                                     fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)),
                                     message_written_cb, asked_new (self, visit->id));
}

/* A badge that did not come back turned up (REG-4). */
static void
badge_back_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_mark_badge_returned, g_variant_get_int64 (parameter),
                           fd_staff_page_tr (FD_STAFF_PAGE (widget), N_("The badge is marked as returned.")));
}

static void
handle_alert_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  fd_staff_page_run_on_id (FD_STAFF_PAGE (widget), fd_store_handle_alert, g_variant_get_int64 (parameter), NULL);
}

/* Invitations. */

static void
invited_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(FdStaffReceptionPage) self = user_data;
  gboolean told = FALSE;
  g_autofree char *code = fd_staff_invite_dialog_run_finish (result, &told, NULL);
  g_autofree char *text = NULL;

  if (code == NULL)
    return;
  if (told)
    /* Translators: %s is the 8-character invitation code. */
    text = g_strdup_printf (tr (self, N_("Invitation saved. Code: %s — the host has been sent it to pass on.")), code);
  else
    /* Tried at the desk: this said the code was sent when nothing could
     * be (no mail server, no chat group).  Translators: %s is the
     * 8-character invitation code. */
    text = g_strdup_printf (tr (self, N_("Invitation saved. Code: %s — no mail server or chat group is set up, so the host has not been told: please give them the code.")),
                            code);
  fd_staff_page_show_status (FD_STAFF_PAGE (self), text, !told);
  fd_staff_page_reload (FD_STAFF_PAGE (self));
}

static void
invite_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);

  if (fd_staff_page_get_session (FD_STAFF_PAGE (self)) == NULL)
    return;
  fd_staff_invite_dialog_run_async (window_of (self), fd_staff_page_get_store (FD_STAFF_PAGE (self)),
                                    fd_staff_page_get_session (FD_STAFF_PAGE (self)), LANG (self),
                                    fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)), invited_cb,
                                    g_object_ref (self));
}

static void
cancel_answered_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(Asked) asked = user_data;

  if (fd_staff_question_dialog_run_finish (result, NULL))
    fd_staff_page_run_on_id (FD_STAFF_PAGE (asked->page), fd_store_cancel_invitation, asked->id,
                             tr (asked->page, N_("The invitation is cancelled: its code no longer works.")));
}

static void
cancel_invitation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  FdStaffReceptionPage *self = FD_STAFF_RECEPTION_PAGE (widget);

  fd_staff_question_dialog_run_async (window_of (self), LANG (self), "cancel-invitation",
                                      tr (self, N_("Cancel invitation")),
                                      tr (self, N_("Cancel this invitation? Its code will no longer work at the kiosk.")),
                                      tr (self, N_("Cancel invitation")),
                                      fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)),
                                      cancel_answered_cb, asked_new (self, g_variant_get_int64 (parameter)));
}

void
fd_staff_reception_page_install_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char                  *name;
    const char                  *type;
    GtkWidgetActionActivateFunc  activate;
  } actions[] = {
    { "reception.check-out", "x", check_out_action },
    { "reception.reprint", "x", reprint_action },
    { "reception.confirm", "x", confirm_action },
    { "reception.reissue", "x", reissue_action },
    { "reception.notify-again", "x", notify_again_action },
    { "reception.host-met", "x", host_met_action },
    { "reception.leave-message", "x", leave_message_action },
    { "reception.badge-back", "x", badge_back_action },
    { "reception.handle-alert", "x", handle_alert_action },
    { "reception.invite", NULL, invite_action },
    { "reception.cancel-invitation", "x", cancel_invitation_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].type, actions[i].activate);
}
