/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"
#include "fd-host-import.h"
#include "fd-settings.h"
#include "fd-ui.h"

/*
 * The administrator's page: site and kiosk settings (company name, when
 * badges print, the reissue fee, overstay hours, office printer, export
 * folder, retention), hosts (CSV import, deactivate) and staff accounts.
 * The core checks the role again on every change and audits it.
 */

/* Settings edited here, in the order of the form. */
static const struct {
  const char *key;
  const char *fallback;
  const char *label;
} settings[] = {
  { "company_name", "", N_("Company name on badges and the kiosk") },
  { "badge_fee", "", N_("Fee for a lost badge (empty: none)") },
  { "overstay_hours", "8", N_("Hours on site before security is shown a visitor") },
  { "staff_lock_minutes", "5", N_("Minutes without use before the staff window locks (0: never)") },
  { "office_printer", "", N_("Office printer (CUPS queue) for the evacuation list") },
  { "export_folder", "", N_("Folder for the daily export (empty: none)") },
  { "retention_days", "90", N_("Days visits are kept (at least 90)") },
};

/* Choices that weaken security, off unless an administrator turns them on
 * here, in plain view (Trust, finding 3). */
static const struct {
  const char *key;
  const char *label;
} insecure[] = {
  { "smtp_allow_plain", N_("Allow mail without encryption (only for a mail server on this network that has no TLS; passwords and visitors' messages then cross the network readable)") },
  { "webhook_allow_http", N_("Allow chat robots at http:// addresses (their messages then cross the network readable)") },
};

struct _FdStaffAdmin
{
  FdStaffWindow *window;                 /* not owned */

  GtkWidget     *entries[G_N_ELEMENTS (settings)];
  GtkWidget     *policy;                 /* GtkDropDown: at once, after confirmation */
  GtkWidget     *insecure[G_N_ELEMENTS (insecure)]; /* GtkCheckButton each */
  GtkWidget     *hosts;                  /* GtkListBox */
  GtkWidget     *staff;                  /* GtkListBox */
  GtkWidget     *new_staff[3];           /* user, display name, password */
  GtkWidget     *new_role;               /* GtkDropDown */
  FdStaffTopics *topics;                 /* REC-3's topics */
};

#define LANG(admin) ((admin)->window->lang)

typedef struct {
  char      *values[G_N_ELEMENTS (settings)];
  char      *policy;
  char      *insecure[G_N_ELEMENTS (insecure)];
  char      *topics;
  GPtrArray *hosts;
  GPtrArray *staff;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  for (guint i = 0; i < G_N_ELEMENTS (loaded->values); i++)
    g_free (loaded->values[i]);
  g_free (loaded->policy);
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    g_free (loaded->insecure[i]);
  g_free (loaded->topics);
  g_clear_pointer (&loaded->hosts, g_ptr_array_unref);
  g_clear_pointer (&loaded->staff, g_ptr_array_unref);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    loaded->values[i] = fd_store_get_setting (store, settings[i].key, settings[i].fallback);
  loaded->policy = fd_store_get_setting (store, "print_policy", "immediate");
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    loaded->insecure[i] = fd_store_get_setting (store, insecure[i].key, "false");
  loaded->topics = fd_store_get_setting (store, "kiosk_topics", "[]");
  loaded->hosts = fd_store_list_hosts (store, FALSE, error);
  if (loaded->hosts == NULL)
    return NULL;
  loaded->staff = fd_store_list_staff (store, data, error);
  if (loaded->staff == NULL)
    return NULL;
  return g_steal_pointer (&loaded);
}

