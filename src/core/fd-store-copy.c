/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include "fd-error.h"

/*
 * Moving a site to another database (frontdeskctl migrate): every row of
 * every table is copied as it is, ids included, into an empty database of
 * either engine, in one transaction on each side; then both sides are
 * read again and each table's rows are counted and summed into a checksum
 * that does not depend on the order the engine returns them in (the
 * engines sort text differently).  The copy is kept only when every count
 * and checksum agrees.
 */

/* In the order foreign keys need: hosts before visits and invitations. */
static const char * const tables[] = {
  "settings", "sites", "site_settings", "staff", "stations", "hosts", "visits", "invitations", "parcels",
  "calls", "supplies", "supply_moves", "purchase_requests", "supply_waits", "env_checks",
  "env_incidents", "watchlist", "alerts", "outbox",
  "audit_log", "audit_counts", "login_throttle", "visit_terms",
};

typedef struct {
  GPtrArray *names;
  GArray    *is_int;
} Columns;

static gboolean
column_cb (FdDbRow  *row,
           gpointer  user_data)
{
  Columns *columns = user_data;
  gboolean is_int = fd_db_row_int (row, 1) != 0;

  g_ptr_array_add (columns->names, fd_db_row_dup (row, 0));
  g_array_append_val (columns->is_int, is_int);
  return TRUE;
}

static void
columns_clear (Columns *columns)
{
  g_clear_pointer (&columns->names, g_ptr_array_unref);
  g_clear_pointer (&columns->is_int, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Columns, columns_clear)

static gboolean
read_columns (FdDb        *db,
              const char  *table,
              Columns     *columns,
              GError     **error)
{
  columns->names = g_ptr_array_new_with_free_func (g_free);
  columns->is_int = g_array_new (FALSE, FALSE, sizeof (gboolean));
  if (!db->backend->columns (db, table, column_cb, columns, error))
    return FALSE;
  if (columns->names->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_DATABASE, "The table %s is missing", table);
      return FALSE;
    }
  return TRUE;
}

/* An order-free checksum of a table: the SHA-256 of each row (its fields
 * with their lengths, NULL apart from ""), added up in four 64-bit lanes. */
typedef struct {
  guint   n_columns;
  gint64  rows;
  guint64 lanes[4];
} Sum;

static void
sum_row (Sum     *sum,
         FdDbRow *row)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize length = sizeof digest;

  for (guint i = 0; i < sum->n_columns; i++)
    {
      const char *value = fd_db_row_text (row, i);
      g_autofree char *prefix = value != NULL ? g_strdup_printf ("%zu:", strlen (value)) : g_strdup ("-:");

      g_checksum_update (checksum, (const guchar *) prefix, -1);
      if (value != NULL)
        g_checksum_update (checksum, (const guchar *) value, -1);
    }
  g_checksum_get_digest (checksum, digest, &length);
  for (guint lane = 0; lane < 4; lane++)
    {
      guint64 part;

      memcpy (&part, digest + lane * 8, 8);
      sum->lanes[lane] += GUINT64_FROM_BE (part);
    }
  sum->rows++;
}

static gboolean
sum_cb (FdDbRow  *row,
        gpointer  user_data)
{
  sum_row (user_data, row);
  return TRUE;
}

static char *
column_list (Columns *columns)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < columns->names->len; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", (char *) g_ptr_array_index (columns->names, i));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
select_sql (const char *table,
            Columns    *columns)
{
  g_autofree char *list = column_list (columns);

  return g_strdup_printf ("SELECT %s FROM %s", list, table);
}

static gboolean
checksum_table (FdDb         *db,
                const char   *table,
                Columns      *columns,
                gint64       *rows,
                char        **checksum,
                GError      **error)
{
  g_autofree char *sql = select_sql (table, columns);
  Sum sum = { columns->names->len, 0, { 0 } };

  if (!fd_db_exec (db, sql, FD_DB_NO_ARGS, sum_cb, &sum, error))
    return FALSE;
  *rows = sum.rows;
  *checksum = g_strdup_printf ("%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x%016"
                               G_GINT64_MODIFIER "x", sum.lanes[0], sum.lanes[1], sum.lanes[2], sum.lanes[3]);
  return TRUE;
}

/* Rows are written a batch at a time, one statement of many rows: on a
 * server, each statement is a round trip. */
#define BATCH_ROWS 200

typedef struct {
  FdDb       *target;
  const char *table;
  char       *list;       /* the column names */
  Columns    *columns;
  GArray     *values;     /* FdDbValue, BATCH_ROWS rows at most */
  GPtrArray  *texts;      /* the values' strings, owned */
  guint       rows;
  GError     *error;
} Copy;

static gboolean
flush (Copy *copy)
{
  g_autoptr(GString) insert = g_string_new (NULL);
  guint n = copy->columns->names->len;
  gboolean ok;

  if (copy->rows == 0)
    return TRUE;
  g_string_printf (insert, "INSERT INTO %s (%s) VALUES ", copy->table, copy->list);
  for (guint r = 0; r < copy->rows; r++)
    {
      g_string_append (insert, r == 0 ? "(" : ", (");
      for (guint i = 0; i < n; i++)
        g_string_append (insert, i == 0 ? "?" : ", ?");
      g_string_append_c (insert, ')');
    }
  ok = fd_db_exec (copy->target, insert->str, (const FdDbValue *) copy->values->data, copy->values->len, NULL,
                   NULL, &copy->error);
  g_array_set_size (copy->values, 0);
  g_ptr_array_set_size (copy->texts, 0);
  copy->rows = 0;
  return ok;
}

