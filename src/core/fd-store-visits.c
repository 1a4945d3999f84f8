/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-token.h"
#include "fd-secret.h"

#define VISIT_FROM " FROM visits v JOIN hosts h ON h.id = v.host_id "

/* Adds the visit of a row of FD_VISIT_COLUMNS to the GPtrArray @user_data. */
gboolean
fd_store_visit_cb (FdDbRow  *row,
                   gpointer  user_data)
{
  GPtrArray *visits = user_data;
  FdVisit *visit = g_new0 (FdVisit, 1);

  visit->id = fd_db_row_int (row, 0);
  if (!fd_visit_state_from_string (fd_db_row_text (row, 1), &visit->state))
    visit->state = FD_VISIT_REFUSED;
  visit->name = fd_db_row_dup (row, 2);
  visit->phone = fd_db_row_dup (row, 3);
  visit->company = fd_db_row_dup (row, 4);
  visit->purpose = fd_db_row_dup (row, 5);
  visit->host_id = fd_db_row_int (row, 6);
  visit->host_name = fd_db_row_dup (row, 7);
  visit->host_department = fd_db_row_dup (row, 8);
  visit->host_title = fd_db_row_dup (row, 9);
  visit->visit_ms = fd_db_row_int (row, 10);
  visit->arrived_ms = fd_db_row_int (row, 11);
  visit->left_ms = fd_db_row_int (row, 12);
  visit->badge_token = fd_db_row_dup (row, 13);
  visit->badge_state = fd_badge_state_from_string (fd_db_row_text (row, 14));
  visit->badge_detail = fd_db_row_dup (row, 15);
  visit->items = fd_db_row_dup (row, 16);
  visit->id_masked = fd_db_row_dup (row, 17);
  visit->drink = fd_db_row_dup (row, 18);
  visit->satisfaction = (int) fd_db_row_int (row, 19);
  visit->watchlist_hit = fd_db_row_int (row, 20) != 0;
  visit->badge_returned_ms = fd_db_row_int (row, 21);
  visit->host_phone = fd_db_row_dup (row, 22);
  visit->host_met_ms = fd_db_row_int (row, 23);
  visit->reminded_ms = fd_db_row_int (row, 24);
  visit->synced_ms = fd_db_row_int (row, 25);
  visit->site = fd_db_row_dup (row, 26);
  g_ptr_array_add (visits, visit);
  return TRUE;
}

static GPtrArray *
visit_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
}

/* Looks the visitor up on the watchlist: by name and phone, or by the
 * keyed hash of the ID number.  Returns the entry's reason, or NULL. */
static char *
watchlist_match (FdStore         *self,
                 FdRegistration  *reg,
                 const char      *id_hash,
                 GError         **error)
{
  char *reason = NULL;

  if (!fd_db_exec (self->db,
                   "SELECT reason FROM watchlist WHERE active = 1 AND "
                   "((lower(name) = lower(?) AND phone = ?) OR (id_hash IS NOT NULL AND id_hash = ?)) "
                   "LIMIT 1",
                   FD_DB_ARGS (FD_DB_S (reg->name), FD_DB_S (reg->phone), FD_DB_SN (id_hash)),
                   fd_store_first_text_cb, &reason, error))
    return NULL;
  return reason;
}

/* Stores a normalised registration as a visit on site now; the caller
 * holds the lock and the transaction. */
gint64
fd_store_add_visit_locked (FdStore         *self,
                           FdRegistration  *reg,
                           gint64           invitation_id,
                           GError         **error)
{
  return fd_store_add_visit_from_locked (self, reg, invitation_id, NULL, error);
}

/* As fd_store_add_visit_locked(); @spooled: (nullable): a visit a kiosk
 * registered while the database was away, with its badge's token, the
 * time and its own reference, which the visit keeps so that it is never
 * stored twice. */
