/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-settings.h"

/*
 * FdStore is the only place that speaks SQL.  Every call is synchronous and
 * thread-safe; the UI uses the _async variants, which run the same calls in
 * a worker thread.  This file holds the object, settings, the audit log and
 * change watching; hosts and visits are in their own files.
 */

G_DEFINE_FINAL_TYPE (FdStore, fd_store, G_TYPE_OBJECT)



enum {
  SIGNAL_CHANGED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time () / 1000;
}

static void
stop_watch (FdStore *self)
{
  if (self->watch_thread == NULL)
    return;
  g_atomic_int_set (&self->watch_stop, 1);
  g_thread_join (g_steal_pointer (&self->watch_thread));
  g_clear_pointer (&self->watch_context, g_main_context_unref);
}

static void
fd_store_dispose (GObject *object)
{
  FdStore *self = FD_STORE (object);

  stop_watch (self);
  G_OBJECT_CLASS (fd_store_parent_class)->dispose (object);
}

static void
fd_store_finalize (GObject *object)
{
  FdStore *self = FD_STORE (object);

  g_clear_pointer (&self->db, fd_db_close);
  g_clear_pointer (&self->reader, fd_db_close);
  g_mutex_clear (&self->read_lock);
  g_clear_pointer (&self->spool, fd_db_close);
  g_clear_pointer (&self->station, g_free);
  g_clear_pointer (&self->site, g_free);
  g_mutex_clear (&self->spool_lock);
  g_clear_pointer (&self->secret, fd_secret_free);
  g_clear_pointer (&self->path, g_free);
  g_rec_mutex_clear (&self->lock);
  G_OBJECT_CLASS (fd_store_parent_class)->finalize (object);
}

