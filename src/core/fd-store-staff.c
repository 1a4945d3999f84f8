/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <sodium.h>
#include <string.h>

#include "fd-error.h"

/*
 * Staff accounts.  Passwords and PINs are stored only as libsodium
 * crypto_pwhash_str hashes (argon2id, interactive limits), never in clear.
 */

static const char * const roles[] = {
  [FD_ROLE_RECEPTIONIST] = "receptionist",
  [FD_ROLE_SECURITY] = "security",
  [FD_ROLE_ADMIN] = "admin",
};

const char *
fd_role_to_string (FdRole role)
{
  g_return_val_if_fail (role <= FD_ROLE_ADMIN, NULL);
  return roles[role];
}

gboolean
fd_role_from_string (const char *text,
                     FdRole     *role)
{
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (g_strcmp0 (text, roles[i]) == 0)
      {
        *role = (FdRole) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
ensure_sodium (GError **error)
{
  if (sodium_init () < 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "libsodium cannot start");
      return FALSE;
    }
  return TRUE;
}

/* Hashes a new password or PIN (argon2id, interactive limits) into @hash;
 * FD_ERROR_INVALID when it is shorter than 4 characters. */
static gboolean
hash_secret (const char  *secret,
             char         hash[crypto_pwhash_STRBYTES],
             GError     **error)
{
  if (!ensure_sodium (error))
    return FALSE;
  if (g_utf8_strlen (secret, -1) < 4)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A password or PIN has at least 4 characters");
      return FALSE;
    }
  if (crypto_pwhash_str (hash, secret, strlen (secret), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "Out of memory while hashing");
      return FALSE;
    }
  return TRUE;
}

/**
 * fd_store_add_staff:
 * @session: (nullable): an administrator's; %NULL only on a first run,
 *   to create the first administrator
 * @username: the login name, unique
 * @display_name: the name shown in the staff window and the audit log
 * @role: what the account may do
 * @secret: a password or PIN, at least 4 characters
 *
 * Returns: the new account's id, or 0 with @error set (FD_ERROR_INVALID for
 *   a short secret or a username already taken).
 */
gint64
fd_store_add_staff (FdStore     *self,
                    FdSession   *session,
                    const char  *username,
                    const char  *display_name,
                    FdRole       role,
                    const char  *secret,
                    GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];
  gint64 id = 0;
  gboolean first_admin, ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (username != NULL && display_name != NULL && secret != NULL, 0);

  first_admin = session == NULL && role == FD_ROLE_ADMIN && fd_store_count_staff (self) == 0;
  if (!first_admin && !fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "staff.add", error))
    return 0;
  if (*username == '\0' || g_utf8_strlen (username, -1) > 64)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A user name has 1 to 64 characters");
      return 0;
    }
  if (!hash_secret (secret, hash, error))
    return 0;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "INSERT INTO staff (username, display_name, role, password_hash, created_ms) "
                        "VALUES (?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (username), FD_DB_S (display_name),
                                    FD_DB_S (fd_role_to_string (role)), FD_DB_S (hash),
                                    FD_DB_I (fd_store_now_ms (self))),
                        &id, error) &&
       fd_store_audit_locked (self, session != NULL ? fd_session_get_username (session) : "first-run",
                              "staff.add", username, fd_role_to_string (role), error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  sodium_memzero (hash, sizeof hash);
  return id;
}

typedef struct {
  char   *hash;
  char   *role;
  gint64  active;
} StaffRow;

static gboolean
staff_cb (FdDbRow  *row,
          gpointer  user_data)
{
  StaffRow *staff = user_data;

  staff->hash = fd_db_row_dup (row, 0);
  staff->role = fd_db_row_dup (row, 1);
  staff->active = fd_db_row_int (row, 2);
  return FALSE;
}

/* A hash of a random password, made with the same limits as real ones,
 * to check unknown names against. */