gint64
fd_store_add_visit_from_locked (FdStore              *self,
                                FdRegistration       *reg,
                                gint64                invitation_id,
                                const FdSpooledVisit *spooled,
                                GError              **error)
{
  g_autofree char *token = spooled != NULL ? g_strdup (spooled->badge_token) : fd_token_new ();
  g_autofree char *subject = NULL;
  g_autofree char *sealed = NULL;
  g_autofree char *id_hash = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *hit = NULL;
  g_autofree char *policy = NULL;
  gboolean held;
  g_autoptr(GError) local_error = NULL;
  gint64 now = fd_store_now_ms (self);
  gint64 arrived = spooled != NULL ? spooled->arrived_ms : now;
  gint64 host_ok = 0;
  gint64 id = 0;

  /* A spooled visit was registered with a host active then. */
  if (!fd_db_query_int (self->db, "SELECT 1 FROM hosts WHERE id = ? AND (active = 1 OR ? = 1)",
                        FD_DB_ARGS (FD_DB_I (reg->host_id), FD_DB_I (spooled != NULL)), &host_ok, error))
    return 0;
  if (!host_ok)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND,
                   "No active host %" G_GINT64_FORMAT, reg->host_id);
      return 0;
    }

  if (reg->id_number != NULL)
    {
      if (self->secret == NULL)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION,
                               "ID numbers cannot be stored without the station key");
          return 0;
        }
      sealed = fd_secret_encrypt (self->secret, reg->id_number);
      id_hash = fd_secret_hash (self->secret, reg->id_number);
      masked = fd_id_number_mask (reg->id_number);
    }

  hit = watchlist_match (self, reg, id_hash, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return 0;
    }

  /* REG-3: the site may have every badge wait until reception has seen the
   * visitor; a watchlist hit always waits. */
  policy = fd_store_get_setting (self, "print_policy", "immediate");
  held = hit != NULL || g_str_equal (policy, "confirm") || (spooled != NULL && spooled->held);

  if (!fd_db_query_int (self->db,
                        "INSERT INTO visits (state, name, phone, company, purpose, host_id, "
                        "visit_ms, arrived_ms, badge_token, created_ms, updated_ms, items, "
                        "id_doc_type, id_sealed, id_hash, id_masked, watchlist_hit, badge_state, "
                        "invitation_id, station_ref, synced_ms, badge_detail, site) "
                        "VALUES ('on_site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "RETURNING id",
                        FD_DB_ARGS (FD_DB_S (reg->name), FD_DB_S (reg->phone),
                                    FD_DB_SN (reg->company), FD_DB_S (reg->purpose),
                                    FD_DB_I (reg->host_id), FD_DB_I (reg->visit_ms),
                                    FD_DB_I (arrived), FD_DB_S (token), FD_DB_I (arrived),
                                    FD_DB_I (now), FD_DB_SN (reg->items),
                                    FD_DB_SN (sealed != NULL ? reg->id_doc_type : NULL),
                                    FD_DB_SN (sealed), FD_DB_SN (id_hash), FD_DB_SN (masked),
                                    FD_DB_I (hit != NULL),
                                    FD_DB_S (spooled != NULL && !held ? fd_badge_state_to_string (spooled->badge_state)
                                                                      : held ? "held" : "pending"),
                                    invitation_id > 0 ? FD_DB_I (invitation_id) : FD_DB_S (NULL),
                                    FD_DB_S (spooled != NULL ? spooled->ref : NULL),
                                    spooled != NULL ? FD_DB_I (now) : FD_DB_S (NULL),
                                    FD_DB_SN (spooled != NULL && !held ? spooled->badge_detail : NULL),
                                    FD_DB_S (fd_store_get_station_site (self))),
                        &id, error))
    return 0;
  subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  if (!fd_store_index_visit_locked (self, id, TRUE, error) ||
      !fd_store_audit_locked (self, "kiosk", "visit.register", subject, NULL, error))
    return 0;
  /* A watchlist hit is silent to the visitor: the staff window is told,
   * and the host is not (reception decides). */
  if (hit != NULL && !fd_store_add_alert_locked (self, "watchlist", id, hit, error))
    return 0;
  if (hit == NULL && !fd_store_enqueue_arrival_locked (self, id, reg, error))
    return 0;
  return id;
}

/**
 * fd_store_add_visit:
 * @reg: the registration; normalised in place
 *
 * Validates @reg (REG-2) and stores it as a visit that is on site now, with
 * a new badge token.  A visitor on the watchlist is stored with the badge
 * held and an alert for the staff window.  When this returns, the visit is
 * on disk.
 *
 * Returns: the new visit's id, or 0 with @error set.
 */
