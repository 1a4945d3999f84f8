/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-notify.h"

#define HOST_COLUMNS "id, name, department, title, email, phone, chat_ids, active, channels, lang, site"

static gboolean
host_cb (FdDbRow  *row,
         gpointer  user_data)
{
  GPtrArray *hosts = user_data;
  FdHost *host = fd_host_new ();

  host->id = fd_db_row_int (row, 0);
  host->name = fd_db_row_dup (row, 1);
  host->department = fd_db_row_dup (row, 2);
  host->title = fd_db_row_dup (row, 3);
  host->email = fd_db_row_dup (row, 4);
  host->phone = fd_db_row_dup (row, 5);
  host->chat_ids = fd_db_row_dup (row, 6);
  host->active = fd_db_row_int (row, 7) != 0;
  host->channels = fd_db_row_dup (row, 8);
  host->lang = fd_db_row_dup (row, 9);
  host->site = fd_db_row_dup (row, 10);
  g_ptr_array_add (hosts, host);
  return TRUE;
}

static GPtrArray *
host_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
}

/* An imported host is the same person as a stored one when the e-mail
 * matches, or, without e-mail, name and department match. */
static gboolean
find_existing (FdStore  *self,
               FdHost   *host,
               gint64   *id,
               GError  **error)
{
  *id = 0;
  if (host->email != NULL && *host->email != '\0')
    {
      if (!fd_db_query_int (self->db, "SELECT id FROM hosts WHERE email = ? LIMIT 1",
                            FD_DB_ARGS (FD_DB_S (host->email)), id, error))
        return FALSE;
      if (*id != 0)
        return TRUE;
    }
  return fd_db_query_int (self->db,
                          "SELECT id FROM hosts WHERE name = ? AND department = ? LIMIT 1",
                          FD_DB_ARGS (FD_DB_S (host->name),
                                      FD_DB_S (host->department != NULL ? host->department : "")),
                          id, error);
}

/**
 * fd_store_upsert_hosts:
 * @hosts: (element-type FdHost): hosts to add or update
 * @n_added: (out) (optional): how many were new
 * @n_updated: (out) (optional): how many already existed
 *
 * Stores all of @hosts in one transaction: either all or none.  Each host's
 * id is set to its row.  A host without a site is at this station's, or
 * stays where it was.
 */
gboolean
fd_store_upsert_hosts (FdStore    *self,
                       GPtrArray  *hosts,
                       guint      *n_added,
                       guint      *n_updated,
                       GError    **error)
{
  gint64 now = fd_store_now_ms (self);
  guint added = 0, updated = 0;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (hosts != NULL, FALSE);

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;

  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = g_ptr_array_index (hosts, i);
      gint64 id = 0;
      gboolean ok;

      if (!find_existing (self, host, &id, error))
        goto fail;
      if (id != 0)
        {
          g_autoptr(GArray) visits = NULL;

          /* A new name: the visits to the host are found under it. */
          ok = fd_store_unindex_host_locked (self, id, host->name, &visits, error) &&
               fd_db_exec (self->db,
                           "UPDATE hosts SET name = ?, department = ?, title = ?, email = ?, "
                           "phone = ?, chat_ids = ?, active = ?, channels = COALESCE(?, channels), "
                           "lang = COALESCE(?, lang), site = COALESCE(?, site), updated_ms = ? WHERE id = ?",
                           FD_DB_ARGS (FD_DB_S (host->name),
                                       FD_DB_S (host->department != NULL ? host->department : ""),
                                       FD_DB_SN (host->title), FD_DB_SN (host->email),
                                       FD_DB_SN (host->phone), FD_DB_SN (host->chat_ids),
                                       FD_DB_I (host->active), FD_DB_SN (host->channels),
                                       FD_DB_SN (host->lang), FD_DB_SN (host->site), FD_DB_I (now), FD_DB_I (id)),
                           NULL, NULL, error) &&
               fd_store_reindex_host_locked (self, visits, error);
          updated++;
        }
      else
        {
          ok = fd_db_query_int (self->db,
                                "INSERT INTO hosts (name, department, title, email, phone, "
                                "chat_ids, active, channels, lang, site, created_ms, updated_ms) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                                FD_DB_ARGS (FD_DB_S (host->name),
                                            FD_DB_S (host->department != NULL ? host->department : ""),
                                            FD_DB_SN (host->title), FD_DB_SN (host->email),
                                            FD_DB_SN (host->phone), FD_DB_SN (host->chat_ids),
                                            FD_DB_I (host->active), FD_DB_SN (host->channels),
                                            FD_DB_SN (host->lang),
                                            FD_DB_S (host->site != NULL && *host->site != '\0'
                                                     ? host->site : fd_store_get_station_site (self)),
                                            FD_DB_I (now), FD_DB_I (now)),
                                &id, error);
          added++;
        }
      if (!ok)
        goto fail;
      host->id = id;
    }

  if (!fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);

  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return FALSE;
}

/**
 * fd_store_list_hosts:
 *
 * Returns: (transfer container) (element-type FdHost): the hosts of every
 *   site, by name.
 */
GPtrArray *
fd_store_list_hosts (FdStore   *self,
                     gboolean   active_only,
                     GError   **error)
{
  return fd_store_list_site_hosts (self, "", active_only, error);
}

