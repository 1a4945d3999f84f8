/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-admin-page-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-host-import.h"
#include "fd-settings.h"
#include "fd-site.h"
#include "fd-staff-host-dialog.h"

/*
 * What an administrator changes besides the settings, as the page's
 * admin.* actions: hosts (add one, edit, deactivate, import), REC-3's
 * topics and staff accounts.
 */

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)
#define LANG(self) fd_staff_page_get_lang (FD_STAFF_PAGE (self))

/* Hosts. */

static void
host_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdStaffAdminPage) self = user_data;

  if (fd_staff_host_dialog_run_finish (result, NULL))
    {
      fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("Host saved.")), FALSE);
      fd_staff_page_reload (FD_STAFF_PAGE (self));
    }
}

static void
edit_host (FdStaffAdminPage *self,
           const FdHost     *host)
{
  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  fd_staff_host_dialog_run_async (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                  fd_staff_page_get_store (FD_STAFF_PAGE (self)),
                                  fd_staff_page_get_session (FD_STAFF_PAGE (self)), LANG (self), host,
                                  fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)), host_saved_cb,
                                  g_object_ref (self));
}

static void
add_host_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  edit_host (FD_STAFF_ADMIN_PAGE (widget), NULL);
}

static void
edit_host_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; i < self->hosts->len; i++)
    if (((FdHost *) self->hosts->pdata[i])->id == id)
      edit_host (self, self->hosts->pdata[i]);
}

typedef struct {
  FdSession *session;
  gint64     id;
  gboolean   on;
  char      *text;  /* a user name, or a file */
  FdLang     lang;
} Change1;

static void
change1_free (Change1 *change)
{
  fd_session_free (change->session);
  g_free (change->text);
  g_free (change);
}

static Change1 *
change1_new (FdStaffAdminPage *self)
{
  Change1 *change = g_new0 (Change1, 1);

  change->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (self)));
  change->lang = LANG (self);
  return change;
}

static gpointer
host_active_job (FdStore   *store,
                 gpointer   data,
                 GError   **error)
{
  Change1 *change = data;

  return fd_store_set_host_active (store, change->session, change->id, change->on, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
set_host_active_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  Change1 *change;

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  change = change1_new (self);
  g_variant_get (parameter, "(xb)", &change->id, &change->on);
  fd_staff_admin_page_run_change (self, host_active_job, change, (GDestroyNotify) change1_free, NULL,
              change->on ? tr (self, N_("The host can be chosen at the kiosk again."))
                         : tr (self, N_("The host is deactivated: visitors can no longer choose them.")));
}

/* Hosts from a CSV file (the import's own checks apply); the page says
 * how many were added and updated, and lists them at once. */
static gpointer
import_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Change1 *change = data;
  guint added = 0, updated = 0;

  if (!fd_host_import_file (store, change->session, change->text, change->lang, &added, &updated, error))
    return NULL;
  /* Translators: %1$u hosts added, %2$u updated, by a CSV import. */
  return g_strdup_printf (fd_tr (change->lang, N_("Hosts imported: %1$u added, %2$u updated.")), added, updated);
}

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(FdStaffAdminPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *done = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (done != NULL)
    fd_staff_page_show_status (FD_STAFF_PAGE (self), done, FALSE);
  else
    /* The import's own words say which line is wrong. */
    fd_staff_page_show_status (FD_STAFF_PAGE (self), error->message, TRUE);
  fd_staff_page_reload (FD_STAFF_PAGE (self));
}

/**
 * fd_staff_admin_page_import_hosts:
 * @path: a CSV file as described in the README
 *
 * Imports hosts as the logged-in administrator.
 */
void
fd_staff_admin_page_import_hosts (FdStaffAdminPage *self,
                                  const char       *path)
{
  Change1 *change;

  g_return_if_fail (FD_IS_STAFF_ADMIN_PAGE (self));

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  change = change1_new (self);
  change->text = g_strdup (path);
  fd_store_run_async (fd_staff_page_get_store (FD_STAFF_PAGE (self)), import_job, change,
                      (GDestroyNotify) change1_free, g_free, fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)),
                      imported_cb, g_object_ref (self));
}