gint64
fd_store_add_visit (FdStore         *self,
                    FdRegistration  *reg,
                    GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  FdField field;
  FdInvalid problem;
  gint64 id;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (reg != NULL, 0);

  if (!fd_registration_normalize (reg, &field, &problem))
    {
      g_autofree char *message = fd_invalid_message (field, problem, FD_LANG_EN);

      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, message);
      return 0;
    }

  /* The server failed a moment ago: a kiosk with a spool does not make
   * the visitor wait for it again. */
  if (fd_store_spool_first (self))
    return fd_store_spool_visit (self, reg, error);

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, &local_error))
    goto fail;
  id = fd_store_add_visit_locked (self, reg, 0, &local_error);
  if (id == 0 || !fd_db_commit (self->db, &local_error))
    goto fail;
  STORE_UNLOCK (self);
  return id;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  if (fd_store_offline (local_error) && self->spool != NULL)
    {
      fd_store_note_offline (self);
      return fd_store_spool_visit (self, reg, error);
    }
  g_propagate_error (error, g_steal_pointer (&local_error));
  return 0;
}

/**
 * fd_store_list_visits:
 * @filter: which visits
 *
 * Returns: (transfer container) (element-type FdVisit): the visits of the
 *   site @session looks at (every site's for ""): on site in order of
 *   arrival, or the latest 500, newest first.
 */
GPtrArray *
fd_store_list_visits (FdStore          *self,
                      const FdSession  *session,
                      FdVisitFilter     filter,
                      GError          **error)
{
  g_autoptr(GPtrArray) visits = visit_array ();
  const char *site;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "visits.list", error))
    return NULL;

  site = fd_session_get_site (session);
  STORE_LOCK (self);
  if (filter == FD_VISITS_ON_SITE)
    ok = fd_db_exec (self->db,
                     "SELECT " FD_VISIT_COLUMNS VISIT_FROM
                     "WHERE v.state = 'on_site' AND (v.site = ? OR ? = '') ORDER BY v.arrived_ms, v.id",
                     FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), fd_store_visit_cb, visits, error);
  else
    ok = fd_db_exec (self->db,
                     "SELECT " FD_VISIT_COLUMNS VISIT_FROM "WHERE (v.site = ? OR ? = '') ORDER BY v.id DESC LIMIT 500",
                     FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), fd_store_visit_cb, visits, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&visits) : NULL;
}

FdVisit *
fd_store_get_visit (FdStore  *self,
                    gint64    id,
                    GError  **error)
{
  g_autoptr(GPtrArray) visits = visit_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (id < 0)
    return fd_store_spooled_visit (self, id, error);  /* registered while the server was away */
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT " FD_VISIT_COLUMNS VISIT_FROM "WHERE v.id = ?",
                   FD_DB_ARGS (FD_DB_I (id)), fd_store_visit_cb, visits, error);
  STORE_UNLOCK (self);
  if (!ok)
    return NULL;
  if (visits->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return g_ptr_array_steal_index (visits, 0);
}

/**
 * fd_store_find_visit_by_token:
 * @token: what a badge's QR code says
 *
 * Returns: (transfer full): the visit whose current badge carries @token;
 *   FD_ERROR_NOT_FOUND for an unknown or reissued (revoked) token.
 */
FdVisit *
fd_store_find_visit_by_token (FdStore     *self,
                              const char  *token,
                              GError     **error)
{
  g_autoptr(GPtrArray) visits = visit_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_token_is_valid (token))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "Not a Frontdesk badge");
      return NULL;
    }
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT " FD_VISIT_COLUMNS VISIT_FROM "WHERE v.badge_token = ?",
                   FD_DB_ARGS (FD_DB_S (token)), fd_store_visit_cb, visits, error);
  STORE_UNLOCK (self);
  if (!ok)
    return NULL;
  if (visits->len == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit has this badge");
      return NULL;
    }
  return g_ptr_array_steal_index (visits, 0);
}

