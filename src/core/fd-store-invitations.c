/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include <sodium.h>

#include "fd-error.h"

/*
 * Invitations: a visitor registered in advance for one day.  The visitor
 * scans the invitation's QR code (or types its code) at the kiosk and, after
 * one tap to confirm, is on site with a badge.  An invitation is used once.
 */

/* No 0/O, 1/I/L: a code is read aloud and typed by people. */
static const char code_alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

#define CODE_LENGTH 8
#define INVITATION_COLUMNS \
  "i.id, i.code, i.state, i.name, i.phone, i.company, i.purpose, i.host_id, h.name, " \
  "h.department, h.title, i.day, i.visit_id"

static char *
new_code (void)
{
  char code[CODE_LENGTH + 1];

  for (int i = 0; i < CODE_LENGTH; i++)
    code[i] = code_alphabet[randombytes_uniform (sizeof code_alphabet - 1)];
  code[CODE_LENGTH] = '\0';
  return g_strdup (code);
}

/* Accepts what a scanner types ("FDI1-K7M2Q9XP") or what a person types
 * ("k7m2 q9xp"); returns the bare upper-case code or NULL. */
char *
fd_invitation_code_clean (const char *text)
{
  GString *out = g_string_new (NULL);

  if (text == NULL)
    text = "";
  if (g_str_has_prefix (text, "FDI1-"))
    text += 5;
  for (; *text != '\0'; text++)
    {
      char c = g_ascii_toupper (*text);

      if (c == ' ' || c == '-')
        continue;
      if (strchr (code_alphabet, c) == NULL)
        {
          g_string_free (out, TRUE);
          return NULL;
        }
      g_string_append_c (out, c);
    }
  if (out->len != CODE_LENGTH)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

/* Today as YYYY-MM-DD in local time, by the store's clock. */
char *
fd_store_today (FdStore *self)
{
  return fd_format_local_time (fd_store_now_ms (self), "%Y-%m-%d");
}

/**
 * fd_store_add_invitation:
 * @reg: the visitor and host; visit time is not used
 * @day: the day the invitation is for, YYYY-MM-DD
 * @code: (out): the code the visitor will scan or type
 *
 * Returns: the invitation's id, or 0 with @error set.
 */
gint64
fd_store_add_invitation (FdStore          *self,
                         const FdSession  *session,
                         FdRegistration   *reg,
                         const char       *day,
                         char            **code,
                         GError          **error)
{
  g_autofree char *fresh = new_code ();
  const char *actor;
  FdField field;
  FdInvalid problem;
  gint64 now = fd_store_now_ms (self);
  gint64 id = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (day != NULL && code != NULL, 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "invitation.add", &actor, error))
    return 0;
  reg->visit_ms = now;
  if (!fd_registration_normalize (reg, &field, &problem))
    {
      g_autofree char *message = fd_invalid_message (field, problem, FD_LANG_EN);

      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, message);
      return 0;
    }
  if (!g_regex_match_simple ("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", day, 0, 0) ||
      !g_date_valid_dmy ((GDateDay) g_ascii_strtoull (day + 8, NULL, 10),
                         (GDateMonth) g_ascii_strtoull (day + 5, NULL, 10),
                         (GDateYear) g_ascii_strtoull (day, NULL, 10)))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A day is written YYYY-MM-DD");
      return 0;
    }
  {
    g_autofree char *today = fd_store_today (self);

    /* ISO days compare as text. */
    if (strcmp (day, today) < 0)
      {
        g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The day has passed");
        return 0;
      }
  }

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "INSERT INTO invitations (code, name, phone, company, purpose, host_id, day, "
                        "created_by, created_ms, updated_ms, site) "
                        "SELECT ?, ?, ?, ?, ?, id, ?, ?, ?, ?, site FROM hosts WHERE id = ? AND active = 1 "
                        "RETURNING id",
                        FD_DB_ARGS (FD_DB_S (fresh), FD_DB_S (reg->name), FD_DB_S (reg->phone),
                                    FD_DB_SN (reg->company), FD_DB_S (reg->purpose), FD_DB_S (day),
                                    FD_DB_S (actor), FD_DB_I (now),
                                    FD_DB_I (now), FD_DB_I (reg->host_id)),
                        &id, error);
  if (ok && id == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No active host %" G_GINT64_FORMAT, reg->host_id);
      ok = FALSE;
    }
  /* The host hears the code, to pass on to their visitor. */
  ok = ok &&
       fd_store_enqueue_invitation_locked (self, reg->host_id, reg->name, day, fresh, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  if (id != 0)
    *code = g_steal_pointer (&fresh);
  return id;
}

static gboolean
invitation_cb (FdDbRow  *row,
               gpointer  user_data)
{
  FdInvitation **out = user_data;
  FdInvitation *invitation = g_new0 (FdInvitation, 1);
  const char *state = fd_db_row_text (row, 2);

  invitation->id = fd_db_row_int (row, 0);
  invitation->code = fd_db_row_dup (row, 1);
  invitation->state = g_strcmp0 (state, "used") == 0 ? FD_INVITATION_USED
                      : g_strcmp0 (state, "cancelled") == 0 ? FD_INVITATION_CANCELLED
                      : FD_INVITATION_OPEN;
  invitation->name = fd_db_row_dup (row, 3);
  invitation->phone = fd_db_row_dup (row, 4);
  invitation->company = fd_db_row_dup (row, 5);
  invitation->purpose = fd_db_row_dup (row, 6);
  invitation->host_id = fd_db_row_int (row, 7);
  invitation->host_name = fd_db_row_dup (row, 8);
  invitation->host_department = fd_db_row_dup (row, 9);
  invitation->host_title = fd_db_row_dup (row, 10);
  invitation->day = fd_db_row_dup (row, 11);
  invitation->visit_id = fd_db_row_int (row, 12);
  *out = invitation;
  return FALSE;
}

