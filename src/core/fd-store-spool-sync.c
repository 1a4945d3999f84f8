/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <json-glib/json-glib.h>

#include "fd-error.h"

/*
 * Sending the spool (fd-store-spool.c) once the server answers again, and
 * keeping the spool's copies of the hosts, the site's name and the
 * watchlist's hashes up to date meanwhile.
 */

#define SPOOL_KEEP_SENT_MS (3600 * 1000)

void
fd_spooled_visit_free (FdSpooledVisit *visit)
{
  if (visit == NULL)
    return;
  g_free (visit->ref);
  g_free (visit->registration);
  g_free (visit->badge_token);
  g_free (visit->badge_detail);
  g_free (visit->drink);
  g_free (visit->host_name);
  g_free (visit->host_title);
  g_free (visit->host_department);
  g_free (visit);
}

static gboolean
pending_cb (FdDbRow  *row,
            gpointer  user_data)
{
  FdSpooledVisit *visit = g_new0 (FdSpooledVisit, 1);

  visit->id = fd_db_row_int (row, 0);
  visit->ref = fd_db_row_dup (row, 1);
  visit->registration = fd_db_row_dup (row, 2);
  visit->badge_token = fd_db_row_dup (row, 3);
  visit->held = fd_db_row_int (row, 4) != 0;
  visit->badge_state = fd_badge_state_from_string (fd_db_row_text (row, 5));
  visit->arrived_ms = fd_db_row_int (row, 6);
  visit->left_ms = fd_db_row_int (row, 7);
  visit->badge_detail = fd_db_row_dup (row, 8);
  visit->drink = g_strdup (fd_db_row_text (row, 9));
  visit->satisfaction = fd_db_row_int (row, 10);
  g_ptr_array_add (user_data, visit);
  return TRUE;
}

static FdRegistration *
registration_from_json (FdStore     *self,
                        const char  *json,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  const char *sealed;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, json, -1, error))
    return NULL;
  object = json_node_get_object (json_parser_get_root (parser));
#define TEXT(field) reg->field = g_strdup (json_object_get_string_member_with_default (object, #field, NULL))
  TEXT (name);
  TEXT (phone);
  TEXT (company);
  TEXT (purpose);
  TEXT (items);
  TEXT (id_doc_type);
#undef TEXT
  reg->host_id = json_object_get_int_member_with_default (object, "host_id", 0);
  reg->visit_ms = json_object_get_int_member_with_default (object, "visit_ms", 0);
  sealed = json_object_get_string_member_with_default (object, "id_sealed", NULL);
  if (sealed != NULL)
    {
      reg->id_number = self->secret != NULL ? fd_secret_decrypt (self->secret, sealed, NULL) : NULL;
      if (reg->id_number == NULL)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION,
                               "A spooled ID number does not open with this station's key");
          return NULL;
        }
    }
  return g_steal_pointer (&reg);
}

/* Stores one spooled visit on the server, once: its reference is looked
 * for first. */
static gint64
send_visit (FdStore         *self,
            FdSpooledVisit  *spooled,
            GError         **error)
{
  g_autoptr(FdRegistration) reg = registration_from_json (self, spooled->registration, error);
  g_autofree char *subject = NULL;
  gint64 id = 0;

  if (reg == NULL)
    return 0;
  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;
  if (!fd_db_query_int (self->db, "SELECT COALESCE((SELECT id FROM visits WHERE station_ref = ?), 0)",
                        FD_DB_ARGS (FD_DB_S (spooled->ref)), &id, error))
    goto fail;
  if (id == 0)
    {
      id = fd_store_add_visit_from_locked (self, reg, 0, spooled, error);
      if (id == 0)
        goto fail;
      subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
      if ((spooled->drink != NULL || spooled->satisfaction > 0) &&
          !fd_db_exec (self->db, "UPDATE visits SET drink = ?, satisfaction = ? WHERE id = ?",
                       FD_DB_ARGS (FD_DB_SN (spooled->drink),
                                   spooled->satisfaction > 0 ? FD_DB_I (spooled->satisfaction) : FD_DB_S (NULL),
                                   FD_DB_I (id)), NULL, NULL, error))
        goto fail;
      if (spooled->left_ms > 0 &&
          (!fd_db_exec (self->db, "UPDATE visits SET state = 'left', left_ms = ?, updated_ms = ? WHERE id = ?",
                        FD_DB_ARGS (FD_DB_I (spooled->left_ms), FD_DB_I (fd_store_now_ms (self)), FD_DB_I (id)),
                        NULL, NULL, error) ||
           !fd_store_audit_locked (self, "kiosk", "visit.checkout", subject, "badge, while offline", error)))
        goto fail;
    }
  if (!fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return id;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return 0;
}

typedef struct {
  char   *token;
  gint64  left_ms;
} Checkout;

static gboolean
checkout_cb (FdDbRow  *row,
             gpointer  user_data)
{
  Checkout *checkout = g_new0 (Checkout, 1);

  checkout->token = fd_db_row_dup (row, 0);
  checkout->left_ms = fd_db_row_int (row, 1);
  g_ptr_array_add (user_data, checkout);
  return TRUE;
}

static void
checkout_free (Checkout *checkout)
{
  g_free (checkout->token);
  g_free (checkout);
}

static gboolean
send_checkout (FdStore   *self,
               Checkout  *checkout,
               GError   **error)
{
  gint64 id = 0;
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "UPDATE visits SET state = 'left', left_ms = ?, updated_ms = ? "
                        "WHERE badge_token = ? AND state = 'on_site' RETURNING id",
                        FD_DB_ARGS (FD_DB_I (checkout->left_ms), FD_DB_I (fd_store_now_ms (self)),
                                    FD_DB_S (checkout->token)), &id, error);
  if (ok && id > 0)
    {
      g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);

      ok = fd_store_audit_locked (self, "kiosk", "visit.checkout", subject, "badge, while offline", error);
    }
  ok = ok && fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

