/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-admin-page-private.h"

#include "fd-error.h"
#include "fd-host-import.h"
#include "fd-settings.h"
#include "fd-site.h"
#include "fd-staff-account-row.h"
#include "fd-staff-host-dialog.h"
#include "fd-staff-host-row.h"
#include "fd-staff-kpi-section.h"
#include "fd-staff-messages-section.h"
#include "fd-staff-printers-section.h"
#include "fd-staff-topic-row.h"
#include "fd-ui.h"

#include <string.h>

/*
 * The administrator's page: site and kiosk settings (the company's name in
 * Chinese and in English, when badges print, the reissue fee, overstay
 * hours, the lock time, export folder, retention), printers and messages
 * (FdStaffPrintersSection, FdStaffMessagesSection), hosts
 * (add one, edit, deactivate, CSV import), REC-3's topics and staff
 * accounts.  The core checks the role again on every change and audits
 * it; the page writes no JSON (fd_topics_to_json()).
 */

/* The text settings of the form, in its order; each has an entry. */
static const struct {
  const char *key;
  const char *fallback;
  const char *label;
} settings[] = {
  { "company_name", "", N_("Company name on badges and the kiosk") },
  { "company_name_en", "", N_("Company name in English (English kiosk, badges and lists; empty: as above)") },
  { "badge_fee", "", N_("Fee for a lost badge (empty: none)") },
  { "overstay_hours", "8", N_("Hours on site before security is shown a visitor") },
  { "staff_lock_minutes", "5", N_("Minutes without use before the staff window locks (0: never)") },
  { "export_folder", "", N_("Folder for the daily export (empty: none)") },
  { "retention_days", "90", N_("Days visits are kept (at least 90)") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (settings) == FD_STAFF_ADMIN_N_SETTINGS);
#define N_SETTINGS FD_STAFF_ADMIN_N_SETTINGS

G_DEFINE_FINAL_TYPE (FdStaffAdminPage, fd_staff_admin_page, FD_TYPE_STAFF_PAGE)

#define tr(self, text) fd_staff_page_tr (FD_STAFF_PAGE (self), text)
#define LANG(self) fd_staff_page_get_lang (FD_STAFF_PAGE (self))

/* Loading. */

typedef struct {
  GHashTable *texts;   /* setting → its value */
  gboolean   confirm_first;  /* print_policy: reception confirms first */
  gboolean   plain_mail;
  gboolean   http_hook;
  GPtrArray *topics;
  GPtrArray *hosts;
  GPtrArray *staff;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_pointer (&loaded->texts, g_hash_table_unref);
  g_clear_pointer (&loaded->topics, g_ptr_array_unref);
  g_clear_pointer (&loaded->hosts, g_ptr_array_unref);
  g_clear_pointer (&loaded->staff, g_ptr_array_unref);
  g_free (loaded);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Loaded, loaded_free)

static gboolean
bool_setting (FdStore    *store,
              const char *key)
{
  g_autofree char *value = fd_store_get_setting (store, key, "false");

  return fd_setting_bool (value);
}

static gpointer
load_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  /* The site the administrator looks at: its own settings where it has
   * them, the company's elsewhere; "" the company's. */
  const char *view = fd_session_get_site (data);
  g_autoptr(Loaded) loaded = g_new0 (Loaded, 1);
  g_autoptr(FdSite) site = fd_store_load_site_of (store, view, error);

  loaded->texts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < N_SETTINGS; i++)
    g_hash_table_insert (loaded->texts, (gpointer) settings[i].key,
                         fd_store_get_site_setting (store, view, settings[i].key, settings[i].fallback));
  loaded->plain_mail = bool_setting (store, "smtp_allow_plain");
  loaded->http_hook = bool_setting (store, "webhook_allow_http");
  /* As stored, contacts who left included (the page marks them); a
   * setting that is not a list of topics reads as none, and the next
   * change replaces it. */
  if (site == NULL)
    return NULL;
  loaded->confirm_first = site->print_after_confirm;
  loaded->topics = g_steal_pointer (&site->stored_topics);
  loaded->hosts = fd_store_list_site_hosts (store, view, FALSE, error);
  if (loaded->hosts == NULL)
    return NULL;
  loaded->staff = fd_store_list_staff (store, data, error);
  if (loaded->staff == NULL)
    return NULL;
  return g_steal_pointer (&loaded);
}

