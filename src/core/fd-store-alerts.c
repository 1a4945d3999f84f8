/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"

/*
 * The watchlist and the alerts the staff window shows until someone
 * handles them: a visitor who declined to register (REG-6), a watchlist
 * match.  Watchlist entries hold a name and phone, and an ID number only as
 * a keyed hash.
 */

/* The alert, and its message to security and reception, in the caller's
 * transaction. */
static gboolean
add_alert_id_locked (FdStore     *self,
                     const char  *kind,
                     gint64       visit_id,
                     const char  *detail,
                     gint64      *id,
                     GError     **error)
{
  return fd_db_query_int (self->db,
                          "INSERT INTO alerts (kind, visit_id, detail, created_ms) VALUES (?, ?, ?, ?) "
                          "RETURNING id",
                          FD_DB_ARGS (FD_DB_S (kind), visit_id > 0 ? FD_DB_I (visit_id) : FD_DB_S (NULL),
                                      FD_DB_SN (detail), FD_DB_I (fd_store_now_ms (self))),
                          id, error) &&
         fd_store_enqueue_staff_alert_locked (self, kind, visit_id, detail, error);
}

gboolean
fd_store_add_alert_locked (FdStore     *self,
                           const char  *kind,
                           gint64       visit_id,
                           const char  *detail,
                           GError     **error)
{
  gint64 id = 0;

  return add_alert_id_locked (self, kind, visit_id, detail, &id, error);
}


gint64
fd_store_add_alert (FdStore     *self,
                    const char  *kind,
                    gint64       visit_id,
                    const char  *detail,
                    GError     **error)
{
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (kind != NULL, 0);

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       add_alert_id_locked (self, kind, visit_id, detail, &id, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok ? id : 0;
}

static gboolean
alert_cb (FdDbRow  *row,
          gpointer  user_data)
{
  GPtrArray *alerts = user_data;
  FdAlert *alert = g_new0 (FdAlert, 1);

  alert->id = fd_db_row_int (row, 0);
  alert->kind = fd_db_row_dup (row, 1);
  alert->visit_id = fd_db_row_int (row, 2);
  alert->detail = fd_db_row_dup (row, 3);
  alert->created_ms = fd_db_row_int (row, 4);
  alert->visitor = fd_db_row_dup (row, 5);
  g_ptr_array_add (alerts, alert);
  return TRUE;
}

/**
 * fd_store_list_open_alerts:
 *
 * Returns: (transfer container) (element-type FdAlert): alerts nobody has
 *   handled yet, oldest first.
 */
GPtrArray *
fd_store_list_open_alerts (FdStore          *self,
                           const FdSession  *session,
                           GError          **error)
{
  g_autoptr(GPtrArray) alerts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_alert_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "alerts.list", error))
    return NULL;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT a.id, a.kind, a.visit_id, a.detail, a.created_ms, v.name "
                   "FROM alerts a LEFT JOIN visits v ON v.id = a.visit_id "
                   "WHERE a.handled_ms IS NULL ORDER BY a.created_ms, a.id",
                   FD_DB_NO_ARGS, alert_cb, alerts, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&alerts) : NULL;
}

gboolean
fd_store_handle_alert (FdStore          *self,
                       const FdSession  *session,
                       gint64            alert_id,
                       GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("alert:%" G_GINT64_FORMAT, alert_id);
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "alert.handle", &actor, error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db,
                   "UPDATE alerts SET handled_ms = ?, handled_by = ? WHERE id = ? AND handled_ms IS NULL",
                   FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_S (actor), FD_DB_I (alert_id)),
                   NULL, NULL, error) &&
       fd_store_audit_locked (self, actor, "alert.handle", subject, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_add_watch:
 * @name: (nullable): matched together with @phone
 * @phone: (nullable): normalised like a visitor's phone
 * @id_number: (nullable): stored only as a keyed hash
 * @reason: why, for the staff alert
 *
 * Returns: the entry's id, or 0 with @error set.
 */
gint64
fd_store_add_watch (FdStore          *self,
                    const FdSession  *session,
                    const char       *name,
                    const char       *phone,
                    const char       *id_number,
                    const char       *reason,
                    GError          **error)
{
  g_autofree char *clean_name = NULL;
  g_autofree char *clean_phone = NULL;
  g_autofree char *clean_id = NULL;
  g_autofree char *id_hash = NULL;
  g_autofree char *subject = NULL;
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (reason != NULL, 0);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "watchlist.add", error))
    return 0;

  fd_text_normalize (name, FD_MAX_NAME, &clean_name);
  if (phone != NULL && fd_validate_phone (phone, &clean_phone) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Not a phone number");
      return 0;
    }
  if (id_number != NULL)
    {
      if (fd_validate_id_number (id_number, &clean_id) != FD_INVALID_NONE)
        fd_text_normalize (id_number, 40, &clean_id);
      if (self->secret == NULL || clean_id == NULL)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION,
                               "ID numbers cannot be stored without the station key");
          return 0;
        }
      id_hash = fd_secret_hash (self->secret, clean_id);
    }
  if (id_hash == NULL && (clean_name == NULL || clean_phone == NULL))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           "A watchlist entry needs a name and phone, or an ID number");
      return 0;
    }

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "INSERT INTO watchlist (name, phone, id_hash, reason, created_by, created_ms) "
                        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_SN (clean_name), FD_DB_SN (clean_phone), FD_DB_SN (id_hash),
                                    FD_DB_S (reason), FD_DB_S (fd_session_get_username (session)),
                                    FD_DB_I (fd_store_now_ms (self))),
                        &id, error);
  if (ok)
    {
      subject = g_strdup_printf ("watchlist:%" G_GINT64_FORMAT, id);
      ok = fd_store_audit_locked (self, fd_session_get_username (session), "watchlist.add", subject, NULL, error) &&
           fd_db_commit (self->db, error);
    }
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  return id;
}
