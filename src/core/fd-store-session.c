/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <sodium.h>
#include <string.h>

#include "fd-error.h"

/*
 * Who is at the staff window, and what their role lets them do.  A session
 * exists only after a login that passed; every operation beyond the kiosk's
 * takes one, and the core refuses (and logs) what the role does not allow.
 * Hiding a button is not a check.
 */

struct _FdSession
{
  char     *username;
  char     *display_name;
  FdRole    role;     /* at login; the core checks the account's current one */
  gboolean  station;  /* the station itself (housekeeping), not an account */
  char     *site;     /* the site whose lists they see; "": every site */
};

void
fd_session_free (FdSession *session)
{
  if (session == NULL)
    return;
  g_free (session->username);
  g_free (session->display_name);
  g_free (session->site);
  g_free (session);
}

/**
 * fd_session_copy:
 * @session: (nullable)
 *
 * Returns: (transfer full) (nullable): a copy, for a worker thread.
 */
FdSession *
fd_session_copy (const FdSession *session)
{
  FdSession *copy;

  if (session == NULL)
    return NULL;
  copy = g_new0 (FdSession, 1);
  copy->username = g_strdup (session->username);
  copy->display_name = g_strdup (session->display_name);
  copy->role = session->role;
  copy->station = session->station;
  copy->site = g_strdup (session->site);
  return copy;
}

const char *
fd_session_get_username (const FdSession *session)
{
  return session->username;
}

const char *
fd_session_get_display_name (const FdSession *session)
{
  return session->display_name;
}

FdRole
fd_session_get_role (const FdSession *session)
{
  return session->role;
}

/**
 * fd_session_get_site:
 *
 * Returns: the site whose visitors, hosts and invitations @session lists
 *   (fd-store-sites.c), or "" for every site.
 */
const char *
fd_session_get_site (const FdSession *session)
{
  return session != NULL && session->site != NULL ? session->site : "";
}

/**
 * fd_session_set_site:
 * @site: a site's code, or "" for every site
 *
 * Narrows what security or an administrator sees to one site, or widens
 * it to all.  A receptionist stays at the lobby they logged in at.
 *
 * Returns: whether the view changed to @site.
 */
gboolean
fd_session_set_site (FdSession  *session,
                     const char *site)
{
  g_return_val_if_fail (session != NULL && site != NULL, FALSE);

  if (session->role == FD_ROLE_RECEPTIONIST)
    return g_strcmp0 (session->site, site) == 0;
  g_free (session->site);
  session->site = g_strdup (site);
  return TRUE;
}

/* Reception's work is every staff member's; security adds the watchlist,
 * ID numbers, the audit log and exports; only an administrator manages
 * staff, hosts, settings and purging. */
gboolean
fd_session_allows (const FdSession *session,
                   FdPermission     permission)
{
  if (session == NULL)
    return FALSE;
  switch (permission)
    {
    case FD_PERMISSION_RECEPTION:
      return TRUE;
    case FD_PERMISSION_SECURITY:
      return session->role == FD_ROLE_SECURITY || session->role == FD_ROLE_ADMIN;
    case FD_PERMISSION_ADMIN:
    default:
      return session->role == FD_ROLE_ADMIN;
    }
}

static const char *
permission_name (FdPermission permission)
{
  switch (permission)
    {
    case FD_PERMISSION_RECEPTION:
      return "reception";
    case FD_PERMISSION_SECURITY:
      return "security";
    case FD_PERMISSION_ADMIN:
    default:
      return "admin";
    }
}

/**
 * fd_store_check_permission:
 * @session: (nullable): who asks; %NULL is the unauthenticated kiosk
 * @action: what they asked for, for the audit log
 *
 * Returns: %TRUE when @session's role allows @permission; otherwise
 *   FD_ERROR_PERMISSION, and the refusal is in the audit log.
 */
gboolean
fd_store_check_permission (FdStore          *self,
                           const FdSession  *session,
                           FdPermission      permission,
                           const char       *action,
                           GError          **error)
{
  FdSession current;
  g_autofree char *role_text = NULL;
  gint64 active = 0;

  /* The account as it is now: deactivated since the login, it may do
   * nothing; with another role, what that role may. */
  if (session != NULL && !session->station)
    {
      gboolean read;

      current = *session;
      STORE_LOCK (self);
      read = fd_db_exec (self->db, "SELECT role FROM staff WHERE username = ? AND active = 1",
                         FD_DB_ARGS (FD_DB_S (session->username)), fd_store_first_text_cb, &role_text, error);
      STORE_UNLOCK (self);
      /* The account cannot be read (the database server does not
       * answer): refused, for that reason. */
      if (!read)
        return FALSE;
      active = role_text != NULL && fd_role_from_string (role_text, &current.role);
      if (!active)
        {
          fd_store_audit (self, session->username, "denied", action, "inactive", NULL);
          g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "The account %s is no longer active", session->username);
          return FALSE;
        }
      session = &current;
    }
  if (fd_session_allows (session, permission))
    return TRUE;

  fd_store_audit (self, session != NULL ? session->username : "kiosk", "denied", action,
                  permission_name (permission), NULL);
  if (session == NULL)
    g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "“%s” needs a staff login", action);
  else
    g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "The %s role may not do “%s”",
                 fd_role_to_string (session->role), action);
  return FALSE;
}