static void
fd_store_class_init (FdStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_store_dispose;
  object_class->finalize = fd_store_finalize;

  /**
   * FdStore::changed:
   *
   * Something in the database changed, in this process or another one that
   * shares the file.  Emitted in the main context that called
   * fd_store_watch(), within about 100 ms of the commit.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
fd_store_init (FdStore *self)
{
  g_rec_mutex_init (&self->lock);
  g_mutex_init (&self->read_lock);
  g_mutex_init (&self->spool_lock);
  self->clock = real_clock;
}

/**
 * fd_store_open:
 * @path: the SQLite database file, created when missing, or the
 *   `postgresql://` URI of a server's database
 *
 * Returns: (transfer full): the store, with its schema brought up to date.
 */
FdStore *
fd_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(FdStore) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (FD_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->db = fd_db_open (path, error);
  if (self->db == NULL)
    return NULL;
  if (!fd_store_migrate (self->db, fd_store_now_ms (self), error) || !fd_store_seal_audit (self, error) ||
      !fd_store_index_all (self, error))
    return NULL;
  /* Searches read through a connection of their own: with WAL, a reader
   * and the writer do not wait for each other.  A database in memory has
   * one connection only. */
  if (*path != '\0' && !g_str_has_prefix (path, ":memory:") && !g_str_has_prefix (path, "file:"))
    {
      self->reader = fd_db_open (path, error);
      if (self->reader == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

/* Takes the connection that reads for searches and lists; without one,
 * the store's own, under its lock. */
FdDb *
fd_store_read_begin (FdStore *self)
{
  if (self->reader == NULL)
    {
      STORE_LOCK (self);
      return self->db;
    }
  g_mutex_lock (&self->read_lock);
  return self->reader;
}

void
fd_store_read_end (FdStore *self)
{
  if (self->reader == NULL)
    STORE_UNLOCK (self);
  else
    g_mutex_unlock (&self->read_lock);
}

/**
 * fd_store_set_secret:
 * @secret: (transfer full): the station key; ID numbers are refused
 *   without one
 */
void
fd_store_set_secret (FdStore  *self,
                     FdSecret *secret)
{
  g_return_if_fail (FD_IS_STORE (self));

  STORE_LOCK (self);
  g_clear_pointer (&self->secret, fd_secret_free);
  self->secret = secret;
  STORE_UNLOCK (self);
}

#define KEY_CHECK_SETTING "station_key_check"
#define KEY_CHECK_TEXT    "frontdesk-key-check"

/**
 * fd_store_load_key:
 * @key_file: the station key file
 * @lang: the language of the error messages
 *
 * Gives the store its station key.  A key file is created only for a
 * database that has never had one; when a database that holds sealed ID
 * numbers or a watchlist's hashes (or has recorded its key) finds its key
 * file missing or a different key in it, the station refuses to start:
 * a new key would silently make old ID numbers unreadable and stop the
 * watchlist from matching.  The key file must be the user's own, mode 0600.
 */
gboolean
fd_store_load_key (FdStore     *self,
                   const char  *key_file,
                   FdLang       lang,
                   GError     **error)
{
  g_autofree char *recorded = NULL;
  g_autofree char *check = NULL;
  g_autoptr(GError) local = NULL;
  gint64 sealed = 0;
  gboolean ok;
  FdSecret *secret;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (key_file != NULL, FALSE);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT value FROM settings WHERE key = ?",
                   FD_DB_ARGS (FD_DB_S (KEY_CHECK_SETTING)), fd_store_first_text_cb, &recorded, error) &&
       fd_db_query_int (self->db,
                        "SELECT (SELECT COUNT(*) FROM visits WHERE id_sealed IS NOT NULL OR id_hash IS NOT NULL) + "
                        "(SELECT COUNT(*) FROM watchlist WHERE id_hash IS NOT NULL)",
                        FD_DB_NO_ARGS, &sealed, error);
  STORE_UNLOCK (self);
  if (!ok)
    return FALSE;

  secret = fd_secret_load (key_file, recorded == NULL && sealed == 0, &local);
  if (secret == NULL)
    {
      if (g_error_matches (local, FD_ERROR, FD_ERROR_NOT_FOUND))
        g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND,
                     fd_tr (lang, N_("The key file %s is missing, and this database was set up with its key (it seals ID numbers and the watchlist). Restore the key file from your backup; a new key would make them unreadable.")),
                     key_file);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  check = fd_secret_hash (secret, KEY_CHECK_TEXT);
  if (recorded != NULL && !g_str_equal (recorded, check))
    {
      fd_secret_free (secret);
      g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION,
                   fd_tr (lang, N_("The key file %s holds another database's key. Restore this database's key file from your backup.")),
                   key_file);
      return FALSE;
    }
  STORE_LOCK (self);
  ok = recorded != NULL ||
       fd_db_exec (self->db,
                   "INSERT INTO settings (key, value, updated_ms) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING",
                   FD_DB_ARGS (FD_DB_S (KEY_CHECK_SETTING), FD_DB_S (check), FD_DB_I (fd_store_now_ms (self))),
                   NULL, NULL, error);
  g_clear_pointer (&self->secret, fd_secret_free);
  self->secret = secret;
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_is_disk_full:
 *
 * Returns: whether the last write failed because the disk is full (and
 *   none has succeeded since): registrations and check-outs are not being
 *   saved.  Nothing saved before is affected.
 */
gboolean
fd_store_is_disk_full (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  return fd_db_is_full (self->db);
}

const char *
fd_store_get_path (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  return self->path;
}

/* Replaces the clock every timestamp comes from; tests use it to move time. */
void
fd_store_set_clock (FdStore     *self,
                    FdClockFunc  func,
                    gpointer     user_data)
{
  g_return_if_fail (FD_IS_STORE (self));
  self->clock = func != NULL ? func : real_clock;
  self->clock_data = user_data;
}

gint64
fd_store_now_ms (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), 0);
  return self->clock (self->clock_data);
}

gboolean
fd_store_check_integrity (FdStore  *self,
                          GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  STORE_LOCK (self);
  ok = self->db->backend->check (self->db, error);
  STORE_UNLOCK (self);
  return ok;
}

/* A row callback: the first column of the first row, as a new string. */
gboolean
fd_store_first_text_cb (FdDbRow  *row,
                        gpointer  user_data)
{
  char **value = user_data;

  *value = fd_db_row_dup (row, 0);
  return FALSE;
}

/* The first column of the first row, %NULL when it is NULL. */
static gboolean
first_text_or_null_cb (FdDbRow  *row,
                       gpointer  user_data)
{
  char **value = user_data;

  *value = g_strdup (fd_db_row_text (row, 0));
  return FALSE;
}

/**
 * fd_store_get_site_setting:
 * @site: a site's code; "" for the company's own value
 * @key: a setting name such as "company_name"
 * @fallback: (nullable): returned when the setting is unset or unreadable
 *
 * Returns: (transfer full) (nullable): @site's own value of @key, or else
 *   the company's.
 */
char *
fd_store_get_site_setting (FdStore    *self,
                           const char *site,
                           const char *key,
                           const char *fallback)
{
  char *value = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (site != NULL && key != NULL, NULL);

  STORE_LOCK (self);
  if (!fd_db_exec (self->db,
                   "SELECT COALESCE ((SELECT value FROM site_settings WHERE site = ? AND key = ?), "
                   "(SELECT value FROM settings WHERE key = ?))",
                   FD_DB_ARGS (FD_DB_S (site), FD_DB_S (key), FD_DB_S (key)),
                   first_text_or_null_cb, &value, &error))
    {
      if (fd_store_offline (error))
        value = fd_store_spool_setting (self, key);  /* the kiosk's copy, or NULL */
      else
        g_warning ("Reading setting %s: %s", key, error->message);
    }
  STORE_UNLOCK (self);

  return value != NULL ? value : g_strdup (fallback);
}

/**
 * fd_store_get_setting:
 * @key: a setting name such as "company_name"
 * @fallback: (nullable): returned when the setting is unset or unreadable
 *
 * Returns: (transfer full) (nullable): the value this station's site uses.
 */
char *
fd_store_get_setting (FdStore    *self,
                      const char *key,
                      const char *fallback)
{
  return fd_store_get_site_setting (self, fd_store_get_station_site (self), key, fallback);
}

/**
 * fd_store_get_setting_int:
 * @key: a whole-number setting, e.g. "overstay_hours"
 * @fallback: what an unset setting means
 *
 * Returns: the setting as a number, within what @key allows
 *   (fd_setting_int()): the UI reads numbers, never parses them.
 */
gint64
fd_store_get_setting_int (FdStore    *self,
                          const char *key,
                          gint64      fallback)
{
  g_autofree char *fallback_text = g_strdup_printf ("%" G_GINT64_FORMAT, fallback);
  g_autofree char *value = fd_store_get_setting (self, key, fallback_text);

  return fd_setting_int (value, key);
}

/* Writes setting @key, unchecked: the store's own keys (search_version,
 * audit_anchor) and values fd_store_set_setting() has checked.  The
 * caller holds the lock. */
gboolean
fd_store_put_setting_locked (FdStore     *self,
                             const char  *key,
                             const char  *value,
                             GError     **error)
{
  return fd_db_exec (self->db,
                     "INSERT INTO settings (key, value, updated_ms) VALUES (?, ?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                     "updated_ms = excluded.updated_ms",
                     FD_DB_ARGS (FD_DB_S (key), FD_DB_S (value), FD_DB_I (fd_store_now_ms (self))),
                     NULL, NULL, error);
}

gboolean
fd_store_set_setting (FdStore     *self,
                      const char  *key,
                      const char  *value,
                      GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  if (!fd_setting_check (key, value, error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_store_put_setting_locked (self, key, value, error);
  STORE_UNLOCK (self);
  return ok;
}

/* "%@text%" for LIKE with a backslash as ESCAPE: the text's own %, _
 * and backslash match themselves. */
char *
fd_store_like_pattern (const char *text)
{
  g_autoptr(GString) out = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '%');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Appends to the audit log; the caller holds the lock and, when the action
 * changes data, the transaction, so the entry commits with the change. */
gboolean
fd_store_audit_locked (FdStore     *self,
                       const char  *actor,
                       const char  *action,
                       const char  *subject,
                       const char  *detail,
                       GError     **error)
{
  gint64 now = fd_store_now_ms (self);
  const char *who = actor != NULL ? actor : "system";

  /* One statement: the previous entry's chain value is read and the new
   * one written atomically, whatever other stations do. */
  return fd_db_exec (self->db,
                     "INSERT INTO audit_log (at_ms, actor, action, subject, detail, chain) "
                     "SELECT ?, ?, ?, ?, ?, fd_chain ((SELECT chain FROM audit_log ORDER BY id DESC LIMIT 1), "
                     "?, ?, ?, ?, ?)",
                     FD_DB_ARGS (FD_DB_I (now), FD_DB_S (who), FD_DB_S (action), FD_DB_SN (subject),
                                 FD_DB_SN (detail), FD_DB_I (now), FD_DB_S (who), FD_DB_S (action),
                                 FD_DB_SN (subject), FD_DB_SN (detail)),
                     NULL, NULL, error) &&
         fd_db_exec (self->db,
                     "INSERT INTO audit_counts (action, n) VALUES (?, 1) "
                     "ON CONFLICT (action) DO UPDATE SET n = audit_counts.n + 1",
                     FD_DB_ARGS (FD_DB_S (action)), NULL, NULL, error);
}

/* Appends to the audit log on its own, outside any transaction. */
gboolean
fd_store_audit (FdStore     *self,
                const char  *actor,
                const char  *action,
                const char  *subject,
                const char  *detail,
                GError     **error)
{
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_store_audit_locked (self, actor, action, subject, detail, error);
  STORE_UNLOCK (self);
  return ok;
}

gboolean
fd_store_count_audit (FdStore     *self,
                      const char  *action,
                      gint64      *count,
                      GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  *count = 0;
  ok = fd_db_query_int (fd_store_read_begin (self), "SELECT COALESCE((SELECT n FROM audit_counts WHERE action = ?), 0)",
                        FD_DB_ARGS (FD_DB_S (action)), count, error);
  fd_store_read_end (self);
  return ok;
}

static gboolean
emit_changed_cb (gpointer user_data)
{
  FdStore *self = user_data;

  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

/* The watcher has its own connection: a connection does not see its own
 * commits in data_version, and it must not take the store's lock while it
 * waits. */
static gpointer
watch_thread_func (gpointer user_data)
{
  FdStore *self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean late = FALSE;
  FdDb *db = NULL;

  /* A database server may be away at the start: tried again each second,
   * said once. */
  while ((db = fd_db_open (self->path, &error)) == NULL)
    {
      if (!fd_store_offline (error))
        {
          g_warning ("Cannot watch the database for changes: %s", error->message);
          return NULL;
        }
      if (!late)
        g_message ("Waiting for the database server to watch it for changes: %s", error->message);
      late = TRUE;
      g_clear_error (&error);
      if (g_atomic_int_get (&self->watch_stop))
        return NULL;
      g_usleep (G_USEC_PER_SEC);
    }

  /* The first call only records the current version; what changed while
   * the server was away is not known, so the windows read again. */
  db->backend->wait_change (db, 0, NULL);
  if (late)
    g_main_context_invoke_full (self->watch_context, G_PRIORITY_DEFAULT, emit_changed_cb, g_object_ref (self),
                                g_object_unref);
  while (!g_atomic_int_get (&self->watch_stop))
    {
      g_clear_error (&error);
      if (db->backend->wait_change (db, 200, &error))
        g_main_context_invoke_full (self->watch_context, G_PRIORITY_DEFAULT,
                                    emit_changed_cb, g_object_ref (self), g_object_unref);
      else if (error != NULL)
        g_usleep (500 * 1000);  /* busy or locked: try again shortly */
    }

  fd_db_close (db);
  return NULL;
}

/**
 * fd_store_watch:
 *
 * Starts emitting #FdStore::changed in the calling thread's main context
 * whenever any process commits to the database.
 */
void
fd_store_watch (FdStore *self)
{
  g_return_if_fail (FD_IS_STORE (self));

  if (self->watch_thread != NULL)
    return;
  self->watch_context = g_main_context_ref_thread_default ();
  self->watch_stop = 0;
  self->watch_thread = g_thread_new ("fd-store-watch", watch_thread_func, self);
}