typedef struct {
  FdStore   *store;
  GPtrArray *rows;   /* the watchlist's hashes */
} Cache;

static gboolean
host_row_cb (FdDbRow  *row,
             gpointer  user_data)
{
  GPtrArray *hosts = user_data;
  FdHost *host = g_new0 (FdHost, 1);

  host->id = fd_db_row_int (row, 0);
  host->name = fd_db_row_dup (row, 1);
  host->department = fd_db_row_dup (row, 2);
  host->title = fd_db_row_dup (row, 3);
  g_ptr_array_add (hosts, host);
  return TRUE;
}

static gboolean
watch_row_cb (FdDbRow  *row,
              gpointer  user_data)
{
  Cache *cache = user_data;
  const char *name = fd_db_row_text (row, 0);
  const char *phone = fd_db_row_text (row, 1);
  const char *id_hash = fd_db_row_text (row, 2);

  if (name != NULL && phone != NULL)
    g_ptr_array_add (cache->rows, fd_store_watch_hash (cache->store, name, phone));
  if (id_hash != NULL)
    g_ptr_array_add (cache->rows, g_strdup (id_hash));
  return TRUE;
}

/* Copies the active hosts of this station's site, the site's names and the watchlist's hashes
 * into the spool. */
static gboolean
refresh_caches (FdStore  *self,
                GError  **error)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  Cache watch = { self, g_ptr_array_new_with_free_func (g_free) };
  const char *keys[] = { "company_name", "company_name_en" };
  char *values[G_N_ELEMENTS (keys)] = { NULL };
  gboolean ok;
  FdDb *db;

  if (self->secret == NULL)
    {
      g_ptr_array_unref (watch.rows);
      return TRUE;
    }
  db = fd_store_read_begin (self);
  ok = fd_db_exec (db, "SELECT id, name, department, title FROM hosts WHERE active = 1 AND site = ?",
                   FD_DB_ARGS (FD_DB_S (fd_store_get_station_site (self))), host_row_cb, hosts, error) &&
       fd_db_exec (db, "SELECT name, phone, id_hash FROM watchlist WHERE active = 1", FD_DB_NO_ARGS, watch_row_cb,
                   &watch, error);
  fd_store_read_end (self);
  for (guint i = 0; ok && i < G_N_ELEMENTS (keys); i++)
    values[i] = fd_store_get_setting (self, keys[i], NULL);

  g_mutex_lock (&self->spool_lock);
  ok = ok && fd_db_begin (self->spool, error) &&
       fd_db_exec (self->spool, "DELETE FROM hosts", FD_DB_NO_ARGS, NULL, NULL, error) &&
       fd_db_exec (self->spool, "DELETE FROM watch", FD_DB_NO_ARGS, NULL, NULL, error);
  for (guint i = 0; ok && i < hosts->len; i++)
    {
      FdHost *host = hosts->pdata[i];

      ok = fd_db_exec (self->spool, "INSERT INTO hosts (id, name, department, title) VALUES (?, ?, ?, ?)",
                       FD_DB_ARGS (FD_DB_I (host->id), FD_DB_S (host->name), FD_DB_S (host->department),
                                   FD_DB_SN (host->title)), NULL, NULL, error);
    }
  for (guint i = 0; ok && i < watch.rows->len; i++)
    ok = fd_db_exec (self->spool, "INSERT INTO watch (hash) VALUES (?) ON CONFLICT (hash) DO NOTHING",
                     FD_DB_ARGS (FD_DB_S (watch.rows->pdata[i])), NULL, NULL, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (keys); i++)
    ok = fd_db_exec (self->spool, "INSERT INTO site (key, value) VALUES (?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                     FD_DB_ARGS (FD_DB_S (keys[i]), FD_DB_S (values[i])), NULL, NULL, error);
  ok = ok && fd_db_commit (self->spool, error);
  if (!ok && self->spool != NULL)
    fd_db_rollback (self->spool);
  g_mutex_unlock (&self->spool_lock);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_free (values[i]);
  g_ptr_array_unref (watch.rows);
  return ok;
}

