/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-settings.h"
#include "fd-validate.h"

/*
 * What the staff window does beyond check-out: confirming an arrival whose
 * badge waits for a person (REG-3), correcting a visit (counted for KPI-2),
 * revealing a sealed ID number, hosts' active flag, site settings and the
 * watchlist.  Each takes the session of the staff member and is audited.
 */

/* Runs @sql, which must return the changed row's id, with an audit entry in
 * the same transaction; FD_ERROR_STATE (@refusal) when no row changed.
 * Visit @reindex (unless 0) gets the search terms of what it holds after
 * the change, and so do the visits to host @host when @host_name (unless
 * %NULL) is a new name for them. */
static gboolean
change_reindexed (FdStore        *self,
                  const FdSession *session,
                  gint64          reindex,
                  gint64          host,
                  const char     *host_name,
                  const char     *sql,
                  const FdDbValue *args,
                  guint           n_args,
                  const char     *action,
                  const char     *subject,
                  const char     *detail,
                  const char     *refusal,
                  GError        **error)
{
  g_autoptr(GArray) host_visits = NULL;
  gint64 done = 0;
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       (reindex == 0 || fd_store_index_visit_locked (self, reindex, FALSE, error)) &&
       (host_name == NULL || fd_store_unindex_host_locked (self, host, host_name, &host_visits, error)) &&
       fd_db_query_int (self->db, sql, args, n_args, &done, error) &&
       (reindex == 0 || fd_store_index_visit_locked (self, reindex, TRUE, error)) &&
       fd_store_reindex_host_locked (self, host_visits, error);
  if (ok && done == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_STATE, refusal);
      ok = FALSE;
    }
  ok = ok &&
       fd_store_audit_locked (self, fd_session_get_username (session), action, subject, detail, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/* Runs @sql, which must return the changed row's id, with an audit entry in
 * the same transaction; FD_ERROR_STATE (@refusal) when no row changed. */
static gboolean
change_audited (FdStore        *self,
                const FdSession *session,
                const char     *sql,
                const FdDbValue *args,
                guint           n_args,
                const char     *action,
                const char     *subject,
                const char     *detail,
                const char     *refusal,
                GError        **error)
{
  return change_reindexed (self, session, 0, 0, NULL, sql, args, n_args, action, subject, detail, refusal, error);
}

/**
 * fd_store_confirm_arrival:
 *
 * Reception has seen the visitor (and their ID where the site asks for
 * it): the held badge may now print.  FD_ERROR_STATE when the visit is not
 * on site or its badge is not held.
 */
gboolean
fd_store_confirm_arrival (FdStore          *self,
                          const FdSession  *session,
                          gint64            visit_id,
                          GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, visit_id);
  gint64 now = fd_store_now_ms (self);

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "visit.confirm", error))
    return FALSE;
  return change_audited (self, session,
                         "UPDATE visits SET badge_state = 'pending', badge_detail = NULL, "
                         "badge_updated_ms = ?, updated_ms = ? "
                         "WHERE id = ? AND state = 'on_site' AND badge_state = 'held' RETURNING id",
                         FD_DB_ARGS (FD_DB_I (now), FD_DB_I (now), FD_DB_I (visit_id)),
                         "visit.confirm", subject, NULL, "The visit is not waiting for confirmation", error);
}

/**
 * fd_store_correct_visit:
 * @field: "name", "phone", "company" or "purpose"
 * @value: the right value, checked like the kiosk's input
 *
 * Corrects what was registered.  The audit entry names the field, not the
 * values; fd_store_count_audit (…, "visit.correct", …) counts them for
 * registration accuracy (KPI-2).
 */