/* Jobs carry the settings' values, then the printing policy. */
G_STATIC_ASSERT (G_N_ELEMENTS (settings) + 1 + G_N_ELEMENTS (insecure) <= G_N_ELEMENTS (((FdStaffJob *) NULL)->values));

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffAdmin *admin;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  admin = FD_STAFF_WINDOW (user_data)->admin;
  if (loaded == NULL || admin->window->session == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    gtk_editable_set_text (GTK_EDITABLE (admin->entries[i]), loaded->values[i]);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (admin->policy), g_str_equal (loaded->policy, "confirm") ? 1 : 0);
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (admin->insecure[i]), fd_setting_bool (loaded->insecure[i]));
  fd_staff_list_clear (admin->hosts);
  for (guint i = 0; i < loaded->hosts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (admin->hosts), fd_staff_host_row (admin->window, loaded->hosts->pdata[i]));
  fd_staff_topics_fill (admin->topics, loaded->topics, loaded->hosts);
  fd_staff_list_clear (admin->staff);
  for (guint i = 0; i < loaded->staff->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (admin->staff), fd_staff_account_row (admin->window, loaded->staff->pdata[i]));
}

void
fd_staff_admin_reload (FdStaffAdmin *admin)
{
  FdStaffWindow *window = admin->window;

  if (window->session == NULL || !fd_session_allows (window->session, FD_PERMISSION_ADMIN))
    return;
  fd_store_run_async (window->store, load_job, fd_session_copy (window->session), (GDestroyNotify) fd_session_free,
                      (GDestroyNotify) loaded_free, window->cancellable, loaded_cb, window);
}

/* Saving the settings: each one that changed, audited by the core. */

static gpointer
save_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  FdStaffJob *change = data;

  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      g_autofree char *was = fd_store_get_setting (store, settings[i].key, settings[i].fallback);
      const char *value = change->values[i];

      if (g_str_equal (was, value))
        continue;
      if (g_str_equal (settings[i].key, "retention_days"))
        {
          gint64 days = g_ascii_strtoll (value, NULL, 10);

          if (days <= 0 || !fd_store_set_retention_days (store, change->session, days, FALSE, error))
            {
              if (error != NULL && *error == NULL)
                g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Not a number of days");
              return NULL;
            }
        }
      else if (!fd_store_change_setting (store, change->session, settings[i].key, value, error))
        return NULL;
    }
  {
    g_autofree char *was = fd_store_get_setting (store, "print_policy", "immediate");
    const char *policy = change->values[G_N_ELEMENTS (settings)];

    if (!g_str_equal (was, policy) && !fd_store_change_setting (store, change->session, "print_policy", policy, error))
      return NULL;
  }
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    {
      g_autofree char *was = fd_store_get_setting (store, insecure[i].key, "false");
      const char *value = change->values[G_N_ELEMENTS (settings) + 1 + i];

      if (!g_str_equal (was, value) && !fd_store_change_setting (store, change->session, insecure[i].key, value, error))
        return NULL;
    }
  return GINT_TO_POINTER (1);
}

static void
save_clicked_cb (FdStaffAdmin *admin)
{
  FdStaffJob *change;

  if (admin->window->session == NULL)
    return;
  change = fd_staff_job_new (admin->window, 0);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    change->values[i] = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (admin->entries[i]))));
  change->values[G_N_ELEMENTS (settings)] =
    g_strdup (gtk_drop_down_get_selected (GTK_DROP_DOWN (admin->policy)) == 1 ? "confirm" : "immediate");
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    change->values[G_N_ELEMENTS (settings) + 1 + i] =
      g_strdup (gtk_check_button_get_active (GTK_CHECK_BUTTON (admin->insecure[i])) ? "true" : "false");
  fd_staff_window_run (admin->window, save_job, change, (GDestroyNotify) fd_staff_job_free,
                       fd_tr (LANG (admin), N_("Settings saved.")));
}

/* Staff accounts. */

static gpointer
add_staff_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  FdStaffJob *change = data;

  if (fd_store_add_staff (store, change->session, change->values[0], change->values[1], change->role,
                          change->values[2], error) == 0)
    return NULL;
  return GINT_TO_POINTER (1);
}