static gpointer
make_dummy_hash (gpointer data)
{
  char *hash = g_malloc (crypto_pwhash_STRBYTES);
  guint8 random[16];

  randombytes_buf (random, sizeof random);
  if (crypto_pwhash_str (hash, (const char *) random, sizeof random, crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    g_error ("Out of memory while hashing");
  return hash;
}

static const char *
dummy_hash (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, make_dummy_hash, NULL);
}

/**
 * fd_store_authenticate_staff:
 * @role: (out): the account's role when it returns %TRUE
 *
 * Checks a login.  Every attempt, good or bad, goes to the audit log.
 *
 * Returns: %TRUE when @username is active and @secret matches; otherwise
 *   FD_ERROR_PERMISSION, with the same message whatever was wrong.
 */
gboolean
fd_store_authenticate_staff (FdStore     *self,
                             const char  *username,
                             const char  *secret,
                             FdRole      *role,
                             GError     **error)
{
  StaffRow staff = { NULL, NULL, 0 };
  gboolean found, match = FALSE;
  gboolean known;
  gint64 failures = 0;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (username != NULL && secret != NULL && role != NULL, FALSE);

  if (!ensure_sodium (error))
    return FALSE;
  if (!fd_store_throttle_begin (self, username, &failures, error))
    return FALSE;

  STORE_LOCK (self);
  found = fd_db_exec (self->db, "SELECT password_hash, role, active FROM staff WHERE username = ?",
                      FD_DB_ARGS (FD_DB_S (username)), staff_cb, &staff, error);
  STORE_UNLOCK (self);
  if (!found)
    {
      fd_store_throttle_end (self, username, failures, NULL, FALSE);
      return FALSE;
    }

  /* An unknown name costs the same time as a known one: the answer does
   * not tell which names exist. */
  known = staff.hash != NULL;
  if (crypto_pwhash_str_verify (known ? staff.hash : dummy_hash (), secret, strlen (secret)) == 0 &&
      known && staff.active && fd_role_from_string (staff.role, role))
    match = TRUE;

  fd_store_throttle_end (self, username, failures, known ? username : NULL, match);
  /* A name that has no account is not written down: it may be a
   * password typed into the wrong field. */
  fd_store_audit (self, known ? username : "(unknown name)", match ? "staff.login" : "staff.login-failed",
                  known ? username : NULL, NULL, NULL);

  g_free (staff.hash);
  g_free (staff.role);
  if (!match)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION, "Wrong user name or password");
  return match;
}

/**
 * fd_store_set_staff_secret:
 * @username: whose password or PIN changes; anyone may change their own,
 *   an administrator anyone's
 */
gboolean
fd_store_set_staff_secret (FdStore     *self,
                           FdSession   *session,
                           const char  *username,
                           const char  *secret,
                           GError     **error)
{
  char hash[crypto_pwhash_STRBYTES];
  gint64 done = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (session == NULL || !g_str_equal (fd_session_get_username (session), username))
    if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "staff.passwd", error))
      return FALSE;
  if (!hash_secret (secret, hash, error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db, "UPDATE staff SET password_hash = ? WHERE username = ? RETURNING id",
                        FD_DB_ARGS (FD_DB_S (hash), FD_DB_S (username)), &done, error) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "staff.passwd", username, NULL, error);
  if (ok && done == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No staff account “%s”", username);
      ok = FALSE;
    }
  ok = ok && fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  sodium_memzero (hash, sizeof hash);
  return ok;
}

void
fd_staff_free (FdStaff *staff)
{
  if (staff == NULL)
    return;
  g_free (staff->username);
  g_free (staff->display_name);
  g_free (staff);
}

static gboolean
list_cb (FdDbRow  *row,
         gpointer  user_data)
{
  FdStaff *staff = g_new0 (FdStaff, 1);

  staff->username = fd_db_row_dup (row, 0);
  staff->display_name = fd_db_row_dup (row, 1);
  fd_role_from_string (fd_db_row_text (row, 2), &staff->role);
  staff->active = fd_db_row_int (row, 3) != 0;
  g_ptr_array_add (user_data, staff);
  return TRUE;
}