/* Records how the badge of @id came out. */
gboolean
fd_store_set_badge_state (FdStore       *self,
                          gint64         id,
                          FdBadgeState   state,
                          const char    *detail,
                          GError       **error)
{
  gint64 done = 0, was_failed = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (id < 0)
    return fd_store_spool_badge_state (self, id, state, detail, error);
  /* A badge that stops printing is a staff alert, once per failure. */
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "SELECT CASE WHEN badge_state = 'failed' THEN 2 ELSE 1 END FROM visits WHERE id = ?",
                        FD_DB_ARGS (FD_DB_I (id)), &was_failed, error) &&
       fd_db_query_int (self->db,
                        "UPDATE visits SET badge_state = ?, badge_detail = ?, badge_updated_ms = ? "
                        "WHERE id = ? RETURNING id",
                        FD_DB_ARGS (FD_DB_S (fd_badge_state_to_string (state)), FD_DB_SN (detail),
                                    FD_DB_I (fd_store_now_ms (self)), FD_DB_I (id)),
                        &done, error) &&
       (state != FD_BADGE_FAILED || was_failed != 1 ||
        fd_store_enqueue_staff_alert_locked (self, "printer", id, detail, error)) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  if (ok && done == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit %" G_GINT64_FORMAT, id);
      return FALSE;
    }
  return ok;
}

/**
 * fd_store_reissue_badge:
 * @id: an on-site visit whose badge was lost (REG-7)
 * @session: reception's
 *
 * Gives the visit a new badge token: the old badge stops working at once.
 *
 * Returns: (transfer full): the new token (for the new badge only), or
 *   %NULL with @error set.
 */
char *
fd_store_reissue_badge (FdStore          *self,
                        const FdSession  *session,
                        gint64            id,
                        GError          **error)
{
  const char *actor;
  g_autofree char *token = fd_token_new ();
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  g_autofree char *fee = NULL;
  g_autofree char *detail = NULL;
  gint64 done = 0;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "badge.reissue", &actor, error))
    return NULL;

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;
  if (!fd_db_query_int (self->db,
                        "UPDATE visits SET badge_token = ?, badge_state = 'pending', badge_detail = NULL, "
                        "badge_reissues = badge_reissues + 1, badge_updated_ms = ?, updated_ms = ? "
                        "WHERE id = ? AND state = 'on_site' RETURNING id",
                        FD_DB_ARGS (FD_DB_S (token), FD_DB_I (fd_store_now_ms (self)),
                                    FD_DB_I (fd_store_now_ms (self)), FD_DB_I (id)),
                        &done, error))
    goto fail;
  if (done == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Visit %" G_GINT64_FORMAT " is not on site", id);
      goto fail;
    }
  /* REG-7: the fee, when the site charges one, is recorded with the reissue. */
  fee = fd_store_get_setting (self, "badge_fee", "");
  if (*fee != '\0')
    detail = g_strdup_printf ("fee %s", fee);
  if (!fd_store_audit_locked (self, actor, "badge.reissue", subject, detail, error) ||
      !fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return g_steal_pointer (&token);

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return NULL;
}

/* REC-4: the drink the visitor asked for, for the staff window. */
gboolean
fd_store_set_drink (FdStore     *self,
                    gint64       visit_id,
                    const char  *drink,
                    GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (visit_id < 0)
    {
      gint64 sent_as = 0;

      if (!fd_store_spool_answer (self, visit_id, "drink", FD_DB_SN (drink), &sent_as, error))
        return FALSE;
      if (sent_as == 0)
        return TRUE;
      visit_id = sent_as;  /* the spool sent the visit meanwhile */
    }
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "UPDATE visits SET drink = ?, updated_ms = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_SN (drink), FD_DB_I (fd_store_now_ms (self)), FD_DB_I (visit_id)),
                   NULL, NULL, error);
  STORE_UNLOCK (self);
  return ok;
}

/* KPI-1: the one-tap answer at check-out, 1 (unhappy) to 3 (happy). */
gboolean
fd_store_set_satisfaction (FdStore     *self,
                           gint64       visit_id,
                           int          score,
                           GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (score >= 1 && score <= 3, FALSE);

  if (visit_id < 0)
    {
      gint64 sent_as = 0;

      if (!fd_store_spool_answer (self, visit_id, "satisfaction", FD_DB_I (score), &sent_as, error))
        return FALSE;
      if (sent_as == 0)
        return TRUE;
      visit_id = sent_as;  /* the spool sent the visit meanwhile */
    }
  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "UPDATE visits SET satisfaction = ?, updated_ms = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (score), FD_DB_I (fd_store_now_ms (self)), FD_DB_I (visit_id)),
                   NULL, NULL, error);
  STORE_UNLOCK (self);
  return ok;
}