static const char *
host_name (FdStaffAdminPage *self,
           gint64            id)
{
  for (guint i = 0; i < self->hosts->len; i++)
    if (((FdHost *) self->hosts->pdata[i])->id == id && ((FdHost *) self->hosts->pdata[i])->active)
      return ((FdHost *) self->hosts->pdata[i])->name;
  return NULL;
}

void
fd_staff_admin_page_show_topics (FdStaffAdminPage *self)
{
  fd_ui_list_clear (self->topic_list);
  for (guint i = 0; i < self->topics->len; i++)
    {
      FdTopic *topic = self->topics->pdata[i];
      const char *contact = host_name (self, topic->host_id);
      /* Translators: %1$s the topic in Chinese, %2$s in English, %3$s its contact. */
      g_autofree char *text = g_strdup_printf (tr (self, N_("%1$s / %2$s → %3$s")), topic->zh, topic->en,
                                               contact != NULL ? contact : tr (self, N_("(contact has left: not shown)")));

      gtk_list_box_append (self->topic_list, fd_staff_topic_row_new (text, i, LANG (self)));
    }
}

static void
show_loaded (FdStaffAdminPage *self,
             Loaded           *loaded)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* A reload after another change must not undo what the administrator
   * is typing: the form is filled after a login and after a save. */
  if (self->fill_settings)
    {
      for (guint i = 0; i < N_SETTINGS; i++)
        gtk_editable_set_text (GTK_EDITABLE (self->entries[i]),
                               g_hash_table_lookup (loaded->texts, settings[i].key));
      gtk_drop_down_set_selected (self->policy_drop, loaded->confirm_first ? 1 : 0);
      gtk_check_button_set_active (self->plain_mail_check, loaded->plain_mail);
      gtk_check_button_set_active (self->http_hook_check, loaded->http_hook);
      self->fill_settings = FALSE;
    }

  g_ptr_array_unref (self->hosts);
  self->hosts = g_steal_pointer (&loaded->hosts);
  fd_ui_list_clear (self->host_list);
  g_array_set_size (self->topic_hosts, 0);
  for (guint i = 0; i < self->hosts->len; i++)
    {
      FdHost *host = self->hosts->pdata[i];
      g_autofree char *name = g_strdup_printf ("%s (%s)", host->name, host->department);

      gtk_list_box_append (self->host_list, fd_staff_host_row_new (host, LANG (self)));
      if (!host->active)
        continue;
      gtk_string_list_append (names, name);
      g_array_append_val (self->topic_hosts, host->id);
    }
  gtk_drop_down_set_model (self->topic_host, G_LIST_MODEL (names));

  g_ptr_array_unref (self->topics);
  self->topics = g_steal_pointer (&loaded->topics);
  fd_staff_admin_page_show_topics (self);

  fd_ui_list_clear (self->staff_list);
  for (guint i = 0; i < loaded->staff->len; i++)
    gtk_list_box_append (self->staff_list, fd_staff_account_row_new (loaded->staff->pdata[i], LANG (self)));
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(FdStaffAdminPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(Loaded) loaded = fd_store_run_finish (FD_STORE (source), result, &error);

  if (loaded != NULL && fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    show_loaded (self, loaded);
  else if (loaded == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Reading the administration page failed: %s", error->message);
}

static void
fd_staff_admin_page_reload (FdStaffPage *page)
{
  if (!fd_staff_page_allows (page, FD_PERMISSION_ADMIN))
    return;
  fd_staff_printers_section_reload (FD_STAFF_ADMIN_PAGE (page)->printers_section);
  fd_staff_messages_section_reload (FD_STAFF_ADMIN_PAGE (page)->messages_section);
  fd_staff_kpi_section_reload (FD_STAFF_ADMIN_PAGE (page)->kpi_section);
  fd_store_run_async (fd_staff_page_get_store (page), load_job, fd_session_copy (fd_staff_page_get_session (page)),
                      (GDestroyNotify) fd_session_free, (GDestroyNotify) loaded_free,
                      fd_staff_page_get_cancellable (page), loaded_cb, g_object_ref (page));
}

/* A change that reloads the page once it went through. */
typedef struct {
  FdStaffAdminPage *page;  /* owned */
  char             *done;  /* what success says */
} Change;

static void
changed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Change *change = user_data;
  g_autoptr(GError) error = NULL;
  gpointer outcome = fd_store_run_finish (FD_STORE (source), result, &error);

  if (outcome != NULL)
    fd_staff_page_show_status (FD_STAFF_PAGE (change->page), change->done, FALSE);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_message ("An administration change failed: %s", error->message);
      fd_staff_page_show_status (FD_STAFF_PAGE (change->page),
                                 g_error_matches (error, FD_ERROR, FD_ERROR_INVALID) && error->domain == FD_ERROR
                                 ? error->message : fd_staff_failure_text (LANG (change->page), error), TRUE);
    }
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    fd_staff_page_reload (FD_STAFF_PAGE (change->page));
  g_object_unref (change->page);
  g_free (change->done);
  g_free (change);
}