gboolean
fd_store_correct_visit (FdStore          *self,
                        const FdSession  *session,
                        gint64            visit_id,
                        const char       *field,
                        const char       *value,
                        GError          **error)
{
  static const struct {
    const char *field;
    guint       max_chars;
    gboolean    required;
    const char *sql;
  } fields[] = {
    { "name", FD_MAX_NAME, TRUE, "UPDATE visits SET name = ?, updated_ms = ? WHERE id = ? RETURNING id" },
    { "phone", FD_MAX_PHONE, TRUE, "UPDATE visits SET phone = ?, updated_ms = ? WHERE id = ? RETURNING id" },
    { "company", FD_MAX_COMPANY, FALSE, "UPDATE visits SET company = ?, updated_ms = ? WHERE id = ? RETURNING id" },
    { "purpose", FD_MAX_PURPOSE, TRUE, "UPDATE visits SET purpose = ?, updated_ms = ? WHERE id = ? RETURNING id" },
  };
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, visit_id);
  g_autofree char *clean = NULL;
  FdInvalid problem;
  guint i;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "visit.correct", error))
    return FALSE;
  /* The field comes from a person (frontdeskctl): an unknown one is their
   * error, not ours. */
  for (i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (fields[i].field, field))
      break;
  if (i == G_N_ELEMENTS (fields))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           N_("Only the name, phone, company or purpose can be corrected."));
      return FALSE;
    }
  if (g_str_equal (field, "phone"))
    problem = fd_validate_phone (value, &clean);
  else
    problem = fd_text_normalize (value, fields[i].max_chars, &clean);
  if (problem == FD_INVALID_MISSING && !fields[i].required)
    problem = FD_INVALID_NONE;
  if (problem != FD_INVALID_NONE)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "Not a valid %s", field);
      return FALSE;
    }
  return change_reindexed (self, session, visit_id, 0, NULL, fields[i].sql,
                           FD_DB_ARGS (FD_DB_SN (clean), FD_DB_I (fd_store_now_ms (self)), FD_DB_I (visit_id)),
                           "visit.correct", subject, field, "No such visit", error);
}

/**
 * fd_store_reveal_id_number:
 *
 * Reveals a visit's sealed ID number to a staff member, and logs who saw it.
 *
 * Returns: (transfer full): the number; %NULL with FD_ERROR_NOT_FOUND when
 *   none was given, FD_ERROR_PERMISSION without a login or the station key.
 */
char *
fd_store_reveal_id_number (FdStore          *self,
                           const FdSession  *session,
                           gint64            visit_id,
                           GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, visit_id);
  g_autofree char *sealed = NULL;
  char *plain = NULL;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  /* Minimum necessary (PIPL): reception works with the masked number;
   * security and administrators may see it whole, each time audited. */
  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "visit.reveal-id", error))
    return NULL;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT id_sealed FROM visits WHERE id = ? AND id_sealed IS NOT NULL",
                   FD_DB_ARGS (FD_DB_I (visit_id)), fd_store_first_text_cb, &sealed, error);
  if (ok && sealed == NULL)
    g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No ID number was given");
  else if (ok && self->secret == NULL)
    g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "The station key is not loaded");
  else if (ok)
    plain = fd_secret_decrypt (self->secret, sealed, error);
  if (plain != NULL &&
      !fd_store_audit_locked (self, fd_session_get_username (session), "visit.reveal-id", subject, NULL, error))
    g_clear_pointer (&plain, g_free);
  STORE_UNLOCK (self);
  return plain;
}

/* An inactive host keeps their past visits but cannot be chosen. */
gboolean
fd_store_set_host_active (FdStore          *self,
                          const FdSession  *session,
                          gint64            host_id,
                          gboolean          active,
                          GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("host:%" G_GINT64_FORMAT, host_id);
  const char *action = active ? "host.activate" : "host.deactivate";

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, action, error))
    return FALSE;
  return change_audited (self, session, "UPDATE hosts SET active = ? WHERE id = ? RETURNING id",
                         FD_DB_ARGS (FD_DB_I (active ? 1 : 0), FD_DB_I (host_id)),
                         action, subject, NULL, "No such host", error);
}