static gboolean
copy_row_cb (FdDbRow  *row,
             gpointer  user_data)
{
  Copy *copy = user_data;
  guint n = copy->columns->names->len;

  for (guint i = 0; i < n; i++)
    {
      const char *text = fd_db_row_text (row, i);
      FdDbValue value = { FD_DB_NULL, 0, NULL };

      if (text != NULL && g_array_index (copy->columns->is_int, gboolean, i))
        value = FD_DB_I (fd_db_row_int (row, i));
      else if (text != NULL)
        {
          char *owned = g_strdup (text);

          g_ptr_array_add (copy->texts, owned);
          value = (FdDbValue) { FD_DB_TEXT, 0, owned };
        }
      g_array_append_val (copy->values, value);
    }
  return ++copy->rows < BATCH_ROWS || flush (copy);
}

static gboolean
copy_table (FdDb         *source,
            FdDb         *target,
            const char   *table,
            Columns      *columns,
            GError      **error)
{
  g_autofree char *select = select_sql (table, columns);
  g_autofree char *list = column_list (columns);
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (FdDbValue));
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  Copy copy = { target, table, list, columns, values, texts, 0, NULL };

  if (!fd_db_exec (source, select, FD_DB_NO_ARGS, copy_row_cb, &copy, error))
    {
      g_clear_error (&copy.error);
      return FALSE;
    }
  if (copy.error == NULL)
    flush (&copy);
  if (copy.error != NULL)
    {
      g_propagate_error (error, copy.error);
      return FALSE;
    }
  return TRUE;
}

void
fd_copied_table_free (FdCopiedTable *table)
{
  if (table == NULL)
    return;
  g_free (table->source_checksum);
  g_free (table->target_checksum);
  g_free (table);
}

static gboolean
target_is_empty (FdDb     *target,
                 GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      /* The site "main" is there from the start; the copy replaces it. */
      g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM %s%s", tables[i],
                                              g_str_equal (tables[i], "sites") ? " WHERE code <> 'main'" : "");
      gint64 n = 0;

      if (!fd_db_query_int (target, sql, FD_DB_NO_ARGS, &n, error))
        return FALSE;
      if (n > 0)
        {
          g_set_error (error, FD_ERROR, FD_ERROR_STATE,
                       "The target database already holds a site (%s has rows); nothing was copied", tables[i]);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * fd_store_copy_to:
 * @session: an administrator's
 * @target: an empty database: a SQLite path or a `postgresql://` URI; its
 *   schema is created
 *
 * Copies the whole site to @target and compares both sides, table by
 * table.  The store is held still meanwhile: no other station writes.
 *
 * @report: (out) (transfer full) (element-type FdCopiedTable) (optional):
 *   a row per table compared, also when the copy differs
 *
 * Returns: %TRUE when every table's count and checksum agree and the copy
 *   was kept; otherwise nothing stays in @target.
 */
gboolean
fd_store_copy_to (FdStore          *self,
                  const FdSession  *session,
                  const char       *target,
                  GPtrArray       **report_out,
                  GError          **error)
{
  g_autoptr(GPtrArray) report = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_copied_table_free);
  FdDb *to = NULL;
  gboolean ok = FALSE;
  gboolean differs = FALSE;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (target != NULL, FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "site.copy", error))
    return FALSE;
  if (g_strcmp0 (target, self->path) == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The target is the site's own database");
      return FALSE;
    }
  to = fd_db_open (target, error);
  if (to == NULL)
    return FALSE;
  if (!fd_store_migrate (to, fd_store_now_ms (self), error) || !target_is_empty (to, error))
    {
      fd_db_close (to);
      return FALSE;
    }

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto out;
  if (!fd_db_begin (to, error))
    goto rollback;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_auto(Columns) columns = { NULL, NULL };
      FdCopiedTable *row = g_new0 (FdCopiedTable, 1);

      row->table = tables[i];
      g_ptr_array_add (report, row);
      if (g_str_equal (tables[i], "sites") &&
          !fd_db_exec (to, "DELETE FROM sites", FD_DB_NO_ARGS, NULL, NULL, error))
        goto rollback;
      if (!read_columns (self->db, tables[i], &columns, error) ||
          !copy_table (self->db, to, tables[i], &columns, error) ||
          !to->backend->follow_ids (to, tables[i], error) ||
          !checksum_table (self->db, tables[i], &columns, &row->source_rows, &row->source_checksum, error) ||
          !checksum_table (to, tables[i], &columns, &row->target_rows, &row->target_checksum, error))
        goto rollback;
      if (row->source_rows != row->target_rows || g_strcmp0 (row->source_checksum, row->target_checksum) != 0)
        differs = TRUE;
    }
  if (differs)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_DATABASE,
                           "The copy differs from the site; nothing was kept in the target");
      goto rollback;
    }
  /* On PostgreSQL a VACUUM after the bulk copy marks every page
   * all-visible, so the visit log's searches read the search terms'
   * index alone rather than the table behind it. */
  ok = fd_db_commit (to, error) && fd_db_forget (to, error);
  fd_db_rollback (self->db);  /* it only read */
  if (ok)
    ok = fd_store_audit_locked (self, fd_session_get_username (session), "site.copy", NULL, NULL, error);
  goto out;

rollback:
  fd_db_rollback (to);
  fd_db_rollback (self->db);
out:
  STORE_UNLOCK (self);
  fd_db_close (to);
  if (report_out != NULL)
    *report_out = g_steal_pointer (&report);
  return ok;
}