/* Runs @job, which returns non-NULL on success, says @done, and reloads. */
void
fd_staff_admin_page_run_change (FdStaffAdminPage *self,
            FdStoreJob        job,
            gpointer          data,
            GDestroyNotify    data_free,
            GDestroyNotify    result_free,
            const char       *done)
{
  Change *change = g_new0 (Change, 1);

  change->page = g_object_ref (self);
  change->done = g_strdup (done);
  fd_store_run_async (fd_staff_page_get_store (FD_STAFF_PAGE (self)), job, data, data_free, result_free,
                      fd_staff_page_get_cancellable (FD_STAFF_PAGE (self)), changed_cb, change);
}

/* Settings: each one that changed, audited by the core. */

typedef struct {
  FdSession  *session;
  FdLang      lang;
  GHashTable *values;  /* key → value as typed */
} SettingsChange;

static void
settings_change_free (SettingsChange *change)
{
  fd_session_free (change->session);
  g_hash_table_unref (change->values);
  g_free (change);
}

static gboolean
save_one (FdStore         *store,
          SettingsChange  *change,
          const char      *key,
          const char      *fallback,
          GError         **error)
{
  const char *value = g_hash_table_lookup (change->values, key);
  g_autofree char *was = fd_store_get_setting (store, key, fallback);

  if (value == NULL || g_str_equal (was, value))
    return TRUE;
  if (g_str_equal (key, "retention_days"))
    {
      gint64 days = g_ascii_strtoll (value, NULL, 10);

      if (days <= 0)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("The value is not a whole number in the allowed range."));
          return FALSE;
        }
      return fd_store_set_retention_days (store, change->session, days, FALSE, error);
    }
  return fd_store_change_setting (store, change->session, key, value, error);
}

static gpointer
save_settings_job (FdStore   *store,
                   gpointer   data,
                   GError   **error)
{
  SettingsChange *change = data;

  for (guint i = 0; i < N_SETTINGS; i++)
    if (!save_one (store, change, settings[i].key, settings[i].fallback, error))
      {
        /* Tried at the desk: a wrong value was refused, or silently
         * changed, without saying which.  The message names the field, in
         * the administrator's language. */
        if (g_error_matches (*error, FD_ERROR, FD_ERROR_INVALID))
          {
            /* Translators: %1$s a field's label, %2$s why its value is refused. */
            g_autofree char *text = g_strdup_printf (fd_tr (change->lang, N_("Not saved: “%1$s”: %2$s")),
                                                     fd_tr (change->lang, settings[i].label),
                                                     fd_tr (change->lang, (*error)->message));

            g_clear_error (error);
            g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, text);
          }
        return NULL;
      }
  if (!save_one (store, change, "print_policy", "immediate", error) ||
      !save_one (store, change, "smtp_allow_plain", "false", error) ||
      !save_one (store, change, "webhook_allow_http", "false", error))
    return NULL;
  return GINT_TO_POINTER (1);
}

static void
save_settings_cb (FdStaffAdminPage *self)
{
  SettingsChange *change;

  if (!fd_staff_page_allows (FD_STAFF_PAGE (self), FD_PERMISSION_ADMIN))
    return;
  change = g_new0 (SettingsChange, 1);
  change->session = fd_session_copy (fd_staff_page_get_session (FD_STAFF_PAGE (self)));
  change->lang = LANG (self);
  change->values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < N_SETTINGS; i++)
    g_hash_table_insert (change->values, (gpointer) settings[i].key,
                         g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entries[i])))));
  g_hash_table_insert (change->values, (gpointer) "print_policy",
                       g_strdup (gtk_drop_down_get_selected (self->policy_drop) == 1 ? "confirm" : "immediate"));
  g_hash_table_insert (change->values, (gpointer) "smtp_allow_plain",
                       g_strdup (gtk_check_button_get_active (self->plain_mail_check) ? "true" : "false"));
  g_hash_table_insert (change->values, (gpointer) "webhook_allow_http",
                       g_strdup (gtk_check_button_get_active (self->http_hook_check) ? "true" : "false"));
  self->fill_settings = TRUE;
  fd_staff_admin_page_run_change (self, save_settings_job, change, (GDestroyNotify) settings_change_free, NULL,
              tr (self, N_("Settings saved.")));
}