/* An optional text: NULL or empty is none; otherwise normalised. */
static gboolean
optional_text (const char  *text,
               guint        max_chars,
               char       **clean)
{
  FdInvalid problem = fd_text_normalize (text, max_chars, clean);

  return problem == FD_INVALID_NONE || problem == FD_INVALID_MISSING;
}

/* @host's fields as stored: trimmed, the phone written the one way;
 * FD_ERROR_INVALID names the field that is wrong. */
static FdHost *
host_clean (const FdHost  *host,
            GError       **error)
{
  g_autoptr(FdHost) clean = fd_host_new ();
  const char *wrong = NULL;

  clean->id = host->id;
  clean->active = TRUE;
  if (fd_text_normalize (host->name, FD_MAX_NAME, &clean->name) != FD_INVALID_NONE)
    wrong = "name";
  else if (!optional_text (host->department, FD_MAX_SHORT, &clean->department))
    wrong = "department";
  else if (!optional_text (host->title, FD_MAX_SHORT, &clean->title))
    wrong = "title";
  else if (!optional_text (host->email, FD_MAX_SHORT, &clean->email) ||
           (clean->email != NULL && !g_regex_match_simple ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", clean->email, 0, 0)))
    wrong = "email";
  else if (fd_text_normalize (host->phone, 0, NULL) != FD_INVALID_MISSING &&
           fd_validate_phone (host->phone, &clean->phone) != FD_INVALID_NONE)
    wrong = "phone";
  if (wrong != NULL)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "Not a valid %s", wrong);
      return NULL;
    }
  if (clean->department == NULL)
    clean->department = g_strdup ("");
  return g_steal_pointer (&clean);
}

/**
 * fd_store_update_host:
 *
 * Changes a host's name, department, title, e-mail and phone, audited.
 */
gboolean
fd_store_update_host (FdStore          *self,
                      const FdSession  *session,
                      const FdHost     *host,
                      GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("host:%" G_GINT64_FORMAT, host->id);
  g_autoptr(FdHost) clean = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (host != NULL, FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "host.edit", error))
    return FALSE;
  clean = host_clean (host, error);
  if (clean == NULL)
    return FALSE;
  /* A new name: the visits to the host are found under it. */
  return change_reindexed (self, session, 0, host->id, clean->name,
                           "UPDATE hosts SET name = ?, department = ?, title = ?, email = ?, phone = ?, "
                           "updated_ms = ? WHERE id = ? RETURNING id",
                           FD_DB_ARGS (FD_DB_S (clean->name), FD_DB_S (clean->department),
                                       FD_DB_SN (clean->title), FD_DB_SN (clean->email), FD_DB_SN (clean->phone),
                                       FD_DB_I (fd_store_now_ms (self)), FD_DB_I (host->id)),
                           "host.edit", subject, NULL, "No such host", error);
}

/**
 * fd_store_add_host:
 *
 * Adds one host, active, as an administrator: the same checks as an edit;
 * a host with the same name and department is updated instead, as by an
 * import.
 *
 * Returns: the host's id, or 0 with an error.
 */
gint64
fd_store_add_host (FdStore          *self,
                   const FdSession  *session,
                   const FdHost     *host,
                   GError          **error)
{
  g_autoptr(FdHost) clean = NULL;
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autofree char *subject = NULL;
  const char *actor = NULL;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (host != NULL, 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_ADMIN, FALSE, "host.add", &actor, error))
    return 0;
  clean = host_clean (host, error);
  if (clean == NULL)
    return 0;
  clean->id = 0;
  g_free (clean->site);
  clean->site = g_strdup (host->site != NULL ? host->site : fd_store_session_site (self, session));
  g_ptr_array_add (one, clean);
  if (!fd_store_upsert_hosts (self, one, NULL, NULL, error))
    return 0;
  subject = g_strdup_printf ("host:%" G_GINT64_FORMAT, clean->id);
  STORE_LOCK (self);
  ok = fd_store_audit_locked (self, actor, "host.add", subject, NULL, error);
  STORE_UNLOCK (self);
  return ok ? clean->id : 0;
}

