/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"

/*
 * Login throttling, for the staff login, the kiosk's exit page and
 * frontdeskctl alike.  Each attempt counts as a failure before the password
 * is checked, so attempts made in parallel are counted too; a login that
 * succeeds takes its count back.
 *
 * - Per account (in the database, so every station and frontdeskctl share
 *   it): after ACCOUNT_FREE failures in a row the name is locked for 30 s,
 *   doubling with each further failure up to an hour.  The name is kept
 *   only as a hash: an unknown name (or a password typed into the name
 *   field) is throttled the same way without being written down.
 * - Per station (this process): more than STATION_FREE failures within
 *   five minutes, whatever the names, lock the station's logins likewise.
 *
 * The start of a lock goes to the audit log; administrators see locked
 * accounts in the staff list and can unlock them (fd_store_unlock_staff).
 */

#define ACCOUNT_FREE     4
#define STATION_FREE     10
#define FIRST_LOCK_MS    (30 * 1000)
#define ACCOUNT_MAX_MS   (60 * 60 * 1000)
#define STATION_MAX_MS   (5 * 60 * 1000)
#define STATION_WINDOW   (5 * 60 * 1000)

/* A lock of 30 s doubled for each failure past @free, at most @max_ms. */
static gint64
lock_ms (gint64 failures,
         gint64 free,
         gint64 max_ms)
{
  gint64 ms = FIRST_LOCK_MS;

  if (failures <= free)
    return 0;
  for (gint64 i = free + 1; i < failures && ms < max_ms; i++)
    ms *= 2;
  return MIN (ms, max_ms);
}

/* The key under which @username's failures are counted. */
static char *
throttle_key (const char *username)
{
  g_autofree char *folded = g_utf8_casefold (username, -1);

  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, folded, -1);
}

static gboolean
row_cb (FdDbRow  *row,
        gpointer  user_data)
{
  gint64 *values = user_data;

  values[0] = fd_db_row_int (row, 0);
  values[1] = fd_db_row_int (row, 1);
  return FALSE;
}

static void
set_locked (GError **error)
{
  g_set_error_literal (error, FD_ERROR, FD_ERROR_LOCKED,
                       N_("Too many wrong attempts: logins are paused for a while. Try again later, or ask an administrator."));
}

/**
 * fd_store_throttle_begin:
 * @failures: (out): the failures in a row for @username, this one counted
 *
 * Returns: %FALSE with FD_ERROR_LOCKED when logins for @username, or on
 *   this station, are paused; otherwise %TRUE, with this attempt already
 *   counted as a failure.
 */
gboolean
fd_store_throttle_begin (FdStore     *self,
                         const char  *username,
                         gint64      *failures,
                         GError     **error)
{
  g_autofree char *key = throttle_key (username);
  gint64 now = fd_store_now_ms (self);
  gint64 row[2] = { 0, 0 };  /* failures, locked until */
  gint64 until;
  gboolean ok;

  STORE_LOCK (self);
  if (now < self->station_locked_until_ms)
    {
      STORE_UNLOCK (self);
      set_locked (error);
      return FALSE;
    }
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db, "SELECT failures, locked_until_ms FROM login_throttle WHERE key = ?",
                   FD_DB_ARGS (FD_DB_S (key)), row_cb, row, error);
  if (ok && now < row[1])
    {
      fd_db_rollback (self->db);
      STORE_UNLOCK (self);
      set_locked (error);
      return FALSE;
    }
  *failures = row[0] + 1;
  until = *failures > ACCOUNT_FREE ? now + lock_ms (*failures, ACCOUNT_FREE, ACCOUNT_MAX_MS) : 0;
  ok = ok &&
       fd_db_exec (self->db,
                   "INSERT INTO login_throttle (key, failures, locked_until_ms, last_ms) VALUES (?, ?, ?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
                   "locked_until_ms = excluded.locked_until_ms, last_ms = excluded.last_ms",
                   FD_DB_ARGS (FD_DB_S (key), FD_DB_I (*failures), FD_DB_I (until), FD_DB_I (now)), NULL, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);

  if (now - self->station_window_start_ms > STATION_WINDOW)
    {
      self->station_window_start_ms = now;
      self->station_failures = 0;
    }
  self->station_failures++;
  if (self->station_failures > STATION_FREE)
    self->station_locked_until_ms = now + lock_ms (self->station_failures, STATION_FREE, STATION_MAX_MS);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_throttle_end:
 * @failures: what fd_store_throttle_begin() counted
 * @success: the password was right: the attempt is not a failure
 * @audit_name: (nullable): the account, for the audit log when a lock
 *   starts; %NULL for a name that has no account
 */
void
fd_store_throttle_end (FdStore     *self,
                       const char  *username,
                       gint64       failures,
                       const char  *audit_name,
                       gboolean     success)
{
  g_autofree char *key = throttle_key (username);

  STORE_LOCK (self);
  if (success)
    {
      fd_db_exec (self->db, "DELETE FROM login_throttle WHERE key = ?", FD_DB_ARGS (FD_DB_S (key)), NULL, NULL, NULL);
      if (self->station_failures > 0)
        self->station_failures--;
      STORE_UNLOCK (self);
      return;
    }
  if (failures == ACCOUNT_FREE + 1)
    fd_store_audit_locked (self, "system", "login.locked", audit_name != NULL ? audit_name : "(unknown name)",
                           NULL, NULL);
  if (self->station_failures == STATION_FREE + 1)
    fd_store_audit_locked (self, "system", "login.station-locked", NULL, NULL, NULL);
  STORE_UNLOCK (self);
}

/**
 * fd_store_staff_locked_until:
 *
 * Returns: until when (Unix ms) logins as @username are paused; 0 when
 *   they are not.
 */
gint64
fd_store_staff_locked_until (FdStore    *self,
                             const char *username)
{
  g_autofree char *key = throttle_key (username);
  gint64 until = 0;

  STORE_LOCK (self);
  fd_db_query_int (self->db, "SELECT locked_until_ms FROM login_throttle WHERE key = ?",
                   FD_DB_ARGS (FD_DB_S (key)), &until, NULL);
  STORE_UNLOCK (self);
  return until > fd_store_now_ms (self) ? until : 0;
}

/**
 * fd_store_unlock_staff:
 * @session: an administrator's
 *
 * Lets @username log in again at once; audited.
 */
gboolean
fd_store_unlock_staff (FdStore          *self,
                       const FdSession  *session,
                       const char       *username,
                       GError          **error)
{
  g_autofree char *key = throttle_key (username);
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "staff.unlock", error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "DELETE FROM login_throttle WHERE key = ?", FD_DB_ARGS (FD_DB_S (key)), NULL, NULL,
                   error) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "staff.unlock", username, NULL, error);
  STORE_UNLOCK (self);
  return ok;
}
