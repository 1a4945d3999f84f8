/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-db.h"

#include "fd-error.h"

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