/**
 * fd_store_list_staff:
 *
 * Returns: (transfer container) (element-type FdStaff): every account, by
 *   user name; administrators only.
 */
GPtrArray *
fd_store_list_staff (FdStore    *self,
                     FdSession  *session,
                     GError    **error)
{
  g_autoptr(GPtrArray) staff = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_staff_free);
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "staff.list", error))
    return NULL;
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT username, display_name, role, active FROM staff ORDER BY username",
                   FD_DB_NO_ARGS, list_cb, staff, error);
  STORE_UNLOCK (self);
  for (guint i = 0; ok && i < staff->len; i++)
    {
      FdStaff *member = staff->pdata[i];

      member->locked_until_ms = fd_store_staff_locked_until (self, member->username);
    }
  return ok ? g_steal_pointer (&staff) : NULL;
}

/* Changes one account, refusing a change that would leave the site
 * without an active administrator; audited with @action.  The caller has
 * checked the permission. */
static gboolean
change_staff (FdStore          *self,
              const FdSession  *session,
              const char       *username,
              gboolean          active,
              FdRole            role,
              const char       *action,
              GError          **error)
{
  gint64 admins = 0;
  gint64 changed = 0;
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db, "UPDATE staff SET active = ?, role = ? WHERE username = ? RETURNING id",
                        FD_DB_ARGS (FD_DB_I (active ? 1 : 0), FD_DB_S (fd_role_to_string (role)), FD_DB_S (username)),
                        &changed, error) &&
       fd_db_query_int (self->db, "SELECT COUNT(*) FROM staff WHERE active = 1 AND role = 'admin'", FD_DB_NO_ARGS,
                        &admins, error);
  if (ok && changed == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, N_("There is no staff account of that name."));
      ok = FALSE;
    }
  else if (ok && admins == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_STATE, FD_LAST_ADMIN_REFUSED);
      ok = FALSE;
    }
  ok = ok && fd_store_audit_locked (self, fd_session_get_username (session), action, username,
                                    active ? fd_role_to_string (role) : "inactive", error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

static gboolean
staff_row (FdStore     *self,
           const char  *username,
           FdStaff     *out,
           GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_staff_free);
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT username, display_name, role, active FROM staff WHERE username = ?",
                   FD_DB_ARGS (FD_DB_S (username)), list_cb, found, error);
  STORE_UNLOCK (self);
  if (ok && found->len == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, N_("There is no staff account of that name."));
      return FALSE;
    }
  if (ok)
    {
      FdStaff *staff = found->pdata[0];

      out->role = staff->role;
      out->active = staff->active;
    }
  return ok;
}

/**
 * fd_store_set_staff_active:
 * @session: an administrator's
 *
 * Someone who leaves the company loses their login (and comes back with
 * it).  The last active administrator cannot be deactivated.
 */
gboolean
fd_store_set_staff_active (FdStore          *self,
                           const FdSession  *session,
                           const char       *username,
                           gboolean          active,
                           GError          **error)
{
  FdStaff staff = { 0 };

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, active ? "staff.activate" : "staff.deactivate",
                                  error) ||
      !staff_row (self, username, &staff, error))
    return FALSE;
  return change_staff (self, session, username, active, staff.role, active ? "staff.activate" : "staff.deactivate",
                       error);
}

/**
 * fd_store_set_staff_role:
 * @session: an administrator's
 *
 * Gives an account another role.  The last active administrator keeps
 * theirs.
 */
gboolean
fd_store_set_staff_role (FdStore          *self,
                         const FdSession  *session,
                         const char       *username,
                         FdRole            role,
                         GError          **error)
{
  FdStaff staff = { 0 };

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "staff.role", error) ||
      !staff_row (self, username, &staff, error))
    return FALSE;
  return change_staff (self, session, username, staff.active, role, "staff.role", error);
}