/**
 * fd_store_login:
 *
 * Returns: (transfer full): a session for @username, or %NULL with
 *   FD_ERROR_PERMISSION (the same message whatever was wrong).
 */
FdSession *
fd_store_login (FdStore     *self,
                const char  *username,
                const char  *secret,
                GError     **error)
{
  FdSession *session;
  FdRole role;
  char *display_name = NULL;

  if (!fd_store_authenticate_staff (self, username, secret, &role, error))
    return NULL;
  STORE_LOCK (self);
  fd_db_exec (self->db, "SELECT display_name FROM staff WHERE username = ?",
              FD_DB_ARGS (FD_DB_S (username)), fd_store_first_text_cb, &display_name, NULL);
  STORE_UNLOCK (self);

  session = g_new0 (FdSession, 1);
  session->username = g_strdup (username);
  session->display_name = display_name != NULL ? display_name : g_strdup (username);
  session->role = role;
  /* A receptionist works at this station's lobby; security and
   * administrators look after every site and may narrow it down. */
  session->site = g_strdup (role == FD_ROLE_RECEPTIONIST ? fd_store_get_station_site (self) : "");
  return session;
}

/**
 * fd_store_check_actor:
 * @session: (nullable): who asks; %NULL is the kiosk
 * @kiosk_may: whether the kiosk (no session) may do this too
 * @actor: (out): the name for the audit log: the staff member or "kiosk"
 *
 * The check at the start of an operation that the kiosk may share with
 * the staff: a visitor checks out with their own badge or drops it into
 * the return box.
 */
gboolean
fd_store_check_actor (FdStore          *self,
                      const FdSession  *session,
                      FdPermission      permission,
                      gboolean          kiosk_may,
                      const char       *action,
                      const char      **actor,
                      GError          **error)
{
  *actor = session != NULL ? session->username : "kiosk";
  if (session == NULL && kiosk_may)
    return TRUE;
  return fd_store_check_permission (self, session, permission, action, error);
}

/**
 * fd_store_check_kiosk_exit:
 *
 * A staff member asks to leave kiosk mode.  The site setting
 * kiosk_exit_roles names the lowest role that may ("security" by default:
 * security officers and administrators; "admin"; or "receptionist" for
 * everyone).  Refusals are audited.
 *
 * Returns: %TRUE when @username's password is right and their role may.
 */
gboolean
fd_store_check_kiosk_exit (FdStore     *self,
                           const char  *username,
                           const char  *secret,
                           GError     **error)
{
  g_autofree char *lowest = fd_store_get_setting (self, "kiosk_exit_roles", "security");
  FdRole role, needed = FD_ROLE_SECURITY;

  if (!fd_store_authenticate_staff (self, username, secret, &role, error))
    return FALSE;
  fd_role_from_string (lowest, &needed);
  if (role >= needed)
    return fd_store_audit (self, username, "kiosk.exit", NULL, NULL, error);
  fd_store_audit (self, username, "denied", "kiosk.exit", fd_role_to_string (needed), NULL);
  g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION, FD_KIOSK_EXIT_REFUSED);
  return FALSE;
}

/* The station itself, for housekeeping the site set up (daily export,
 * purge): an administrator's rights under the name "system". */
FdSession *
fd_session_new_system (void)
{
  FdSession *session = g_new0 (FdSession, 1);

  session->username = g_strdup ("system");
  session->display_name = g_strdup ("system");
  session->role = FD_ROLE_ADMIN;
  session->station = TRUE;
  session->site = g_strdup ("");
  return session;
}

/**
 * fd_store_count_staff:
 *
 * Returns: how many active staff accounts exist; 0 on a first run, when
 *   the first administrator may be created without a login.
 */
gint64
fd_store_count_staff (FdStore *self)
{
  gint64 n = 0;

  STORE_LOCK (self);
  fd_db_query_int (self->db, "SELECT COUNT(*) FROM staff WHERE active = 1", FD_DB_NO_ARGS, &n, NULL);
  STORE_UNLOCK (self);
  return n;
}