/* The page. */

static void
fd_staff_admin_page_apply_lang (FdStaffPage *page)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (page);
  const char *policies[] = { tr (self, N_("Print badges at once")),
                             tr (self, N_("Print after reception confirms the visitor")), NULL };
  const char *roles[] = { fd_staff_role_text (LANG (self), FD_ROLE_RECEPTIONIST),
                          fd_staff_role_text (LANG (self), FD_ROLE_SECURITY),
                          fd_staff_role_text (LANG (self), FD_ROLE_ADMIN), NULL };
  g_autoptr(GtkStringList) policy_list = gtk_string_list_new (policies);
  g_autoptr(GtkStringList) role_list = gtk_string_list_new (roles);
  struct { GtkEntry *entry; const char *label; } hints[] = {
    { self->topic_zh, N_("Topic in Chinese, e.g. 产品咨询") },
    { self->topic_en, N_("In English, e.g. Our products") },
    { self->staff_user, N_("User name") },
    { self->staff_display, N_("Name, as colleagues know it") },
  };

  gtk_label_set_text (self->site_heading, tr (self, N_("Site and kiosk")));
  fd_staff_printers_section_apply_lang (self->printers_section);
  fd_staff_messages_section_apply_lang (self->messages_section);
  fd_staff_kpi_section_apply_lang (self->kpi_section);
  gtk_label_set_text (self->policy_label, tr (self, N_("When badges print")));
  gtk_drop_down_set_model (self->policy_drop, G_LIST_MODEL (policy_list));
  for (guint i = 0; i < N_SETTINGS; i++)
    gtk_label_set_text (self->labels[i], fd_tr (LANG (self), settings[i].label));
  gtk_check_button_set_label (self->plain_mail_check, tr (self, N_("Allow mail without encryption (only for a mail server on this network that has no TLS; passwords and visitors' messages then cross the network readable)")));
  gtk_check_button_set_label (self->http_hook_check, tr (self, N_("Allow chat robots at http:// addresses (their messages then cross the network readable)")));
  gtk_button_set_label (self->save_button, tr (self, N_("Save settings")));
  gtk_label_set_text (self->hosts_heading, tr (self, N_("Hosts")));
  gtk_button_set_label (self->add_host_button, tr (self, N_("Add a host…")));
  gtk_button_set_label (self->import_button, tr (self, N_("Import hosts from CSV…")));
  gtk_label_set_text (self->topics_heading, tr (self, N_("Visitors who are not sure whom to see")));
  gtk_label_set_text (self->topics_hint, tr (self, N_("The kiosk offers these topics and routes each to a department's contact.")));
  gtk_button_set_label (self->topic_add, tr (self, N_("Add")));
  gtk_label_set_text (self->staff_heading, tr (self, N_("Staff accounts")));
  gtk_editable_set_text (GTK_EDITABLE (self->staff_secret), "");
  g_object_set (self->staff_secret, "placeholder-text", tr (self, N_("Password or PIN")), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->staff_secret), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tr (self, N_("Password or PIN")), -1);
  gtk_drop_down_set_model (self->staff_role, G_LIST_MODEL (role_list));
  fd_ui_name_drop_down (self->staff_role, tr (self, N_("Role")));
  fd_ui_name_drop_down (self->topic_host, tr (self, N_("Contact who helps with it")));
  fd_ui_name_drop_down (self->policy_drop, tr (self, N_("When badges print")));
  gtk_button_set_label (self->staff_add, tr (self, N_("Add")));
  for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
    {
      gtk_entry_set_placeholder_text (hints[i].entry, tr (self, hints[i].label));
      gtk_accessible_update_property (GTK_ACCESSIBLE (hints[i].entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tr (self, hints[i].label), -1);
    }
}