/**
 * fd_store_find_invitation:
 * @code: as scanned or typed
 *
 * Returns: (transfer full): the invitation in whatever state it is, or
 *   FD_ERROR_NOT_FOUND.
 */
FdInvitation *
fd_store_find_invitation (FdStore     *self,
                          const char  *code,
                          GError     **error)
{
  g_autofree char *clean = fd_invitation_code_clean (code);
  FdInvitation *invitation = NULL;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (clean == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "Not an invitation code");
      return NULL;
    }
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " INVITATION_COLUMNS " FROM invitations i JOIN hosts h ON h.id = i.host_id "
                   "WHERE i.code = ? AND i.site = ?",
                   FD_DB_ARGS (FD_DB_S (clean), FD_DB_S (fd_store_get_station_site (self))),
                   invitation_cb, &invitation, error);
  STORE_UNLOCK (self);
  if (ok && invitation == NULL)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No such invitation");
  return invitation;
}

/**
 * fd_store_check_in_invitation:
 * @code: as scanned or typed
 *
 * Turns an open invitation for today into a visit on site now, and marks it
 * used, in one transaction.
 *
 * Returns: the visit's id; 0 with FD_ERROR_NOT_FOUND (unknown code) or
 *   FD_ERROR_STATE (used, cancelled, or for another day).
 */
gint64
fd_store_check_in_invitation (FdStore     *self,
                              const char  *code,
                              GError     **error)
{
  g_autoptr(FdInvitation) invitation = fd_store_find_invitation (self, code, error);
  g_autoptr(FdRegistration) reg = NULL;
  g_autofree char *today = NULL;
  gint64 used = 0;
  gint64 id = 0;

  if (invitation == NULL)
    return 0;
  today = fd_store_today (self);
  if (invitation->state != FD_INVITATION_OPEN || g_strcmp0 (invitation->day, today) != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "The invitation cannot be used now");
      return 0;
    }

  reg = fd_registration_new ();
  reg->name = g_strdup (invitation->name);
  reg->phone = g_strdup (invitation->phone);
  reg->company = g_strdup (invitation->company);
  reg->purpose = g_strdup (invitation->purpose);
  reg->host_id = invitation->host_id;
  reg->visit_ms = fd_store_now_ms (self);

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;
  /* Marking it used first, conditionally, makes a second kiosk scanning the
   * same code at the same moment fail here. */
  if (!fd_db_query_int (self->db,
                        "UPDATE invitations SET state = 'used', updated_ms = ? "
                        "WHERE id = ? AND state = 'open' RETURNING id",
                        FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (invitation->id)),
                        &used, error))
    goto fail;
  if (used == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "The invitation was used already");
      goto fail;
    }
  id = fd_store_add_visit_locked (self, reg, invitation->id, error);
  if (id == 0)
    goto fail;
  if (!fd_db_exec (self->db, "UPDATE invitations SET visit_id = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (id), FD_DB_I (invitation->id)), NULL, NULL, error) ||
      !fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return id;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return 0;
}

static gboolean
invitation_list_cb (FdDbRow  *row,
                    gpointer  user_data)
{
  FdInvitation *invitation = NULL;

  invitation_cb (row, &invitation);
  g_ptr_array_add (user_data, invitation);
  return TRUE;
}

/**
 * fd_store_list_invitations:
 * @day: YYYY-MM-DD
 *
 * Returns: (transfer container) (element-type FdInvitation): the open
 *   invitations for @day at the site @session looks at: who is expected
 *   and has not come yet.
 */
GPtrArray *
fd_store_list_invitations (FdStore          *self,
                           const FdSession  *session,
                           const char       *day,
                           GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_invitation_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (day != NULL, NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "invitations.list", error))
    return NULL;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " INVITATION_COLUMNS " FROM invitations i JOIN hosts h ON h.id = i.host_id "
                   "WHERE i.day = ? AND i.state = 'open' AND (i.site = ? OR ? = '') ORDER BY i.created_ms, i.id",
                   FD_DB_ARGS (FD_DB_S (day), FD_DB_S (fd_session_get_site (session)),
                               FD_DB_S (fd_session_get_site (session))),
                   invitation_list_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/**
 * fd_store_list_upcoming_invitations:
 * @from_day: YYYY-MM-DD, usually today
 *
 * Returns: (transfer container) (element-type FdInvitation): the open
 *   invitations from @from_day on, soonest first, at most 200: what the
 *   reception page lists as upcoming, each with its code and a Cancel.
 */
GPtrArray *
fd_store_list_upcoming_invitations (FdStore          *self,
                                    const FdSession  *session,
                                    const char       *from_day,
                                    GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_invitation_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail (from_day != NULL, NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "invitations.list", error))
    return NULL;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " INVITATION_COLUMNS " FROM invitations i JOIN hosts h ON h.id = i.host_id "
                   "WHERE i.day >= ? AND i.state = 'open' AND (i.site = ? OR ? = '') "
                   "ORDER BY i.day, i.created_ms, i.id LIMIT 200",
                   FD_DB_ARGS (FD_DB_S (from_day), FD_DB_S (fd_session_get_site (session)),
                               FD_DB_S (fd_session_get_site (session))),
                   invitation_list_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}
