/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"

/*
 * Stations: every running kiosk and staff window says it is alive
 * (fd_store_station_alive) every FD_STATION_BEAT_SECONDS, off the main
 * loop; the staff window lists them, and one not heard of for three beats
 * is offline since the last time it was.  A station's row is its name,
 * from the station file.
 */

void
fd_station_free (FdStation *station)
{
  if (station == NULL)
    return;
  g_free (station->name);
  g_free (station->role);
  g_free (station->site);
  g_free (station);
}

/**
 * fd_store_station_alive:
 * @name: the station's name
 * @role: "kiosk", "staff" or "both"
 * @starting: whether the station has just started
 *
 * Records that station @name runs now, at this station's site.
 */
gboolean
fd_store_station_alive (FdStore     *self,
                        const char  *name,
                        const char  *role,
                        gboolean     starting,
                        GError     **error)
{
  gint64 now = fd_store_now_ms (self);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (name != NULL && role != NULL, FALSE);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "INSERT INTO stations (name, role, started_ms, seen_ms, site) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (name) DO UPDATE SET role = excluded.role, seen_ms = excluded.seen_ms, "
                   "site = excluded.site, "
                   "started_ms = CASE WHEN ? = 1 THEN excluded.started_ms ELSE stations.started_ms END",
                   FD_DB_ARGS (FD_DB_S (name), FD_DB_S (role), FD_DB_I (now), FD_DB_I (now),
                               FD_DB_S (fd_store_get_station_site (self)), FD_DB_I (starting)),
                   NULL, NULL, error);
  STORE_UNLOCK (self);
  return ok;
}

typedef struct {
  GPtrArray *stations;
  gint64     now;
} ListStations;

static gboolean
station_cb (FdDbRow  *row,
            gpointer  user_data)
{
  ListStations *list = user_data;
  FdStation *station = g_new0 (FdStation, 1);

  station->name = fd_db_row_dup (row, 0);
  station->role = fd_db_row_dup (row, 1);
  station->started_ms = fd_db_row_int (row, 2);
  station->seen_ms = fd_db_row_int (row, 3);
  station->site = fd_db_row_dup (row, 4);
  station->online = list->now - station->seen_ms <= 3 * FD_STATION_BEAT_SECONDS * 1000;
  g_ptr_array_add (list->stations, station);
  return TRUE;
}

/**
 * fd_store_list_stations:
 * @session: a staff member's
 *
 * Returns: (transfer full) (element-type FdStation): every station of
 *   the site @session looks at that ever ran on this database, offline
 *   ones first, then by name.
 */
GPtrArray *
fd_store_list_stations (FdStore          *self,
                        const FdSession  *session,
                        GError          **error)
{
  ListStations list = { g_ptr_array_new_with_free_func ((GDestroyNotify) fd_station_free),
                        fd_store_now_ms (self) };
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "stations.list", error))
    {
      g_ptr_array_unref (list.stations);
      return NULL;
    }
  ok = fd_db_exec (fd_store_read_begin (self),
                   "SELECT name, role, started_ms, seen_ms, site FROM stations WHERE site = ? OR ? = '' "
                   "ORDER BY CASE WHEN seen_ms >= ? THEN 1 ELSE 0 END, name",
                   FD_DB_ARGS (FD_DB_S (fd_session_get_site (session)), FD_DB_S (fd_session_get_site (session)),
                               FD_DB_I (list.now - 3 * FD_STATION_BEAT_SECONDS * 1000)),
                   station_cb, &list, error);
  fd_store_read_end (self);
  if (!ok)
    {
      g_ptr_array_unref (list.stations);
      return NULL;
    }
  return list.stations;
}

/**
 * fd_store_forget_station:
 * @session: an administrator's
 *
 * Takes a station that no longer exists off the list (audited).
 */
gboolean
fd_store_forget_station (FdStore          *self,
                         const FdSession  *session,
                         const char       *name,
                         GError          **error)
{
  gint64 gone = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "station.forget", error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db, "DELETE FROM stations WHERE name = ? RETURNING 1", FD_DB_ARGS (FD_DB_S (name)),
                        &gone, error) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "station.forget", name, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  if (ok && gone == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No station is called %s", name);
      return FALSE;
    }
  return ok;
}
