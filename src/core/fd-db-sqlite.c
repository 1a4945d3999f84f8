/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-db.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include "fd-error.h"

/*
 * The SQLite backend.  WAL lets the kiosk and the staff window, in one or two
 * processes, read while the other writes; synchronous=FULL makes a
 * committed check-in survive a power cut; the busy timeout makes a second
 * writer wait instead of failing.  Prepared statements are cached per SQL
 * text, so a query is parsed once per connection.
 */

typedef struct {
  FdDb        parent;
  sqlite3    *handle;
  GHashTable *statements;    /* SQL text → sqlite3_stmt, owned */
  gint64      data_version;  /* last PRAGMA data_version seen by wait_change */
} FdDbSqlite;

typedef struct {
  const FdDbBackend *backend;
  sqlite3_stmt      *stmt;
} SqliteRow;

#define BUSY_TIMEOUT_MS 10000

static const FdDbBackend sqlite_backend;

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static gboolean
set_error (FdDbSqlite  *self,
           int          rc,
           GError     **error)
{
  FdError code;

  switch (rc & 0xff)
    {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      code = FD_ERROR_BUSY;
      break;
    case SQLITE_CONSTRAINT:
      code = FD_ERROR_INVALID;
      break;
    case SQLITE_FULL:
      code = FD_ERROR_FULL;
      g_atomic_int_set (&self->parent.full, 1);
      break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
      code = FD_ERROR_IO;
      break;
    default:
      code = FD_ERROR_DATABASE;
      break;
    }
  g_set_error (error, FD_ERROR, code, "SQLite: %s",
               self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc));
  return FALSE;
}

/* Turns the shared dialect into SQLite's: the placeholders are already
 * SQLite's, so only the DDL tokens change. */
