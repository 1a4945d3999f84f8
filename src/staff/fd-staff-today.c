/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * The reception page's lists beside who is on site: who is expected today
 * (invitations, with the invite dialog), and who left today, with the
 * badges that did not come back (REG-4).
 */

static GtkWidget *
expected_row (FdStaffWindow *self,
              FdInvitation  *invitation)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *host_text = fd_staff_visiting_text (self, invitation->host_name, invitation->host_title,
                                                       invitation->host_department);
  /* Translators: %s is the 8-character invitation code. */
  g_autofree char *code_text = g_strdup_printf (fd_tr (self->lang, N_("Code %s")), invitation->code);
  GtkWidget *name = fd_staff_label (invitation->name, "staff-visitor");
  GtkWidget *middle = fd_staff_label (host_text, NULL);
  GtkWidget *code = fd_staff_label (code_text, "dim-label");

  gtk_label_set_wrap (GTK_LABEL (code), FALSE);

  gtk_box_append (GTK_BOX (who), name);
  if (invitation->company != NULL && *invitation->company != '\0')
    gtk_box_append (GTK_BOX (who), fd_staff_label (invitation->company, "dim-label"));
  gtk_widget_set_size_request (who, 300, -1);
  gtk_widget_set_hexpand (middle, TRUE);
  gtk_box_append (GTK_BOX (box), who);
  gtk_box_append (GTK_BOX (box), middle);
  gtk_box_append (GTK_BOX (box), code);
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

static void
badge_back_clicked_cb (GtkButton     *button,
                       FdStaffWindow *self);

/* Who left today; a badge they did not hand back is marked, with a button
 * for when it turns up. */
GtkWidget *
fd_staff_left_row (FdStaffWindow *self,
                   FdVisit       *visit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 16);
  g_autofree char *host_text = fd_staff_visiting_text (self, visit->host_name, visit->host_title,
                                                       visit->host_department);
  g_autofree char *from = fd_format_local_time (visit->arrived_ms, "%H:%M");
  g_autofree char *to = fd_format_local_time (visit->left_ms, "%H:%M");
  /* Translators: %1$s and %2$s are times such as 09:30. */
  g_autofree char *times = g_strdup_printf (fd_tr (self->lang, N_("%1$s – %2$s")), from, to);
  GtkWidget *name = fd_staff_label (visit->name, "staff-visitor");
  GtkWidget *middle = fd_staff_label (host_text, NULL);
  gboolean had_badge = visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED;
  GtkWidget *time_label;

  g_object_set_data (G_OBJECT (box), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
  gtk_widget_set_size_request (name, 300, -1);
  gtk_widget_set_hexpand (middle, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), middle);
  time_label = fd_staff_label (times, "dim-label");
  gtk_label_set_wrap (GTK_LABEL (time_label), FALSE);
  gtk_box_append (GTK_BOX (box), time_label);
  if (had_badge && visit->badge_returned_ms == 0)
    {
      GtkWidget *button = gtk_button_new_with_label (fd_tr (self->lang, N_("Badge returned")));
      GtkWidget *missing = fd_staff_label (fd_tr (self->lang, N_("Badge not returned")), "staff-badge-failed");

      gtk_label_set_wrap (GTK_LABEL (missing), FALSE);
      gtk_box_append (GTK_BOX (box), missing);
      gtk_widget_set_name (button, "badge-back");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "fd-visit-id", GSIZE_TO_POINTER ((gsize) visit->id));
      g_signal_connect (button, "clicked", G_CALLBACK (badge_back_clicked_cb), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_widget_add_css_class (box, "staff-row");
  return box;
}

static gpointer
badge_back_job (FdStore   *store,
                gpointer   data,
                GError   **error)
{
  FdStaffJob *job = data;

  return fd_store_mark_badge_returned (store, job->session, job->id, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
badge_back_clicked_cb (GtkButton     *button,
                       FdStaffWindow *self)
{
  FdStaffJob *job = fd_staff_job_new (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "fd-visit-id")));

  gtk_widget_set_sensitive (GTK_WIDGET (button), FALSE);
  fd_staff_window_run (self, badge_back_job, job, (GDestroyNotify) fd_staff_job_free, NULL);
}

