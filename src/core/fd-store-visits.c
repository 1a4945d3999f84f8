/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"
#include "fd-token.h"

#define VISIT_COLUMNS \
  "v.id, v.state, v.name, v.phone, v.company, v.purpose, v.host_id, h.name, " \
  "h.department, h.title, v.visit_ms, v.arrived_ms, v.left_ms, v.badge_token, " \
  "v.badge_state, v.badge_detail"
#define VISIT_FROM " FROM visits v JOIN hosts h ON h.id = v.host_id "

static gboolean
visit_cb (FdDbRow  *row,
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
  g_ptr_array_add (visits, visit);
  return TRUE;
}

static GPtrArray *
visit_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
}

/**
 * fd_store_add_visit:
 * @reg: the registration; normalised in place
 *
 * Validates @reg (REG-2) and stores it as a visit that is on site now, with
 * a new badge token.  When this returns, the visit is on disk.
 *
 * Returns: the new visit's id, or 0 with @error set.
 */
gint64
fd_store_add_visit (FdStore         *self,
                    FdRegistration  *reg,
                    GError         **error)
{
  g_autofree char *token = fd_token_new ();
  g_autofree char *subject = NULL;
  FdField field;
  FdInvalid problem;
  gint64 now = fd_store_now_ms (self);
  gint64 host_ok = 0;
  gint64 id = 0;

  g_return_val_if_fail (FD_IS_STORE (self), 0);
  g_return_val_if_fail (reg != NULL, 0);

  if (!fd_registration_normalize (reg, &field, &problem))
    {
      g_autofree char *message = fd_invalid_message (field, problem, FD_LANG_EN);

      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, message);
      return 0;
    }

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;
  if (!fd_db_query_int (self->db, "SELECT 1 FROM hosts WHERE id = ? AND active = 1",
                        FD_DB_ARGS (FD_DB_I (reg->host_id)), &host_ok, error))
    goto fail;
  if (!host_ok)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND,
                   "No active host %" G_GINT64_FORMAT, reg->host_id);
      goto fail;
    }
  if (!fd_db_query_int (self->db,
                        "INSERT INTO visits (state, name, phone, company, purpose, host_id, "
                        "visit_ms, arrived_ms, badge_token, created_ms, updated_ms) "
                        "VALUES ('on_site', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (reg->name), FD_DB_S (reg->phone),
                                    FD_DB_SN (reg->company), FD_DB_S (reg->purpose),
                                    FD_DB_I (reg->host_id), FD_DB_I (reg->visit_ms),
                                    FD_DB_I (now), FD_DB_S (token), FD_DB_I (now),
                                    FD_DB_I (now)),
                        &id, error))
    goto fail;
  subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  if (!fd_store_audit_locked (self, "kiosk", "visit.register", subject, NULL, error))
    goto fail;
  if (!fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return id;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return 0;
}

/**
 * fd_store_list_visits:
 * @filter: which visits
 *
 * Returns: (transfer container) (element-type FdVisit): visits on site in
 *   order of arrival, or the latest 500 visits, newest first.
 */
GPtrArray *
fd_store_list_visits (FdStore        *self,
                      FdVisitFilter   filter,
                      GError        **error)
{
  g_autoptr(GPtrArray) visits = visit_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  STORE_LOCK (self);
  if (filter == FD_VISITS_ON_SITE)
    ok = fd_db_exec (self->db,
                     "SELECT " VISIT_COLUMNS VISIT_FROM
                     "WHERE v.state = 'on_site' ORDER BY v.arrived_ms, v.id",
                     FD_DB_NO_ARGS, visit_cb, visits, error);
  else
    ok = fd_db_exec (self->db,
                     "SELECT " VISIT_COLUMNS VISIT_FROM "ORDER BY v.id DESC LIMIT 500",
                     FD_DB_NO_ARGS, visit_cb, visits, error);
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

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT " VISIT_COLUMNS VISIT_FROM "WHERE v.id = ?",
                   FD_DB_ARGS (FD_DB_I (id)), visit_cb, visits, error);
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
 * fd_store_checkout:
 * @id: the visit
 * @actor: (nullable): who checked the visitor out, for the audit log
 *
 * Marks an on-site visit as left now.  A visit that already left, or was
 * never on site, is an FD_ERROR_STATE.
 */