static char *
translate (const char *sql)
{
  g_autoptr(GString) out = g_string_new (sql);

  g_string_replace (out, "{{ID}}", "INTEGER PRIMARY KEY", 0);
  g_string_replace (out, "{{CLUSTERED}}", "WITHOUT ROWID", 0);
  g_string_replace (out, "{{NOW}}", "(CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER))", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static sqlite3_stmt *
prepare (FdDbSqlite  *self,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  g_autofree char *native = NULL;
  int rc;

  if (stmt != NULL)
    return stmt;

  native = translate (sql);
  rc = sqlite3_prepare_v3 (self->handle, native, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

static gboolean
sqlite_exec (FdDb             *db,
             const char       *sql,
             const FdDbValue  *params,
             guint             n_params,
             FdDbRowFunc       func,
             gpointer          user_data,
             GError          **error)
{
  FdDbSqlite *self = (FdDbSqlite *) db;
  sqlite3_stmt *stmt;
  SqliteRow row = { &sqlite_backend, NULL };
  gboolean ok = TRUE;
  int rc;

  stmt = prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  g_assert ((int) n_params == sqlite3_bind_parameter_count (stmt));

  for (guint i = 0; i < n_params; i++)
    {
      switch (params[i].type)
        {
        case FD_DB_INT:
          rc = sqlite3_bind_int64 (stmt, (int) i + 1, params[i].i);
          break;
        case FD_DB_TEXT:
          rc = sqlite3_bind_text (stmt, (int) i + 1, params[i].s, -1, SQLITE_TRANSIENT);
          break;
        case FD_DB_NULL:
        default:
          rc = sqlite3_bind_null (stmt, (int) i + 1);
          break;
        }
      if (rc != SQLITE_OK)
        {
          ok = set_error (self, rc, error);
          goto out;
        }
    }

  row.stmt = stmt;
  for (;;)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        break;
      if (rc != SQLITE_ROW)
        {
          ok = set_error (self, rc, error);
          break;
        }
      if (func != NULL && !func ((FdDbRow *) &row, user_data))
        break;
    }
  if (ok && rc == SQLITE_DONE && !sqlite3_stmt_readonly (stmt) && sqlite3_get_autocommit (self->handle))
    g_atomic_int_set (&self->parent.full, 0);  /* a write went through */

out:
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

static gint64
sqlite_row_int (FdDbRow *row,
                guint    column)
{
  return sqlite3_column_int64 (((SqliteRow *) row)->stmt, (int) column);
}

static const char *
sqlite_row_text (FdDbRow *row,
                 guint    column)
{
  return (const char *) sqlite3_column_text (((SqliteRow *) row)->stmt, (int) column);
}

static gboolean
sqlite_begin (FdDb    *db,
              GError **error)
{
  /* IMMEDIATE takes the write lock now, so the busy timeout applies here and
   * not halfway through the transaction. */
  return sqlite_exec (db, "BEGIN IMMEDIATE", NULL, 0, NULL, NULL, error);
}

static gboolean
sqlite_commit (FdDb    *db,
               GError **error)
{
  if (!sqlite_exec (db, "COMMIT", NULL, 0, NULL, NULL, error))
    return FALSE;
  g_atomic_int_set (&db->full, 0);
  return TRUE;
}

static void
sqlite_rollback (FdDb *db)
{
  FdDbSqlite *self = (FdDbSqlite *) db;

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
read_data_version (FdDbSqlite  *self,
                   gint64      *version,
                   GError     **error)
{
  return fd_db_query_int ((FdDb *) self, "PRAGMA data_version", FD_DB_NO_ARGS, version, error);
}

/* PRAGMA data_version changes when another connection commits; reading it
 * costs no I/O, so polling it every 100 ms is cheap. */
static gboolean
sqlite_wait_change (FdDb     *db,
                    guint     timeout_ms,
                    GError  **error)
{
  FdDbSqlite *self = (FdDbSqlite *) db;
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  do
    {
      gint64 version = 0;

      if (!read_data_version (self, &version, error))
        return FALSE;
      if (version != self->data_version)
        {
          self->data_version = version;
          return TRUE;
        }
      g_usleep (100 * 1000);
    }
  while (g_get_monotonic_time () < deadline);

  return FALSE;
}

static gboolean
check_cb (FdDbRow  *row,
          gpointer  user_data)
{
  gboolean *ok = user_data;

  *ok = g_strcmp0 (sqlite_row_text (row, 0), "ok") == 0;
  return FALSE;
}

static gboolean
sqlite_check (FdDb    *db,
              GError **error)
{
  gboolean ok = FALSE;

  if (!sqlite_exec (db, "PRAGMA integrity_check", NULL, 0, check_cb, &ok, error))
    return FALSE;
  if (!ok)
    g_set_error (error, FD_ERROR, FD_ERROR_DATABASE, "The database file is damaged");
  return ok;
}

static gboolean
checkpoint_cb (FdDbRow  *row,
               gpointer  user_data)
{
  *(gboolean *) user_data = fd_db_row_int (row, 0) == 0;  /* not busy */
  return TRUE;
}

/* secure_delete (set at open) overwrites deleted content in the database
 * file; the WAL still holds the pages as they were until a checkpoint, so
 * the WAL is checkpointed and truncated to nothing.  A reader in another
 * process can hold the checkpoint back: tried a few times, then reported. */
static gboolean
sqlite_forget (FdDb    *db,
               GError **error)
{
  for (int attempt = 0; attempt < 20; attempt++)
    {
      gboolean done = FALSE;

      if (!sqlite_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, 0, checkpoint_cb, &done, error))
        return FALSE;
      if (done)
        return TRUE;
      g_usleep (50 * 1000);
    }
  g_set_error_literal (error, FD_ERROR, FD_ERROR_BUSY,
                       "Another station is reading; purged rows stay in the WAL until its next checkpoint");
  return FALSE;
}

static gboolean
sqlite_columns (FdDb         *db,
                const char   *table,
                FdDbRowFunc   func,
                gpointer      user_data,
                GError      **error)
{
  return sqlite_exec (db, "SELECT name, instr(upper(type), 'INT') > 0 FROM pragma_table_info(?) ORDER BY cid",
                      FD_DB_ARGS (FD_DB_S (table)), func, user_data, error);
}

/* An INTEGER PRIMARY KEY always continues after the largest id. */
static gboolean
sqlite_follow_ids (FdDb        *db,
                   const char  *table,
                   GError     **error)
{
  return TRUE;
}

static void
sqlite_close (FdDb *db)
{
  FdDbSqlite *self = (FdDbSqlite *) db;

  g_clear_pointer (&self->statements, g_hash_table_unref);
  sqlite3_close_v2 (self->handle);
  g_free (self);
}

static const FdDbBackend sqlite_backend = {
  .name = "sqlite",
  .close = sqlite_close,
  .exec = sqlite_exec,
  .row_int = sqlite_row_int,
  .row_text = sqlite_row_text,
  .begin = sqlite_begin,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .wait_change = sqlite_wait_change,
  .check = sqlite_check,
  .forget = sqlite_forget,
  .columns = sqlite_columns,
  .follow_ids = sqlite_follow_ids,
};

static const char *
text_arg (sqlite3_value *value)
{
  return sqlite3_value_type (value) == SQLITE_NULL ? NULL : (const char *) sqlite3_value_text (value);
}

/* fd_chain(previous, at_ms, actor, action, subject, detail) for SQL. */
static void
chain_function (sqlite3_context  *context,
                int               argc,
                sqlite3_value   **argv)
{
  g_autofree char *value = NULL;

  g_assert (argc == 6);
  value = fd_audit_chain (text_arg (argv[0]), sqlite3_value_int64 (argv[1]), text_arg (argv[2]),
                          text_arg (argv[3]), text_arg (argv[4]), text_arg (argv[5]));
  sqlite3_result_text (context, value, -1, SQLITE_TRANSIENT);
}

/* Creates @path empty with mode 0600 when it does not exist; refuses a
 * symlink in its place.  ":memory:" and the like are left to SQLite. */
static gboolean
create_private (const char  *path,
                GError     **error)
{
  int fd;

  if (*path == ':' || *path == '\0')
    return TRUE;
  /* Only a file that does not exist yet is opened here: closing a
   * descriptor of a file drops every POSIX lock this process holds on it,
   * those of the store's other connections too, and another process would
   * then take a database in use for unused (and reset its WAL under them).
   * O_EXCL does not follow a symlink; SQLite refuses one (NOFOLLOW). */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0 && errno == EEXIST)
    return TRUE;
  if (fd < 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot open the database %s: %s", path, g_strerror (errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * fd_db_open_sqlite:
 * @path: the database file; created with mode 0600 (it holds visitors'
 *   personal data), with its folder (0700) when missing
 *
 * Returns: (transfer full): a connection in WAL mode with synchronous=FULL.
 */
FdDb *
fd_db_open_sqlite (const char  *path,
                   GError     **error)
{
  static const char *pragmas =
    "PRAGMA journal_mode=WAL;"
    "PRAGMA synchronous=FULL;"
    "PRAGMA secure_delete=ON;"
    "PRAGMA foreign_keys=ON;";
  g_autofree char *dir = g_path_get_dirname (path);
  FdDbSqlite *self;
  int rc;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s: %s", dir, g_strerror (saved));
      return NULL;
    }

  self = g_new0 (FdDbSqlite, 1);
  self->parent.backend = &sqlite_backend;
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->data_version = -1;

  /* A new database is created 0600 from its first byte (SQLite gives its
   * -wal and -shm files the same mode), never through a symlink. */
  if (!create_private (path, error))
    {
      sqlite_close ((FdDb *) self);
      return NULL;
    }
  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW,
                        NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function (self->handle, "fd_chain", 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
                                  chain_function, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (self->handle, pragmas, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      sqlite_close ((FdDb *) self);
      return NULL;
    }

  return (FdDb *) self;
}
