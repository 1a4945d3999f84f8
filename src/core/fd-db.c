/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-db.h"

#include <string.h>

#include "fd-error.h"

/**
 * fd_db_open:
 * @location: a SQLite file's path, or a `postgresql://` URI
 *
 * Returns: (transfer full): a connection to the database @location names.
 */
FdDb *
fd_db_open (const char  *location,
            GError     **error)
{
  g_return_val_if_fail (location != NULL, NULL);

  if (fd_db_is_uri (location))
    return fd_db_open_pg (location, error);
  return fd_db_open_sqlite (location, error);
}

/**
 * fd_db_describe:
 * @location: a SQLite path or a `postgresql://` URI
 *
 * Returns: (transfer full): @location as it may be shown or logged: a URI
 *   without its password (in the user part or as a parameter).
 */
char *
fd_db_describe (const char *location)
{
  g_autoptr(GString) out = NULL;
  const char *host, *at, *colon, *query;

  if (!fd_db_is_uri (location))
    return g_strdup (location);
  out = g_string_new (NULL);
  host = strstr (location, "://") + 3;
  at = strchr (host, '@');
  if (at != NULL && (strchr (host, '/') == NULL || at < strchr (host, '/')))
    {
      colon = memchr (host, ':', (gsize) (at - host));
      g_string_append_len (out, location, (colon != NULL ? colon : at) - location);
      g_string_append (out, at);
    }
  else
    g_string_append (out, location);
  query = strchr (out->str, '?');
  if (query != NULL)
    {
      g_auto(GStrv) params = g_strsplit (query + 1, "&", -1);

      g_string_truncate (out, (gsize) (query - out->str) + 1);
      for (guint i = 0; params[i] != NULL; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "&" : "",
                                g_str_has_prefix (params[i], "password=") ? "password=…" : params[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether @location is a URI with a password in it. */
gboolean
fd_db_has_password (const char *location)
{
  g_autofree char *shown = NULL;

  if (!fd_db_is_uri (location))
    return FALSE;
  shown = fd_db_describe (location);
  return !g_str_equal (shown, location);
}

void
fd_db_close (FdDb *db)
{
  if (db != NULL)
    db->backend->close (db);
}

gboolean
fd_db_exec (FdDb             *db,
            const char       *sql,
            const FdDbValue  *params,
            guint             n_params,
            FdDbRowFunc       func,
            gpointer          user_data,
            GError          **error)
{
  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);
  return db->backend->exec (db, sql, params, n_params, func, user_data, error);
}

gboolean
fd_db_begin (FdDb    *db,
             GError **error)
{
  return db->backend->begin (db, error);
}

/**
 * fd_audit_chain:
 * @previous: (nullable): the chain value of the entry before; %NULL for
 *   the first
 *
 * The audit log's hash chain: SHA-256 over the previous entry's value and
 * this entry's fields, each with its length, so that no two entries
 * encode alike.  Editing or removing an entry breaks every value after
 * it.  Both backends compute it with this function (SQLite registers it as
 * the SQL function fd_chain).
 *
 * Returns: (transfer full): 64 hex digits.
 */
char *
fd_audit_chain (const char *previous,
                gint64      at_ms,
                const char *actor,
                const char *action,
                const char *subject,
                const char *detail)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *at = g_strdup_printf ("%" G_GINT64_FORMAT, at_ms);
  const char *fields[] = { previous, at, actor, action, subject, detail };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *length = fields[i] != NULL ? g_strdup_printf ("%zu:", strlen (fields[i])) : g_strdup ("-:");

      g_checksum_update (sum, (const guchar *) length, -1);
      if (fields[i] != NULL)
        g_checksum_update (sum, (const guchar *) fields[i], -1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

gboolean
fd_db_commit (FdDb    *db,
              GError **error)
{
  return db->backend->commit (db, error);
}

gboolean
fd_db_forget (FdDb    *db,
              GError **error)
{
  return db->backend->forget (db, error);
}

/* Whether the last write failed because the disk is full; cleared by the
 * next write that succeeds. */
gboolean
fd_db_is_full (FdDb *db)
{
  return g_atomic_int_get (&db->full) != 0;
}

void
fd_db_rollback (FdDb *db)
{
  db->backend->rollback (db);
}

/* A row does not know its backend, so rows carry it in their first field. */
struct _FdDbRow {
  const FdDbBackend *backend;
};

gint64
fd_db_row_int (FdDbRow *row,
               guint    column)
{
  return row->backend->row_int (row, column);
}

const char *
fd_db_row_text (FdDbRow *row,
                guint    column)
{
  return row->backend->row_text (row, column);
}

/* Returns a copy of a text column; "" for NULL so callers can show it. */
char *
fd_db_row_dup (FdDbRow *row,
               guint    column)
{
  const char *text = fd_db_row_text (row, column);

  return g_strdup (text != NULL ? text : "");
}

static gboolean
first_int_cb (FdDbRow  *row,
              gpointer  user_data)
{
  gint64 *value = user_data;

  *value = fd_db_row_int (row, 0);
  return FALSE;
}

/* Runs a query whose answer is one integer; *value is left alone when it
 * returns no row. */
gboolean
fd_db_query_int (FdDb             *db,
                 const char       *sql,
                 const FdDbValue  *params,
                 guint             n_params,
                 gint64           *value,
                 GError          **error)
{
  return fd_db_exec (db, sql, params, n_params, first_int_cb, value, error);
}