static void
fill (GtkListBox *list,
      GtkWidget  *empty)
{
  fd_staff_list_clear (GTK_WIDGET (list));
  if (empty != NULL)
    gtk_list_box_append (list, empty);
}

/* Takes @expected (FdInvitation) and @left (FdVisit). */
void
fd_staff_today_fill (FdStaffWindow *self,
                     GPtrArray     *expected,
                     GPtrArray     *left)
{
  g_ptr_array_set_size (self->expected, 0);
  g_ptr_array_extend_and_steal (self->expected, expected);
  g_ptr_array_set_size (self->left, 0);
  g_ptr_array_extend_and_steal (self->left, left);

  fill (self->expected_list, self->expected->len == 0 && self->session != NULL
                             ? fd_staff_label (fd_tr (self->lang, N_("No invitations for today.")), "staff-empty")
                             : NULL);
  for (guint i = 0; i < self->expected->len; i++)
    gtk_list_box_append (self->expected_list, expected_row (self, self->expected->pdata[i]));
  fill (self->left_list, NULL);
  for (guint i = 0; i < self->left->len; i++)
    gtk_list_box_append (self->left_list, fd_staff_left_row (self, self->left->pdata[i]));
  gtk_widget_set_visible (GTK_WIDGET (self->left_list), self->left->len > 0);
}

/* Inviting a visitor: the code goes to the host by the outbox, and shows
 * here to read out or write down. */

typedef struct {
  FdRegistration *reg;
  char           *day;
  FdSession      *session;
  char           *code;   /* out */
} Invite;

/* What came of an invitation. */
typedef struct {
  char     *code;
  gboolean  told;  /* the host's message goes out now */
} Invited;

static void
invited_free (Invited *invited)
{
  g_free (invited->code);
  g_free (invited);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Invited, invited_free)

static void
invite_free (Invite *invite)
{
  fd_registration_free (invite->reg);
  g_free (invite->day);
  fd_session_free (invite->session);
  g_free (invite->code);
  g_free (invite);
}

static gpointer
invite_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Invite *invite = data;

  Invited *invited;

  if (fd_store_add_invitation (store, invite->session, invite->reg, invite->day, &invite->code, error) == 0)
    return NULL;
  invited = g_new0 (Invited, 1);
  invited->code = g_strdup (invite->code);
  invited->told = fd_store_host_reachable (store, invite->reg->host_id);
  return invited;
}

static void
invited_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Invited) invited = fd_store_run_finish (FD_STORE (source), result, &error);
  GtkWidget *dialog = user_data;
  FdStaffWindow *self;
  GtkLabel *problem;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (dialog);
      return;
    }
  self = FD_STAFF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  problem = g_object_get_data (G_OBJECT (dialog), "fd-problem");
  if (invited == NULL)
    {
      gtk_label_set_text (problem, g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                                   ? fd_tr (self->lang, N_("Please give the visitor's name, a mobile number, the purpose, and a day written YYYY-MM-DD."))
                                   : fd_tr (self->lang, N_("The invitation was not saved. Please try again.")));
      gtk_widget_set_visible (GTK_WIDGET (problem), TRUE);
    }
  else
    {
      g_autofree char *text = NULL;

      if (invited->told)
        /* Translators: %s is the 8-character invitation code. */
        text = g_strdup_printf (fd_tr (self->lang, N_("Invitation saved. Code: %s — the host has been sent it to pass on.")), invited->code);
      else
        /* Tried at the desk: this said the code was sent when nothing could
         * be (no mail server, no chat group).  Translators: %s is the
         * 8-character invitation code. */
        text = g_strdup_printf (fd_tr (self->lang, N_("Invitation saved. Code: %s — no mail server or chat group is set up, so the host has not been told: please give them the code.")),
                                invited->code);

      fd_staff_window_show_status (self, text, FALSE);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  g_object_unref (dialog);
}

static GtkWidget *
form_entry (GtkWidget  *box,
            const char *name,
            const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

static const char *
entry_text (GtkWidget  *dialog,
            const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (fd_ui_find_named (dialog, name)));
}

