/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * FdDb is the one seam between the store and a database engine.  The store
 * writes its SQL once, in the subset SQLite and PostgreSQL share, with `?`
 * placeholders and two tokens for DDL that differs:
 *
 *   {{ID}}   an auto-assigned 64-bit primary key column type
 *   {{NOW}}  the current time in Unix milliseconds, UTC
 *   {{CLUSTERED}}  after a table's definition: rows are kept in the order
 *            of the primary key (SQLite's WITHOUT ROWID; nothing elsewhere)
 *
 * A backend translates placeholders and tokens and runs the statement.  It
 * is not thread-safe: FdStore serialises access.
 */

typedef struct _FdDb FdDb;
typedef struct _FdDbRow FdDbRow;

typedef enum {
  FD_DB_NULL,
  FD_DB_INT,
  FD_DB_TEXT,
} FdDbType;

typedef struct {
  FdDbType    type;
  gint64      i;  /* for FD_DB_INT */
  const char *s;  /* for FD_DB_TEXT, not copied */
} FdDbValue;

#define FD_DB_I(v)   ((FdDbValue) { FD_DB_INT, (gint64) (v), NULL })
#define FD_DB_S(v)   ((FdDbValue) { (v) != NULL ? FD_DB_TEXT : FD_DB_NULL, 0, (v) })
/* Empty strings are stored as NULL: an unset optional field. */
#define FD_DB_SN(v)  ((FdDbValue) { ((v) != NULL && *(v) != '\0') ? FD_DB_TEXT : FD_DB_NULL, 0, (v) })

/* Called once per result row; return FALSE to stop early. */
typedef gboolean (*FdDbRowFunc) (FdDbRow  *row,
                                 gpointer  user_data);

typedef struct {
  const char *name;
  void        (*close)        (FdDb            *db);
  gboolean    (*exec)         (FdDb            *db,
                               const char      *sql,
                               const FdDbValue *params,
                               guint            n_params,
                               FdDbRowFunc      func,
                               gpointer         user_data,
                               GError         **error);
  gint64      (*row_int)      (FdDbRow         *row,
                               guint            column);
  const char *(*row_text)     (FdDbRow         *row,
                               guint            column);
  gboolean    (*begin)        (FdDb            *db,
                               GError         **error);
  gboolean    (*commit)       (FdDb            *db,
                               GError         **error);
  void        (*rollback)     (FdDb            *db);
  /* Blocks until another connection commits a change, or for @timeout_ms.
   * Returns TRUE when something changed. */
  gboolean    (*wait_change)  (FdDb            *db,
                               guint            timeout_ms,
                               GError         **error);
  /* Runs the engine's consistency check; TRUE when it says ok. */
  gboolean    (*check)        (FdDb            *db,
                               GError         **error);
  /* Makes deleted rows unreadable in the engine's files (after a purge). */
  gboolean    (*forget)       (FdDb            *db,
                               GError         **error);
  /* Calls @func with a row of (name TEXT, is_integer INT) per column of
   * @table, in the order of its definition. */
  gboolean    (*columns)      (FdDb            *db,
                               const char      *table,
                               FdDbRowFunc      func,
                               gpointer         user_data,
                               GError         **error);
  /* After rows were written in bulk, with their own ids: the next id
   * assigned to @table follows the largest one, and the engine's planner
   * knows the table's new size. */
  gboolean    (*follow_ids)   (FdDb            *db,
                               const char      *table,
                               GError         **error);
} FdDbBackend;

struct _FdDb {
  const FdDbBackend *backend;
  gint               full;  /* atomic: the last write found the disk full */
};

FdDb       *fd_db_open         (const char       *location,
                                GError          **error);
FdDb       *fd_db_open_sqlite  (const char       *path,
                                GError          **error);
FdDb       *fd_db_open_pg      (const char       *uri,
                                GError          **error);
gboolean    fd_db_is_uri       (const char       *location);
char       *fd_db_describe     (const char       *location) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_db_has_password (const char       *location);

void        fd_db_close        (FdDb             *db);
char       *fd_audit_chain     (const char       *previous,
                                gint64            at_ms,
                                const char       *actor,
                                const char       *action,
                                const char       *subject,
                                const char       *detail) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_db_exec         (FdDb             *db,
                                const char       *sql,
                                const FdDbValue  *params,
                                guint             n_params,
                                FdDbRowFunc       func,
                                gpointer          user_data,
                                GError          **error);
gboolean    fd_db_begin        (FdDb             *db,
                                GError          **error);
gboolean    fd_db_commit       (FdDb             *db,
                                GError          **error);
void        fd_db_rollback     (FdDb             *db);
gboolean    fd_db_is_full      (FdDb             *db);
gboolean    fd_db_forget       (FdDb             *db,
                                GError          **error);
gint64      fd_db_row_int      (FdDbRow          *row,
                                guint             column);
char       *fd_db_row_dup      (FdDbRow          *row,
                                guint             column);
const char *fd_db_row_text     (FdDbRow          *row,
                                guint             column);
gboolean    fd_db_query_int    (FdDb             *db,
                                const char       *sql,
                                const FdDbValue  *params,
                                guint             n_params,
                                gint64           *value,
                                GError          **error);

/* Runs @sql with the parameters written out after it. */
#define FD_DB_ARGS(...) \
  ((const FdDbValue[]) { __VA_ARGS__ }), \
  (guint) (sizeof ((const FdDbValue[]) { __VA_ARGS__ }) / sizeof (FdDbValue))
#define FD_DB_NO_ARGS NULL, 0

G_END_DECLS