static void
add_staff_clicked_cb (FdStaffAdmin *admin)
{
  FdStaffJob *change;
  const FdRole roles[] = { FD_ROLE_RECEPTIONIST, FD_ROLE_SECURITY, FD_ROLE_ADMIN };
  guint role = gtk_drop_down_get_selected (GTK_DROP_DOWN (admin->new_role));

  if (admin->window->session == NULL)
    return;
  change = fd_staff_job_new (admin->window, 0);
  for (guint i = 0; i < G_N_ELEMENTS (admin->new_staff); i++)
    {
      change->values[i] = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (admin->new_staff[i]))));
      gtk_editable_set_text (GTK_EDITABLE (admin->new_staff[i]), "");
    }
  if (*change->values[1] == '\0')
    {
      g_free (change->values[1]);
      change->values[1] = g_strdup (change->values[0]);
    }
  change->role = roles[MIN (role, G_N_ELEMENTS (roles) - 1)];
  fd_staff_window_run (admin->window, add_staff_job, change, (GDestroyNotify) fd_staff_job_free,
                       fd_tr (LANG (admin), N_("Staff account added.")));
}

/* Hosts from a CSV file (the import's own checks apply). */

static gpointer
import_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  FdStaffJob *change = data;
  guint added = 0, updated = 0;

  if (!fd_host_import_file (store, change->session, change->values[0], change->lang, &added, &updated, error))
    return NULL;
  return GINT_TO_POINTER (1);
}

/**
 * fd_staff_admin_import_hosts:
 * @path: a CSV file as described in the README
 *
 * Imports hosts as the logged-in administrator.
 */
void
fd_staff_admin_import_hosts (FdStaffAdmin *admin,
                             const char   *path)
{
  FdStaffJob *change;

  if (admin->window->session == NULL)
    return;
  change = fd_staff_job_new (admin->window, 0);
  change->values[0] = g_strdup (path);
  fd_staff_window_run (admin->window, import_job, change, (GDestroyNotify) fd_staff_job_free,
                       fd_tr (LANG (admin), N_("Hosts imported.")));
}

static void
chosen_cb (GtkNativeDialog *chooser,
           int              response,
           FdStaffAdmin    *admin)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);

      if (path != NULL)
        fd_staff_admin_import_hosts (admin, path);
    }
  g_object_unref (chooser);
}