static void
chosen_cb (GtkNativeDialog  *chooser,
           int               response,
           FdStaffAdminPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        fd_staff_admin_page_import_hosts (self, path);
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_hosts_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (tr (self, N_("Import hosts from a CSV file")),
                                 GTK_WINDOW (gtk_widget_get_root (widget)), GTK_FILE_CHOOSER_ACTION_OPEN,
                                 tr (self, N_("Import")), tr (self, N_("Cancel")));

  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* REC-3's topics: the whole list is stored with each change. */

typedef struct {
  FdSession *session;
  GPtrArray *topics;  /* FdTopic */
} TopicsChange;

static void
topics_change_free (TopicsChange *change)
{
  fd_session_free (change->session);
  g_ptr_array_unref (change->topics);
  g_free (change);
}

static gpointer
save_topics_job (FdStore   *store,
                 gpointer   data,
                 GError   **error)
{
  TopicsChange *change = data;

  return fd_store_save_topics (store, change->session, change->topics, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
save_topics (FdStaffAdminPage *self)
{
  TopicsChange *change = g_new0 (TopicsChange, 1);

  change->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (self)));
  change->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  for (guint i = 0; i < self->topics->len; i++)
    {
      FdTopic *topic = self->topics->pdata[i];

      g_ptr_array_add (change->topics, fd_topic_new (topic->zh, topic->en, topic->host_id));
    }
  fd_staff_admin_page_show_topics (self);
  fd_staff_admin_page_run_change (self, save_topics_job, change, (GDestroyNotify) topics_change_free, NULL,
              tr (self, N_("Topics saved; each kiosk shows them from its next visitor.")));
}

void
fd_staff_admin_page_add_topic_cb (FdStaffAdminPage *self)
{
  g_autofree char *zh = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->topic_zh))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->topic_en))));
  guint chosen = gtk_drop_down_get_selected (self->topic_host);

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  if (*zh == '\0' || chosen >= self->topic_hosts->len)
    {
      fd_staff_page_show_status (FD_STAFF_PAGE (self), tr (self, N_("Give the topic in Chinese and choose the contact who helps with it.")), TRUE);
      return;
    }
  g_ptr_array_add (self->topics, fd_topic_new (zh, en, g_array_index (self->topic_hosts, gint64, chosen)));
  gtk_editable_set_text (GTK_EDITABLE (self->topic_zh), "");
  gtk_editable_set_text (GTK_EDITABLE (self->topic_en), "");
  save_topics (self);
}

static void
remove_topic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  guint index = g_variant_get_uint32 (parameter);

  if (index >= self->topics->len || !fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  g_ptr_array_remove_index (self->topics, index);
  save_topics (self);
}

/* Staff accounts. */

typedef struct {
  FdSession *session;
  char      *username;
  char      *display_name;
  char      *secret;
  FdRole     role;
} NewStaff;

static void
new_staff_free (NewStaff *staff)
{
  fd_session_free (staff->session);
  g_free (staff->username);
  g_free (staff->display_name);
  if (staff->secret != NULL)
    memset (staff->secret, 0, strlen (staff->secret));
  g_free (staff->secret);
  g_free (staff);
}

static gpointer
add_staff_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  NewStaff *staff = data;

  return fd_store_add_staff (store, staff->session, staff->username, staff->display_name, staff->role,
                             staff->secret, error) != 0 ? GINT_TO_POINTER (1) : NULL;
}

void
fd_staff_admin_page_add_staff_cb (FdStaffAdminPage *self)
{
  const FdRole roles[] = { FD_ROLE_RECEPTIONIST, FD_ROLE_SECURITY, FD_ROLE_ADMIN };
  guint role = gtk_drop_down_get_selected (self->staff_role);
  NewStaff *staff;

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  staff = g_new0 (NewStaff, 1);
  staff->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (self)));
  staff->username = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->staff_user))));
  staff->display_name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->staff_display))));
  staff->secret = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->staff_secret)));
  if (*staff->display_name == '\0')
    {
      g_free (staff->display_name);
      staff->display_name = g_strdup (staff->username);
    }
  staff->role = roles[MIN (role, G_N_ELEMENTS (roles) - 1)];
  gtk_editable_set_text (GTK_EDITABLE (self->staff_user), "");
  gtk_editable_set_text (GTK_EDITABLE (self->staff_display), "");
  gtk_editable_set_text (GTK_EDITABLE (self->staff_secret), "");
  fd_staff_admin_page_run_change (self, add_staff_job, staff, (GDestroyNotify) new_staff_free, NULL, tr (self, N_("Staff account added.")));
}

static gpointer
unlock_staff_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  Change1 *change = data;

  return fd_store_unlock_staff (store, change->session, change->text, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
unlock_staff_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  Change1 *change;

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  change = change1_new (self);
  change->text = g_variant_dup_string (parameter, NULL);
  fd_staff_admin_page_run_change (self, unlock_staff_job, change, (GDestroyNotify) change1_free, NULL,
              tr (self, N_("The account may log in again.")));
}

static gpointer
staff_active_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  Change1 *change = data;

  return fd_store_set_staff_active (store, change->session, change->text, change->on, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
set_staff_active_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (widget);
  Change1 *change;

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  change = change1_new (self);
  g_variant_get (parameter, "(sb)", &change->text, &change->on);
  fd_staff_admin_page_run_change (self, staff_active_job, change, (GDestroyNotify) change1_free, NULL,
              change->on ? tr (self, N_("The account is active again."))
                         : tr (self, N_("The account is deactivated: it can no longer log in.")));
}

void
fd_staff_admin_page_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "admin.add-host", NULL, add_host_action);
  gtk_widget_class_install_action (widget_class, "admin.edit-host", "x", edit_host_action);
  gtk_widget_class_install_action (widget_class, "admin.set-host-active", "(xb)", set_host_active_action);
  gtk_widget_class_install_action (widget_class, "admin.import-hosts", NULL, import_hosts_action);
  gtk_widget_class_install_action (widget_class, "admin.remove-topic", "u", remove_topic_action);
  gtk_widget_class_install_action (widget_class, "admin.unlock-staff", "s", unlock_staff_action);
  gtk_widget_class_install_action (widget_class, "admin.set-staff-active", "(sb)", set_staff_active_action);
}
