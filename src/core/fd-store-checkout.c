/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-settings.h"

/*
 * A visitor leaving (REC-5), as one call and one transaction whoever checks
 * them out: the kiosk with the badge's token (and the return box, where the
 * site has one), the receptionist with the visit's row (items checked,
 * badge back) or by scanning the badge at the desk (the badge is then in
 * their hand).  fd_store_checkout() and fd_store_checkout_by_token() are
 * the plain forms, kept for frontdeskctl.
 */

/* Marks the on-site visit @id as left now, audited under @actor; in the
 * caller's transaction. */
static gboolean
check_out_locked (FdStore     *self,
                  gint64       id,
                  const char  *actor,
                  GError     **error)
{
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  gint64 now = fd_store_now_ms (self);
  gint64 done = 0;
  gint64 exists = 0;

  if (!fd_db_query_int (self->db,
                        "UPDATE visits SET state = 'left', left_ms = ?, updated_ms = ? "
                        "WHERE id = ? AND state = 'on_site' RETURNING id",
                        FD_DB_ARGS (FD_DB_I (now), FD_DB_I (now), FD_DB_I (id)), &done, error))
    return FALSE;
  if (done == 0)
    {
      if (!fd_db_query_int (self->db, "SELECT 1 FROM visits WHERE id = ?",
                            FD_DB_ARGS (FD_DB_I (id)), &exists, error))
        return FALSE;
      if (exists)
        g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Visit %" G_GINT64_FORMAT " is not on site", id);
      else
        g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit %" G_GINT64_FORMAT, id);
      return FALSE;
    }
  return fd_store_audit_locked (self, actor, "visit.checkout", subject, NULL, error);
}

/* REG-4: the badge of @id is back; in the caller's transaction. */
static gboolean
badge_returned_locked (FdStore     *self,
                       gint64       id,
                       const char  *actor,
                       GError     **error)
{
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  gint64 now = fd_store_now_ms (self);

  return fd_db_exec (self->db, "UPDATE visits SET badge_returned_ms = ?, updated_ms = ? WHERE id = ?",
                     FD_DB_ARGS (FD_DB_I (now), FD_DB_I (now), FD_DB_I (id)), NULL, NULL, error) &&
         fd_store_audit_locked (self, actor, "badge.returned", subject, NULL, error);
}

/**
 * fd_store_check_out:
 * @session: (nullable): the staff member; %NULL for the kiosk, which may
 *   only check out by the visitor's own badge
 * @how: which visit, and what the person at the desk saw
 *
 * Checks a visitor out, in one transaction with what goes with it: whether
 * the declared items were checked (audited as visit.items) and whether the
 * badge is back (REG-4).
 *
 * Returns: (transfer full): the visit, now left; %NULL with
 *   FD_ERROR_NOT_FOUND (unknown visit, or an unknown or reissued badge),
 *   FD_ERROR_STATE (already left) or FD_ERROR_PERMISSION.
 */
FdVisit *
fd_store_check_out (FdStore          *self,
                    const FdSession  *session,
                    const FdCheckOut *how,
                    GError          **error)
{
  g_autoptr(FdVisit) by_token = NULL;
  g_autofree char *subject = NULL;
  gboolean badge_back = how->badge == FD_BADGE_BACK_YES;
  const char *actor;
  gint64 id = how->visit_id;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  g_return_val_if_fail ((how->visit_id != 0) != (how->token != NULL), NULL);

  /* The badge is the visitor's own: the kiosk may check them out with it. */
  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, how->token != NULL,
                             "visit.checkout", &actor, error))
    return NULL;
  if (how->token != NULL)
    {
      g_autoptr(GError) local_error = NULL;

      by_token = fd_store_find_visit_by_token (self, how->token, &local_error);
      /* A kiosk whose server does not answer checks the visitor out in
       * its spool, sent when the server is back. */
      if (by_token == NULL && fd_store_offline (local_error) && self->spool != NULL)
        return fd_store_spool_check_out (self, how->token, error);
      if (by_token == NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      id = by_token->id;
    }
  if (how->badge == FD_BADGE_BACK_IF_BOX)
    {
      g_autofree char *box = fd_store_get_setting (self, "badge_return_box", "0");

      badge_back = fd_setting_bool (box);
    }
  subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       check_out_locked (self, id, actor, error) &&
       (how->items == NULL || fd_store_audit_locked (self, actor, "visit.items", subject, how->items, error)) &&
       (!badge_back || badge_returned_locked (self, id, actor, error)) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok ? fd_store_get_visit (self, id, error) : NULL;
}

/* What fd_store_check_out_async() hands to its worker thread. */
typedef struct {
  FdSession  *session;  /* a copy; NULL for the kiosk */
  FdCheckOut  how;      /* with copies of its strings */
} CheckOutData;

static gpointer
check_out_job (FdStore   *store,
               gpointer   data,
               GError   **error)
{
  CheckOutData *job = data;

  return fd_store_check_out (store, job->session, &job->how, error);
}

static void
check_out_data_free (CheckOutData *job)
{
  fd_session_free (job->session);
  g_free ((char *) job->how.token);
  g_free ((char *) job->how.items);
  g_free (job);
}

/**
 * fd_store_check_out_async:
 *
 * fd_store_check_out() in a worker thread; @session and @how are copied.
 */
void
fd_store_check_out_async (FdStore             *self,
                          const FdSession     *session,
                          const FdCheckOut    *how,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  CheckOutData *job = g_new0 (CheckOutData, 1);

  job->session = session != NULL ? fd_session_copy (session) : NULL;
  job->how = *how;
  job->how.token = g_strdup (how->token);
  job->how.items = g_strdup (how->items);
  fd_store_run_tagged_async (self, fd_store_check_out_async, check_out_job, job,
                             (GDestroyNotify) check_out_data_free, (GDestroyNotify) fd_visit_free,
                             cancellable, callback, user_data);
}

/**
 * fd_store_check_out_finish:
 *
 * Returns: (transfer full): the visit, now left, or %NULL with @error set
 */
FdVisit *
fd_store_check_out_finish (FdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, fd_store_check_out_async), NULL);
  return fd_store_run_finish (self, result, error);
}

gboolean
fd_store_checkout (FdStore          *self,
                   const FdSession  *session,
                   gint64            id,
                   GError          **error)
{
  FdCheckOut how = { .visit_id = id };
  g_autoptr(FdVisit) visit = fd_store_check_out (self, session, &how, error);

  return visit != NULL;
}

/**
 * fd_store_checkout_by_token:
 *
 * Checks out the visitor whose current badge carries @token.
 *
 * Returns: the visit's id, or 0 with FD_ERROR_NOT_FOUND (unknown or revoked
 *   badge) or FD_ERROR_STATE (already left).
 */
gint64
fd_store_checkout_by_token (FdStore          *self,
                            const FdSession  *session,
                            const char       *token,
                            GError          **error)
{
  FdCheckOut how = { .token = token };
  g_autoptr(FdVisit) visit = fd_store_check_out (self, session, &how, error);

  return visit != NULL ? visit->id : 0;
}

/* REG-4: the visitor gave the badge back after leaving, at the desk or into
 * the kiosk's return box (@session %NULL). */
gboolean
fd_store_mark_badge_returned (FdStore          *self,
                              const FdSession  *session,
                              gint64            visit_id,
                              GError          **error)
{
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, TRUE, "badge.returned", &actor, error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       badge_returned_locked (self, visit_id, actor, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}