static void
import_clicked_cb (FdStaffAdmin *admin)
{
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (fd_tr (LANG (admin), N_("Import hosts from a CSV file")), GTK_WINDOW (admin->window),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, fd_tr (LANG (admin), N_("Import")),
                                 fd_tr (LANG (admin), N_("Cancel")));

  g_signal_connect (chooser, "response", G_CALLBACK (chosen_cb), admin);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
section (GtkBox     *box,
         const char *title)
{
  GtkWidget *heading = fd_staff_label (title, "staff-section");

  gtk_box_append (box, heading);
  return heading;
}

static GtkWidget *
button (const char *name,
        const char *label)
{
  GtkWidget *widget = gtk_button_new_with_label (label);

  gtk_widget_set_name (widget, name);
  gtk_widget_set_halign (widget, GTK_ALIGN_START);
  return widget;
}

FdStaffAdmin *
fd_staff_admin_new (FdStaffWindow *window)
{
  FdStaffAdmin *admin = g_new0 (FdStaffAdmin, 1);
  GtkBox *box = window->admin_box;
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *save, *import, *add, *form;
  const char *policies[] = { fd_tr (window->lang, N_("Print badges at once")),
                             fd_tr (window->lang, N_("Print after reception confirms the visitor")), NULL };
  const char *roles[] = { fd_tr (window->lang, N_("Receptionist")), fd_tr (window->lang, N_("Security")),
                          fd_tr (window->lang, N_("Administrator")), NULL };
  const char *staff_names[] = { "staff-user", "staff-display", "staff-secret" };
  const char *staff_hints[] = { N_("User name"), N_("Name, as colleagues know it"), N_("Password or PIN") };

  admin->window = window;
  section (box, fd_tr (window->lang, N_("Site and kiosk")));
  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 16);
  gtk_widget_add_css_class (grid, "staff-form");
  gtk_grid_attach (GTK_GRID (grid), fd_staff_label (fd_tr (window->lang, N_("When badges print")), NULL), 0, 0, 1, 1);
  admin->policy = gtk_drop_down_new_from_strings (policies);
  gtk_widget_set_name (admin->policy, "setting-print_policy");
  gtk_grid_attach (GTK_GRID (grid), admin->policy, 1, 0, 1, 1);
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    {
      g_autofree char *name = g_strdup_printf ("setting-%s", settings[i].key);

      admin->entries[i] = gtk_entry_new ();
      gtk_widget_set_name (admin->entries[i], name);
      gtk_widget_set_hexpand (admin->entries[i], TRUE);
      gtk_grid_attach (GTK_GRID (grid), fd_staff_label (fd_tr (window->lang, settings[i].label), NULL), 0, (int) i + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), admin->entries[i], 1, (int) i + 1, 1, 1);
    }
  gtk_box_append (box, grid);
  for (guint i = 0; i < G_N_ELEMENTS (insecure); i++)
    {
      g_autofree char *name = g_strdup_printf ("setting-%s", insecure[i].key);
      GtkWidget *label;

      admin->insecure[i] = gtk_check_button_new_with_label (fd_tr (window->lang, insecure[i].label));
      label = gtk_widget_get_last_child (admin->insecure[i]);
      if (GTK_IS_LABEL (label))
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_name (admin->insecure[i], name);
      gtk_widget_add_css_class (admin->insecure[i], "staff-insecure");
      gtk_box_append (box, admin->insecure[i]);
    }
  save = button ("settings-save", fd_tr (window->lang, N_("Save settings")));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (box, save);

  section (box, fd_tr (window->lang, N_("Hosts")));
  import = button ("hosts-import", fd_tr (window->lang, N_("Import hosts from CSV…")));
  gtk_box_append (box, import);
  admin->hosts = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (admin->hosts), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (admin->hosts, "boxed-list");
  gtk_box_append (box, admin->hosts);

  admin->topics = fd_staff_topics_new (window, box);

  section (box, fd_tr (window->lang, N_("Staff accounts")));
  form = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_add_css_class (form, "staff-form");
  for (guint i = 0; i < G_N_ELEMENTS (admin->new_staff); i++)
    {
      admin->new_staff[i] = i == 2 ? gtk_password_entry_new () : gtk_entry_new ();
      gtk_widget_set_name (admin->new_staff[i], staff_names[i]);
      gtk_widget_set_hexpand (admin->new_staff[i], TRUE);
      g_object_set (admin->new_staff[i], "placeholder-text", fd_tr (window->lang, staff_hints[i]), NULL);
      gtk_box_append (GTK_BOX (form), admin->new_staff[i]);
    }
  admin->new_role = gtk_drop_down_new_from_strings (roles);
  gtk_widget_set_name (admin->new_role, "staff-role");
  gtk_box_append (GTK_BOX (form), admin->new_role);
  add = button ("staff-add", fd_tr (window->lang, N_("Add")));
  gtk_box_append (GTK_BOX (form), add);
  gtk_box_append (box, form);
  admin->staff = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (admin->staff), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (admin->staff, "boxed-list");
  gtk_box_append (box, admin->staff);

  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), admin);
  g_signal_connect_swapped (import, "clicked", G_CALLBACK (import_clicked_cb), admin);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_staff_clicked_cb), admin);
  return admin;
}

void
fd_staff_admin_free (FdStaffAdmin *admin)
{
  fd_staff_topics_free (admin->topics);
  g_free (admin);
}