/* A lock forgets what the page showed. */
static void
fd_staff_admin_page_session_changed (FdStaffPage *page)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (page);

  fd_ui_list_clear (self->host_list);
  fd_ui_list_clear (self->topic_list);
  fd_ui_list_clear (self->staff_list);
  g_ptr_array_set_size (self->hosts, 0);
  g_ptr_array_set_size (self->topics, 0);
  for (guint i = 0; i < N_SETTINGS; i++)
    gtk_editable_set_text (GTK_EDITABLE (self->entries[i]), "");
  gtk_editable_set_text (GTK_EDITABLE (self->staff_secret), "");
  fd_staff_messages_section_clear (self->messages_section);
  self->fill_settings = TRUE;
  fd_staff_page_reload (page);
}

static void
fd_staff_admin_page_finalize (GObject *object)
{
  FdStaffAdminPage *self = FD_STAFF_ADMIN_PAGE (object);

  g_ptr_array_unref (self->hosts);
  g_ptr_array_unref (self->topics);
  g_array_unref (self->topic_hosts);
  G_OBJECT_CLASS (fd_staff_admin_page_parent_class)->finalize (object);
}

static void
fd_staff_admin_page_class_init (FdStaffAdminPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdStaffPageClass *page_class = FD_STAFF_PAGE_CLASS (klass);

  object_class->finalize = fd_staff_admin_page_finalize;
  page_class->apply_lang = fd_staff_admin_page_apply_lang;
  page_class->session_changed = fd_staff_admin_page_session_changed;
  page_class->reload = fd_staff_admin_page_reload;

  fd_staff_admin_page_install_actions (widget_class);

  g_type_ensure (FD_TYPE_STAFF_PRINTERS_SECTION);
  g_type_ensure (FD_TYPE_STAFF_MESSAGES_SECTION);
  g_type_ensure (FD_TYPE_STAFF_KPI_SECTION);
  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-staff-admin-page.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, FdStaffAdminPage, name)
  BIND (site_heading);
  BIND (policy_label);
  BIND (policy_drop);
  BIND (plain_mail_check);
  BIND (http_hook_check);
  BIND (save_button);
  BIND (printers_section);
  BIND (messages_section);
  BIND (kpi_section);
  BIND (hosts_heading);
  BIND (add_host_button);
  BIND (import_button);
  BIND (host_list);
  BIND (topics_heading);
  BIND (topics_hint);
  BIND (topic_zh);
  BIND (topic_en);
  BIND (topic_host);
  BIND (topic_add);
  BIND (topic_list);
  BIND (staff_heading);
  BIND (staff_user);
  BIND (staff_display);
  BIND (staff_secret);
  BIND (staff_role);
  BIND (staff_add);
  BIND (staff_list);
#undef BIND
  for (guint i = 0; i < N_SETTINGS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s_label", settings[i].key);
      g_autofree char *entry = g_strdup_printf ("%s_entry", settings[i].key);

      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (label), FALSE,
                                                 G_STRUCT_OFFSET (FdStaffAdminPage, labels) + i * sizeof (gpointer));
      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (entry), FALSE,
                                                 G_STRUCT_OFFSET (FdStaffAdminPage, entries) + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_callback (widget_class, save_settings_cb);
  gtk_widget_class_bind_template_callback (widget_class, fd_staff_admin_page_add_topic_cb);
  gtk_widget_class_bind_template_callback (widget_class, fd_staff_admin_page_add_staff_cb);
}

static void
fd_staff_admin_page_init (FdStaffAdminPage *self)
{
  self->hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  self->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  self->topic_hosts = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_staff_printers_section_set_page (self->printers_section, FD_STAFF_PAGE (self));
  fd_staff_messages_section_set_page (self->messages_section, FD_STAFF_PAGE (self));
  fd_staff_kpi_section_set_page (self->kpi_section, FD_STAFF_PAGE (self));
}

GtkWidget *
fd_staff_admin_page_new (FdStore *store)
{
  return g_object_new (FD_TYPE_STAFF_ADMIN_PAGE, "store", store, NULL);
}

/**
 * fd_staff_admin_page_set_print_settings:
 * @print: (nullable): this station's badge printing
 */
void
fd_staff_admin_page_set_print_settings (FdStaffAdminPage      *self,
                                        const FdPrintSettings *print)
{
  g_return_if_fail (FD_IS_STAFF_ADMIN_PAGE (self));
  fd_staff_printers_section_set_print_settings (self->printers_section, print);
}