/**
 * fd_store_sync_spool:
 * @sent: (out) (optional): how many visits and check-outs reached the
 *   server
 *
 * Sends what the kiosk spooled while the server was away, each visit
 * exactly once, then refreshes the spool's copies.  Fails with
 * FD_ERROR_OFFLINE while the server still does not answer; what was not
 * sent stays for the next call.
 */
gboolean
fd_store_sync_spool (FdStore  *self,
                     guint    *sent,
                     GError  **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_spooled_visit_free);
  g_autoptr(GPtrArray) checkouts = g_ptr_array_new_with_free_func ((GDestroyNotify) checkout_free);
  guint count = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (sent != NULL)
    *sent = 0;
  if (self->spool == NULL)
    return TRUE;
  g_mutex_lock (&self->spool_lock);
  ok = fd_db_exec (self->spool,
                   "SELECT id, ref, registration, badge_token, held, badge_state, arrived_ms, COALESCE(left_ms, 0), badge_detail, "
                   "drink, COALESCE(satisfaction, 0) "
                   "FROM spooled WHERE sent_ms IS NULL ORDER BY id", FD_DB_NO_ARGS, pending_cb, visits, error) &&
       fd_db_exec (self->spool, "SELECT token, left_ms FROM checkouts WHERE sent_ms IS NULL", FD_DB_NO_ARGS,
                   checkout_cb, checkouts, error);
  g_mutex_unlock (&self->spool_lock);
  if (!ok)
    return FALSE;

  for (guint i = 0; i < visits->len; i++)
    {
      FdSpooledVisit *visit = visits->pdata[i];
      gint64 id = send_visit (self, visit, error);

      if (id == 0)
        return FALSE;
      g_mutex_lock (&self->spool_lock);
      ok = fd_db_exec (self->spool, "UPDATE spooled SET sent_ms = ?, visit_id = ? WHERE id = ?",
                       FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (id), FD_DB_I (visit->id)),
                       NULL, NULL, error);
      g_mutex_unlock (&self->spool_lock);
      if (!ok)
        return FALSE;
      count++;
    }
  for (guint i = 0; i < checkouts->len; i++)
    {
      Checkout *checkout = checkouts->pdata[i];

      if (!send_checkout (self, checkout, error))
        return FALSE;
      g_mutex_lock (&self->spool_lock);
      ok = fd_db_exec (self->spool, "UPDATE checkouts SET sent_ms = ? WHERE token = ?",
                       FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_S (checkout->token)), NULL, NULL, error);
      g_mutex_unlock (&self->spool_lock);
      if (!ok)
        return FALSE;
      count++;
    }
  if (sent != NULL)
    *sent = count;

  /* Sent visits leave the station after an hour; their badges may still
   * be printing meanwhile. */
  g_mutex_lock (&self->spool_lock);
  ok = fd_db_exec (self->spool, "DELETE FROM spooled WHERE sent_ms < ?",
                   FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self) - SPOOL_KEEP_SENT_MS)), NULL, NULL, error) &&
       fd_db_exec (self->spool, "DELETE FROM checkouts WHERE sent_ms IS NOT NULL", FD_DB_NO_ARGS, NULL, NULL, error);
  g_mutex_unlock (&self->spool_lock);
  return ok && refresh_caches (self, error);
}

/**
 * fd_store_count_spooled:
 *
 * Returns: how many visits and check-outs wait in the spool for the server.
 */
gint64
fd_store_count_spooled (FdStore *self)
{
  gint64 visits = 0, checkouts = 0;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  g_mutex_lock (&self->spool_lock);
  if (self->spool != NULL)
    {
      fd_db_query_int (self->spool, "SELECT COUNT(*) FROM spooled WHERE sent_ms IS NULL", FD_DB_NO_ARGS, &visits, NULL);
      fd_db_query_int (self->spool, "SELECT COUNT(*) FROM checkouts WHERE sent_ms IS NULL", FD_DB_NO_ARGS, &checkouts,
                       NULL);
    }
  g_mutex_unlock (&self->spool_lock);
  return visits + checkouts;
}