/**
 * fd_store_list_site_hosts:
 * @site: a site's code, or "" for every site
 *
 * Returns: (transfer container) (element-type FdHost): the hosts of @site,
 *   by name.
 */
GPtrArray *
fd_store_list_site_hosts (FdStore     *self,
                          const char  *site,
                          gboolean     active_only,
                          GError     **error)
{
  g_autoptr(GPtrArray) hosts = host_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (site != NULL, NULL);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " HOST_COLUMNS " FROM hosts WHERE (active = 1 OR ? = 0) AND (site = ? OR ? = '') "
                   "ORDER BY name, department, id",
                   FD_DB_ARGS (FD_DB_I (active_only), FD_DB_S (site), FD_DB_S (site)), host_cb, hosts, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&hosts) : NULL;
}

/**
 * fd_store_search_hosts:
 * @text: part of a name as the visitor types it
 * @limit: the most hosts to return
 *
 * Finds active hosts of this station's site whose name contains @text,
 * names starting with it first.  The kiosk shows only name and department of what this returns.
 *
 * Returns: (transfer container) (element-type FdHost): the hosts.
 */
GPtrArray *
fd_store_search_hosts (FdStore     *self,
                       const char  *text,
                       guint        limit,
                       GError     **error)
{
  g_autoptr(GPtrArray) hosts = host_array ();
  g_autofree char *clean = NULL;
  g_autofree char *pattern = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (fd_text_normalize (text, FD_MAX_NAME, &clean) != FD_INVALID_NONE)
    return g_steal_pointer (&hosts);
  pattern = fd_store_like_pattern (clean);
  prefix = g_strdup (pattern + 1);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " HOST_COLUMNS " FROM hosts "
                   "WHERE active = 1 AND site = ? AND name LIKE ? ESCAPE '\\' "
                   "ORDER BY CASE WHEN name LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, "
                   "name, department, id LIMIT ?",
                   FD_DB_ARGS (FD_DB_S (fd_store_get_station_site (self)), FD_DB_S (pattern), FD_DB_S (prefix),
                               FD_DB_I (limit)),
                   host_cb, hosts, &local_error);
  STORE_UNLOCK (self);
  if (!ok && fd_store_offline (local_error) && self->spool != NULL)
    return fd_store_spool_search_hosts (self, clean, limit, error);  /* the kiosk's copy */
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok ? g_steal_pointer (&hosts) : NULL;
}

FdHost *
fd_store_get_host (FdStore  *self,
                   gint64    id,
                   GError  **error)
{
  g_autoptr(GPtrArray) hosts = host_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT " HOST_COLUMNS " FROM hosts WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (id)), host_cb, hosts, error);
  STORE_UNLOCK (self);
  if (!ok)
    return NULL;
  if (hosts->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No host %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return g_ptr_array_steal_index (hosts, 0);
}

/**
 * fd_store_set_host_notify:
 * @channels: (nullable): "email,wecom"…; %NULL or "" for the site's default
 * @lang: (nullable): "zh_CN" or "en"; %NULL or "" for the site's default
 *
 * Sets how a host hears of visitors.
 */
gboolean
fd_store_set_host_notify (FdStore          *self,
                          const FdSession  *session,
                          gint64            host_id,
                          const char       *channels,
                          const char       *lang,
                          GError          **error)
{
  g_autofree char *parsed = NULL;
  g_autofree char *subject = g_strdup_printf ("host:%" G_GINT64_FORMAT, host_id);
  const char *actor;
  gint64 done = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_ADMIN, FALSE, "host.notify", &actor, error))
    return FALSE;

  if (channels != NULL && *channels != '\0' && (parsed = fd_notify_parse_channels (channels)) == NULL)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "“%s” is not a list of channels", channels);
      return FALSE;
    }
  if (lang != NULL && *lang != '\0' && !g_str_equal (lang, "zh_CN") && !g_str_equal (lang, "en"))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "The language is zh_CN or en, not “%s”", lang);
      return FALSE;
    }

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "UPDATE hosts SET channels = ?, lang = ?, updated_ms = ? WHERE id = ? RETURNING id",
                        FD_DB_ARGS (FD_DB_SN (parsed), FD_DB_SN (lang), FD_DB_I (fd_store_now_ms (self)),
                                    FD_DB_I (host_id)),
                        &done, error) &&
       fd_store_audit_locked (self, actor, "host.notify", subject, parsed, error);
  if (ok && done == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No host %" G_GINT64_FORMAT, host_id);
      ok = FALSE;
    }
  ok = ok && fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/* Whether @host_id is a host who may be chosen now (active); else
 * FD_ERROR_NOT_FOUND.  The caller holds the lock. */
gboolean
fd_store_check_host_locked (FdStore  *self,
                            gint64    host_id,
                            GError  **error)
{
  gint64 active = 0;

  if (!fd_db_query_int (self->db, "SELECT COUNT(*) FROM hosts WHERE id = ? AND active = 1",
                        FD_DB_ARGS (FD_DB_I (host_id)), &active, error))
    return FALSE;
  if (active == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No active host %" G_GINT64_FORMAT, host_id);
      return FALSE;
    }
  return TRUE;
}
