/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"

/*
 * The audit log is tamper-evident: every entry carries fd_audit_chain()
 * over the entry before it and its own fields, written in the same
 * statement as the entry (fd_store_audit_locked).  Whoever edits or
 * deletes an entry with a database tool breaks the chain from there on,
 * and fd_store_verify_audit() names the first entry that does not match.
 * (Someone who also recomputes every later value is not caught by the
 * chain alone: the daily exports and backups hold earlier values.)
 */

typedef struct {
  gint64  id;
  gint64  at_ms;
  char   *actor;
  char   *action;
  char   *subject;
  char   *detail;
  char   *chain;
} Entry;

static void
entry_clear (Entry *entry)
{
  g_free (entry->actor);
  g_free (entry->action);
  g_free (entry->subject);
  g_free (entry->detail);
  g_free (entry->chain);
}

static void
entry_read (FdDbRow *row,
            Entry   *entry)
{
  entry->id = fd_db_row_int (row, 0);
  entry->at_ms = fd_db_row_int (row, 1);
  /* NULL stays NULL: the chain tells a missing subject from an empty one. */
  entry->actor = g_strdup (fd_db_row_text (row, 2));
  entry->action = g_strdup (fd_db_row_text (row, 3));
  entry->subject = g_strdup (fd_db_row_text (row, 4));
  entry->detail = g_strdup (fd_db_row_text (row, 5));
  entry->chain = g_strdup (fd_db_row_text (row, 6));
}

#define ENTRY_COLUMNS "id, at_ms, actor, action, subject, detail, chain"

static gboolean
collect_cb (FdDbRow  *row,
            gpointer  user_data)
{
  Entry entry = { 0 };

  entry_read (row, &entry);
  g_array_append_val (user_data, entry);
  return TRUE;
}

/* Gives the entries written before the chain existed their values, in
 * order.  Only the oldest entries can lack one (every entry since the
 * migration carries its value), so looking at the first entry is enough:
 * opening the store never scans the log. */
gboolean
fd_store_seal_audit (FdStore  *self,
                     GError  **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_autofree char *previous = NULL;
  gint64 unsealed = 0;
  gboolean ok;

  g_array_set_clear_func (entries, (GDestroyNotify) entry_clear);
  STORE_LOCK (self);
  ok = fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM audit_log WHERE id = (SELECT MIN(id) FROM audit_log) AND chain IS NULL",
                        FD_DB_NO_ARGS, &unsealed, error);
  if (!ok || unsealed == 0)
    {
      STORE_UNLOCK (self);
      return ok;
    }
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db, "SELECT " ENTRY_COLUMNS " FROM audit_log ORDER BY id", FD_DB_NO_ARGS, collect_cb,
                   entries, error);
  for (guint i = 0; ok && i < entries->len; i++)
    {
      Entry *entry = &g_array_index (entries, Entry, i);

      if (entry->chain == NULL)
        {
          entry->chain = fd_audit_chain (previous, entry->at_ms, entry->actor, entry->action, entry->subject,
                                         entry->detail);
          ok = fd_db_exec (self->db, "UPDATE audit_log SET chain = ? WHERE id = ?",
                           FD_DB_ARGS (FD_DB_S (entry->chain), FD_DB_I (entry->id)), NULL, NULL, error);
        }
      g_free (previous);
      previous = g_strdup (entry->chain);
    }
  ok = ok && fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

typedef struct {
  char   *previous;
  gint64  checked;
  gint64  broken;   /* the first entry that does not match; 0: none */
} Walk;

static gboolean
verify_cb (FdDbRow  *row,
           gpointer  user_data)
{
  Walk *walk = user_data;
  Entry entry = { 0 };
  g_autofree char *expected = NULL;

  entry_read (row, &entry);
  expected = fd_audit_chain (walk->previous, entry.at_ms, entry.actor, entry.action, entry.subject, entry.detail);
  walk->checked++;
  if (g_strcmp0 (expected, entry.chain) != 0)
    walk->broken = entry.id;
  g_free (walk->previous);
  walk->previous = g_strdup (entry.chain);
  entry_clear (&entry);
  return walk->broken == 0;
}

/**
 * fd_store_verify_audit:
 * @session: security's or an administrator's
 * @checked: (out) (optional): how many entries were checked
 * @broken: (out): the id of the first entry whose chain value does not
 *   match, 0 when the whole log is intact
 *
 * Returns: %FALSE only when the check could not run.
 */
gboolean
fd_store_verify_audit (FdStore          *self,
                       const FdSession  *session,
                       gint64           *checked,
                       gint64           *broken,
                       GError          **error)
{
  Walk walk = { NULL, 0, 0 };
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (broken != NULL, FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "audit.verify", error))
    return FALSE;
  /* After a purge of old entries, the chain goes on from the value of
   * the last one removed. */
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT value FROM settings WHERE key = 'audit_anchor'", FD_DB_NO_ARGS,
                   fd_store_first_text_cb, &walk.previous, error) &&
       fd_db_exec (self->db, "SELECT " ENTRY_COLUMNS " FROM audit_log ORDER BY id", FD_DB_NO_ARGS, verify_cb, &walk,
                   error);
  STORE_UNLOCK (self);
  g_free (walk.previous);
  if (checked != NULL)
    *checked = walk.checked;
  *broken = walk.broken;
  return ok;
}