/**
 * fd_store_change_setting:
 *
 * An administrator changes a site setting.  The audit entry names the key
 * and, unless the setting is a secret, the new value.  A retention period
 * below the 3 months of REG-5 needs fd_store_set_retention_days() and its
 * confirmation.
 */
gboolean
fd_store_change_setting (FdStore          *self,
                         const FdSession  *session,
                         const char       *key,
                         const char       *value,
                         GError          **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  /* An administrator looking at one site changes what that lobby uses. */
  if (*fd_session_get_site (session) != '\0' && fd_setting_is_per_site (key))
    return fd_store_set_site_setting (self, session, fd_session_get_site (session), key, value, error);
  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "setting.change", error))
    return FALSE;
  if (g_str_equal (key, "retention_days") && *value != '\0')
    {
      gint64 days;

      if (!fd_setting_check (key, value, error))
        return FALSE;
      days = g_ascii_strtoll (value, NULL, 10);
      return fd_store_set_retention_days (self, session, days, FALSE, error);
    }
  return fd_store_set_setting (self, key, value, error) &&
         fd_store_audit (self, fd_session_get_username (session), "setting.change", key,
                         fd_setting_is_secret (key) ? NULL : value, error);
}

void
fd_watch_free (FdWatch *watch)
{
  if (watch == NULL)
    return;
  g_free (watch->name);
  g_free (watch->phone);
  g_free (watch->reason);
  g_free (watch->created_by);
  g_free (watch);
}

static gboolean
watch_cb (FdDbRow  *row,
          gpointer  user_data)
{
  FdWatch *watch = g_new0 (FdWatch, 1);

  watch->id = fd_db_row_int (row, 0);
  watch->name = fd_db_row_dup (row, 1);
  watch->phone = fd_db_row_dup (row, 2);
  watch->has_id_number = fd_db_row_int (row, 3) != 0;
  watch->reason = fd_db_row_dup (row, 4);
  watch->created_by = fd_db_row_dup (row, 5);
  watch->created_ms = fd_db_row_int (row, 6);
  g_ptr_array_add (user_data, watch);
  return TRUE;
}

/**
 * fd_store_list_watch:
 *
 * Returns: (transfer container) (element-type FdWatch): the active
 *   watchlist, newest first; security and administrators only.
 */
GPtrArray *
fd_store_list_watch (FdStore          *self,
                     const FdSession  *session,
                     GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_watch_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "watchlist.list", error))
    return NULL;
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT id, name, phone, id_hash IS NOT NULL, reason, created_by, created_ms "
                   "FROM watchlist WHERE active = 1 ORDER BY created_ms DESC, id DESC",
                   FD_DB_NO_ARGS, watch_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

gboolean
fd_store_remove_watch (FdStore          *self,
                       const FdSession  *session,
                       gint64            watch_id,
                       GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("watchlist:%" G_GINT64_FORMAT, watch_id);

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "watchlist.remove", error))
    return FALSE;
  return change_audited (self, session, "UPDATE watchlist SET active = 0 WHERE id = ? AND active = 1 RETURNING id",
                         FD_DB_ARGS (FD_DB_I (watch_id)),
                         "watchlist.remove", subject, NULL, "No such watchlist entry", error);
}

/**
 * fd_store_cancel_invitation:
 *
 * The visitor will not come: their code no longer lets them in.
 * FD_ERROR_STATE when the invitation was used or cancelled already.
 */
gboolean
fd_store_cancel_invitation (FdStore          *self,
                            const FdSession  *session,
                            gint64            invitation_id,
                            GError          **error)
{
  g_autofree char *subject = g_strdup_printf ("invitation:%" G_GINT64_FORMAT, invitation_id);

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "invitation.cancel", error))
    return FALSE;
  return change_audited (self, session,
                         "UPDATE invitations SET state = 'cancelled', updated_ms = ? "
                         "WHERE id = ? AND state = 'open' RETURNING id",
                         FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (invitation_id)),
                         "invitation.cancel", subject, NULL, "The invitation is not open", error);
}
