/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-site.h"

#include "fd-settings.h"
#include "fd-store-private.h"

/*
 * The site's settings as one typed struct, for the kiosk and the staff
 * window: they read numbers, choices and topics, never parse a setting or
 * write JSON.  Saving the topics goes through the same checks and audit as
 * any setting.
 */

void
fd_site_topic_free (FdSiteTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->zh);
  g_free (topic->en);
  fd_host_free (topic->host);
  g_free (topic);
}

void
fd_site_free (FdSite *site)
{
  if (site == NULL)
    return;
  g_free (site->company_zh);
  g_free (site->company_en);
  g_free (site->badge_fee);
  g_free (site->office_printer);
  g_free (site->smtp_from);
  g_clear_pointer (&site->topics, g_ptr_array_unref);
  g_clear_pointer (&site->stored_topics, g_ptr_array_unref);
  g_free (site);
}

static gboolean
setting_bool (FdStore    *store,
              const char *code,
              const char *key)
{
  g_autofree char *value = fd_store_get_site_setting (store, code, key, "false");

  return fd_setting_bool (value);
}

static gint64
setting_int (FdStore    *store,
             const char *code,
             const char *key,
             gint64      fallback)
{
  g_autofree char *fallback_text = g_strdup_printf ("%" G_GINT64_FORMAT, fallback);
  g_autofree char *value = fd_store_get_site_setting (store, code, key, fallback_text);

  return fd_setting_int (value, key);
}

/**
 * fd_store_load_site:
 *
 * Reads the site's settings; for a worker thread.  A topics setting that
 * is not a list of topics reads as none (and is logged), and a topic whose
 * contact has left is not offered.
 *
 * Returns: (transfer full): the site.
 */
FdSite *
fd_store_load_site (FdStore  *self,
                    GError  **error)
{
  return fd_store_load_site_of (self, fd_store_get_station_site (self), error);
}

/**
 * fd_store_load_site_of:
 * @code: a site's code; "" for the company's own settings
 *
 * fd_store_load_site() for site @code: its own settings where it has them,
 * the company's elsewhere.
 *
 * Returns: (transfer full): the site.
 */
FdSite *
fd_store_load_site_of (FdStore     *self,
                       const char  *code,
                       GError     **error)
{
  g_autoptr(FdSite) site = g_new0 (FdSite, 1);
  g_autofree char *policy = NULL;
  g_autofree char *smtp = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  site->company_zh = fd_store_get_site_setting (self, code, "company_name", "");
  site->company_en = fd_store_get_site_setting (self, code, "company_name_en", "");
  site->badge_fee = fd_store_get_site_setting (self, code, "badge_fee", "");
  site->badge_return_box = setting_bool (self, code, "badge_return_box");
  policy = fd_store_get_site_setting (self, code, "print_policy", "immediate");
  site->print_after_confirm = g_str_equal (policy, "confirm");
  site->overstay_hours = setting_int (self, code, "overstay_hours", 8);
  site->host_wait_minutes = setting_int (self, code, "host_wait_minutes", 15);
  site->staff_lock_minutes = setting_int (self, code, "staff_lock_minutes", 5);
  site->office_printer = fd_store_get_site_setting (self, code, "office_printer", "");
  site->smtp_from = fd_store_get_site_setting (self, code, "smtp_from", "");
  smtp = fd_store_get_site_setting (self, code, "smtp_url", "");
  site->smtp_set = *smtp != '\0';

  json = fd_store_get_site_setting (self, code, "kiosk_topics", "[]");
  site->stored_topics = fd_topics_parse (json, &local);
  if (site->stored_topics == NULL)
    {
      g_warning ("The kiosk_topics setting is not usable: %s", local->message);
      site->stored_topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
    }
  site->topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_site_topic_free);
  for (guint i = 0; i < site->stored_topics->len; i++)
    {
      FdTopic *entry = site->stored_topics->pdata[i];
      FdHost *host = fd_store_get_host (self, entry->host_id, NULL);
      FdSiteTopic *topic;

      if (host == NULL || !host->active)
        {
          fd_host_free (host);
          continue;  /* a contact who left: the topic is not offered */
        }
      topic = g_new0 (FdSiteTopic, 1);
      topic->zh = g_strdup (entry->zh);
      topic->en = g_strdup (entry->en);
      topic->host = host;
      g_ptr_array_add (site->topics, topic);
    }
  return g_steal_pointer (&site);
}

static gpointer
load_site_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  return fd_store_load_site (store, error);
}

void
fd_store_load_site_async (FdStore             *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_return_if_fail (FD_IS_STORE (self));

  fd_store_run_tagged_async (self, fd_store_load_site_async, load_site_job, NULL, NULL,
                             (GDestroyNotify) fd_site_free, cancellable, callback, user_data);
}

FdSite *
fd_store_load_site_finish (FdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == fd_store_load_site_async, NULL);
  return fd_store_run_finish (self, result, error);
}

/**
 * fd_site_company:
 *
 * Returns: (nullable): the company's name in @lang (the Chinese one when
 *   there is no English one); %NULL when none is set.
 */
const char *
fd_site_company (const FdSite *site,
                 FdLang        lang)
{
  if (lang == FD_LANG_EN && *site->company_en != '\0')
    return site->company_en;
  if (*site->company_zh != '\0')
    return site->company_zh;
  return NULL;
}

/**
 * fd_store_save_topics:
 * @topics: (element-type FdTopic): what the kiosk offers, in order
 *
 * Stores @topics as the site's kiosk_topics, checked and audited as any
 * setting.
 */
gboolean
fd_store_save_topics (FdStore          *self,
                      const FdSession  *session,
                      GPtrArray        *topics,
                      GError          **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (topics != NULL, FALSE);

  json = fd_topics_to_json (topics);
  return fd_store_change_setting (self, session, "kiosk_topics", json, error);
}