static void
send_invite_cb (GtkButton *button,
                GtkWidget *dialog)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  GPtrArray *hosts = g_object_get_data (G_OBJECT (dialog), "fd-hosts");
  GtkDropDown *host = GTK_DROP_DOWN (fd_ui_find_named (dialog, "invite-host"));
  guint chosen = gtk_drop_down_get_selected (host);
  Invite *invite = g_new0 (Invite, 1);

  invite->reg = fd_registration_new ();
  invite->reg->name = g_strdup (entry_text (dialog, "invite-name"));
  invite->reg->phone = g_strdup (entry_text (dialog, "invite-phone"));
  invite->reg->company = g_strdup (entry_text (dialog, "invite-company"));
  invite->reg->purpose = g_strdup (entry_text (dialog, "invite-purpose"));
  invite->reg->host_id = chosen < hosts->len ? ((FdHost *) hosts->pdata[chosen])->id : 0;
  invite->day = g_strstrip (g_strdup (entry_text (dialog, "invite-day")));
  invite->session = fd_session_copy (self->session);
  gtk_widget_set_visible (GTK_WIDGET (g_object_get_data (G_OBJECT (dialog), "fd-problem")), FALSE);
  fd_store_run_async (self->store, invite_job, invite, (GDestroyNotify) invite_free, (GDestroyNotify) invited_free,
                      self->cancellable, invited_cb, g_object_ref (dialog));
}

static void
hosts_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hosts = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffWindow *self;
  GtkWidget *dialog, *box, *problem, *dropdown;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *today = NULL;

  if (hosts == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fd_staff_window_show_error (user_data, fd_tr (FD_STAFF_WINDOW (user_data)->lang,
                                                      N_("The hosts cannot be read right now. Please try again.")));
      return;
    }
  self = FD_STAFF_WINDOW (user_data);
  today = fd_format_local_time (fd_store_now_ms (self->store), "%Y-%m-%d");
  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = hosts->pdata[i];
      g_autofree char *text = g_strdup_printf ("%s (%s)", host->name, host->department);

      gtk_string_list_append (names, text);
    }

  dialog = fd_staff_dialog_new (self, "invite-dialog", fd_tr (self->lang, N_("Invite a visitor")), &box);
  g_object_set_data_full (G_OBJECT (dialog), "fd-hosts", hosts, (GDestroyNotify) g_ptr_array_unref);
  gtk_box_append (GTK_BOX (box), fd_staff_label (fd_tr (self->lang, N_("The visitor gets a code to scan or type at the kiosk; the host is sent it to pass on.")), NULL));
  form_entry (box, "invite-name", fd_tr (self->lang, N_("Visitor's name")));
  form_entry (box, "invite-phone", fd_tr (self->lang, N_("Mobile, e.g. 138 0013 8000")));
  form_entry (box, "invite-company", fd_tr (self->lang, N_("Company (optional)")));
  form_entry (box, "invite-purpose", fd_tr (self->lang, N_("Purpose of the visit")));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_widget_set_name (dropdown, "invite-host");
  gtk_box_append (GTK_BOX (box), fd_staff_label (fd_tr (self->lang, N_("Host")), "dim-label"));
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (box), fd_staff_label (fd_tr (self->lang, N_("Day (YYYY-MM-DD)")), "dim-label"));
  gtk_editable_set_text (GTK_EDITABLE (form_entry (box, "invite-day", "YYYY-MM-DD")), today);
  problem = fd_staff_label (NULL, "staff-badge-failed");
  gtk_widget_set_visible (problem, FALSE);
  gtk_box_append (GTK_BOX (box), problem);
  fd_staff_dialog_add_buttons (dialog, box, self->lang, fd_tr (self->lang, N_("Save invitation")),
                               "invite-save", G_CALLBACK (send_invite_cb));
  g_object_set_data (G_OBJECT (dialog), "fd-problem", problem);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gpointer
active_hosts_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  return fd_store_list_hosts (store, TRUE, error);
}

static void
invite_clicked_cb (FdStaffWindow *self)
{
  fd_store_run_async (self->store, active_hosts_job, NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                      self->cancellable, hosts_loaded_cb, self);
}

void
fd_staff_today_init (FdStaffWindow *self)
{
  g_signal_connect_swapped (self->invite_button, "clicked", G_CALLBACK (invite_clicked_cb), self);
}