gboolean
fd_store_checkout (FdStore     *self,
                   gint64       id,
                   const char  *actor,
                   GError     **error)
{
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  gint64 now = fd_store_now_ms (self);
  gint64 done = 0;
  gint64 exists = 0;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  STORE_LOCK (self);
  if (!fd_db_begin (self->db, error))
    goto fail;
  if (!fd_db_query_int (self->db,
                        "UPDATE visits SET state = 'left', left_ms = ?, updated_ms = ? "
                        "WHERE id = ? AND state = 'on_site' RETURNING id",
                        FD_DB_ARGS (FD_DB_I (now), FD_DB_I (now), FD_DB_I (id)), &done, error))
    goto fail;
  if (done == 0)
    {
      if (!fd_db_query_int (self->db, "SELECT 1 FROM visits WHERE id = ?",
                            FD_DB_ARGS (FD_DB_I (id)), &exists, error))
        goto fail;
      if (exists)
        g_set_error (error, FD_ERROR, FD_ERROR_STATE,
                     "Visit %" G_GINT64_FORMAT " is not on site", id);
      else
        g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit %" G_GINT64_FORMAT, id);
      goto fail;
    }
  if (!fd_store_audit_locked (self, actor, "visit.checkout", subject, NULL, error))
    goto fail;
  if (!fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return TRUE;

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return FALSE;
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
  ok = fd_db_exec (self->db, "SELECT " VISIT_COLUMNS VISIT_FROM "WHERE v.badge_token = ?",
                   FD_DB_ARGS (FD_DB_S (token)), visit_cb, visits, error);
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

/**
 * fd_store_checkout_by_token:
 *
 * Checks out the visitor whose current badge carries @token.
 *
 * Returns: the visit's id, or 0 with FD_ERROR_NOT_FOUND (unknown or revoked
 *   badge) or FD_ERROR_STATE (already left).
 */
gint64
fd_store_checkout_by_token (FdStore     *self,
                            const char  *token,
                            const char  *actor,
                            GError     **error)
{
  g_autoptr(FdVisit) visit = fd_store_find_visit_by_token (self, token, error);

  if (visit == NULL)
    return 0;
  if (!fd_store_checkout (self, visit->id, actor, error))
    return 0;
  return visit->id;
}

/* Records how the badge of @id came out. */
gboolean
fd_store_set_badge_state (FdStore       *self,
                          gint64         id,
                          FdBadgeState   state,
                          const char    *detail,
                          GError       **error)
{
  gint64 done = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  STORE_LOCK (self);
  ok = fd_db_query_int (self->db,
                        "UPDATE visits SET badge_state = ?, badge_detail = ?, badge_updated_ms = ? "
                        "WHERE id = ? RETURNING id",
                        FD_DB_ARGS (FD_DB_S (fd_badge_state_to_string (state)), FD_DB_SN (detail),
                                    FD_DB_I (fd_store_now_ms (self)), FD_DB_I (id)),
                        &done, error);
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
 * @actor: who reissued it
 *
 * Gives the visit a new badge token: the old badge stops working at once.
 *
 * Returns: (transfer full): the new token, or %NULL with @error set.
 */
char *
fd_store_reissue_badge (FdStore     *self,
                        gint64       id,
                        const char  *actor,
                        GError     **error)
{
  g_autofree char *token = fd_token_new ();
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  gint64 done = 0;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

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
  if (!fd_store_audit_locked (self, actor, "badge.reissue", subject, NULL, error) ||
      !fd_db_commit (self->db, error))
    goto fail;
  STORE_UNLOCK (self);
  return g_steal_pointer (&token);

fail:
  fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return NULL;
}

/* The _async variants: the same calls in a worker thread. */

static FdRegistration *
registration_copy (const FdRegistration *reg)
{
  FdRegistration *copy = fd_registration_new ();

  copy->name = g_strdup (reg->name);
  copy->phone = g_strdup (reg->phone);
  copy->company = g_strdup (reg->company);
  copy->purpose = g_strdup (reg->purpose);
  copy->host_id = reg->host_id;
  copy->visit_ms = reg->visit_ms;
  return copy;
}

static void
add_visit_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  gint64 id = fd_store_add_visit (source_object, task_data, &error);

  if (id == 0)
    g_task_return_error (task, error);
  else
    g_task_return_int (task, id);
}

/* @reg is copied; the caller may wipe its own copy at once. */
void
fd_store_add_visit_async (FdStore             *self,
                          FdRegistration      *reg,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_add_visit_async);
  g_task_set_task_data (task, registration_copy (reg), (GDestroyNotify) fd_registration_free);
  g_task_run_in_thread (task, add_visit_thread);
}

gint64
fd_store_add_visit_finish (FdStore       *self,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), 0);
  return g_task_propagate_int (G_TASK (result), error);
}

static void
list_visits_thread (GTask        *task,
                    gpointer      source_object,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *visits = fd_store_list_visits (source_object, GPOINTER_TO_INT (task_data), &error);

  if (visits == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, visits, (GDestroyNotify) g_ptr_array_unref);
}

void
fd_store_list_visits_async (FdStore             *self,
                            FdVisitFilter        filter,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (FD_IS_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_list_visits_async);
  g_task_set_task_data (task, GINT_TO_POINTER (filter), NULL);
  g_task_run_in_thread (task, list_visits_thread);
}

GPtrArray *
fd_store_list_visits_finish (FdStore       *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  char  *text;
  guint  limit;
} SearchData;

static void
search_data_free (SearchData *data)
{
  g_free (data->text);
  g_free (data);
}

static void
search_hosts_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  SearchData *data = task_data;
  GError *error = NULL;
  GPtrArray *hosts = fd_store_search_hosts (source_object, data->text, data->limit, &error);

  if (hosts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hosts, (GDestroyNotify) g_ptr_array_unref);
}

void
fd_store_search_hosts_async (FdStore             *self,
                             const char          *text,
                             guint                limit,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SearchData *data = g_new0 (SearchData, 1);

  g_return_if_fail (FD_IS_STORE (self));

  data->text = g_strdup (text);
  data->limit = limit;
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_search_hosts_async);
  g_task_set_task_data (task, data, (GDestroyNotify) search_data_free);
  g_task_run_in_thread (task, search_hosts_thread);
}

GPtrArray *
fd_store_search_hosts_finish (FdStore       *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct {
  gint64  id;
  char   *actor;
} CheckoutData;

static void
checkout_data_free (CheckoutData *data)
{
  g_free (data->actor);
  g_free (data);
}

static void
checkout_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  CheckoutData *data = task_data;
  GError *error = NULL;

  if (fd_store_checkout (source_object, data->id, data->actor, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
fd_store_checkout_async (FdStore             *self,
                         gint64               id,
                         const char          *actor,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  CheckoutData *data = g_new0 (CheckoutData, 1);

  g_return_if_fail (FD_IS_STORE (self));

  data->id = id;
  data->actor = g_strdup (actor);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_store_checkout_async);
  g_task_set_task_data (task, data, (GDestroyNotify) checkout_data_free);
  g_task_run_in_thread (task, checkout_thread);
}

gboolean
fd_store_checkout_finish (FdStore       *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
