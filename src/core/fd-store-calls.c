/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-calls.h"

#include "fd-error.h"
#include "fd-store-private.h"
#include "fd-store-sites.h"
#include "fd-validate.h"

/*
 * The telephone (TEL-1 to TEL-6, FAQ-2, FAQ-3, KPI-3): each call the front
 * desk takes, with the caller's name, company and number, what it was
 * about and when; whether it was answered after more than 3 rings; a
 * transfer, answered or turned into a message the colleague receives by
 * their channels with the caller's number and the promise of a call back;
 * and what is to be followed up — whether a transferred enquiry was
 * resolved, a complaint's outcome and whether the caller was satisfied.
 */

#define MAX_CALLER   40
#define MAX_COMPANY  80
#define MAX_TOPIC    60
#define MAX_DETAILS  500
#define MAX_OUTCOME  500

#define CALL_COLUMNS \
  "c.id, c.site, c.at_ms, c.caller, c.company, c.phone, c.kind, c.topic, c.details, c.answered_late, " \
  "c.transfer, COALESCE(c.host_id, 0), h.name, h.department, c.follow_up, c.outcome, c.satisfied, " \
  "c.resolved_ms, c.recorded_by"

static const char * const kinds[] = { "enquiry", "request", "complaint" };
static const char * const transfers[] = { "none", "answered", "message" };
static const char * const follow_ups[] = { "none", "open", "resolved" };

void
fd_call_free (FdCall *call)
{
  if (call == NULL)
    return;
  g_free (call->site);
  g_free (call->caller);
  g_free (call->company);
  g_free (call->phone);
  g_free (call->topic);
  g_free (call->details);
  g_free (call->host_name);
  g_free (call->host_department);
  g_free (call->outcome);
  g_free (call->recorded_by);
  g_free (call);
}

FdCall *
fd_call_copy (const FdCall *call)
{
  FdCall *copy = g_memdup2 (call, sizeof *call);

  copy->site = g_strdup (call->site);
  copy->caller = g_strdup (call->caller);
  copy->company = g_strdup (call->company);
  copy->phone = g_strdup (call->phone);
  copy->topic = g_strdup (call->topic);
  copy->details = g_strdup (call->details);
  copy->host_name = g_strdup (call->host_name);
  copy->host_department = g_strdup (call->host_department);
  copy->outcome = g_strdup (call->outcome);
  copy->recorded_by = g_strdup (call->recorded_by);
  return copy;
}

void
fd_call_in_clear (FdCallIn *in)
{
  g_clear_pointer (&in->caller, g_free);
  g_clear_pointer (&in->company, g_free);
  g_clear_pointer (&in->phone, g_free);
  g_clear_pointer (&in->topic, g_free);
  g_clear_pointer (&in->details, g_free);
}

static int
index_of (const char * const *words,
          guint               n,
          const char         *word)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (words[i], word) == 0)
      return (int) i;
  return 0;
}

static gboolean
call_cb (FdDbRow  *row,
         gpointer  user_data)
{
  FdCall *call = g_new0 (FdCall, 1);

  call->id = fd_db_row_int (row, 0);
  call->site = fd_db_row_dup (row, 1);
  call->at_ms = fd_db_row_int (row, 2);
  call->caller = fd_db_row_dup (row, 3);
  call->company = g_strdup (fd_db_row_text (row, 4));
  call->phone = g_strdup (fd_db_row_text (row, 5));
  call->kind = index_of (kinds, G_N_ELEMENTS (kinds), fd_db_row_text (row, 6));
  call->topic = fd_db_row_dup (row, 7);
  call->details = g_strdup (fd_db_row_text (row, 8));
  call->answered_late = fd_db_row_int (row, 9) != 0;
  call->transfer = index_of (transfers, G_N_ELEMENTS (transfers), fd_db_row_text (row, 10));
  call->host_id = fd_db_row_int (row, 11);
  call->host_name = g_strdup (fd_db_row_text (row, 12));
  call->host_department = g_strdup (fd_db_row_text (row, 13));
  call->follow_up = index_of (follow_ups, G_N_ELEMENTS (follow_ups), fd_db_row_text (row, 14));
  call->outcome = g_strdup (fd_db_row_text (row, 15));
  call->satisfied = fd_db_row_int (row, 16) != 0;
  call->resolved_ms = fd_db_row_int (row, 17);
  call->recorded_by = fd_db_row_dup (row, 18);
  g_ptr_array_add (user_data, call);
  return TRUE;
}

/* An optional text: NULL when empty; FALSE when too long or unreadable. */
static gboolean
optional (const char  *text,
          guint        max_chars,
          char       **out)
{
  FdInvalid problem;

  *out = NULL;
  if (text == NULL)
    return TRUE;
  problem = fd_text_normalize (text, max_chars, out);
  if (problem == FD_INVALID_MISSING)
    g_clear_pointer (out, g_free);
  return problem == FD_INVALID_NONE || problem == FD_INVALID_MISSING;
}

/* TEL-4: the colleague who did not answer gets the caller, the subject
 * and the number, with the promise made to the caller. */
static gboolean
enqueue_message_locked (FdStore         *self,
                        const FdCallIn  *in,
                        const char      *caller,
                        const char      *company,
                        const char      *phone,
                        const char      *topic,
                        const char      *details,
                        GError         **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, in->host_id, error);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *subject = NULL;
  g_autofree char *when = fd_format_local_time (fd_store_now_ms (self), "%Y-%m-%d %H:%M");
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  /* Translators: %s the caller. */
  subject = g_strdup_printf (fd_tr (lang, N_("Phone message from %s")), caller);
  if (company != NULL)
    /* Translators: %1$s the caller, %2$s their company, %3$s when. */
    g_string_append_printf (body, fd_tr (lang, N_("%1$s of %2$s called at %3$s and could not reach you.")),
                            caller, company, when);
  else
    g_string_append_printf (body, fd_tr (lang, N_("%1$s called at %2$s and could not reach you.")), caller, when);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, fd_tr (lang, N_("Subject: %s")), topic);
  g_string_append_c (body, '\n');
  if (details != NULL)
    {
      g_string_append (body, details);
      g_string_append_c (body, '\n');
    }
  g_string_append_printf (body, fd_tr (lang, N_("Phone: %s")), phone);
  g_string_append_c (body, '\n');
  /* TEL-4: 「我会尽快让他/她回电给您」 */
  g_string_append (body, fd_tr (lang, N_("Reception told them you will call back as soon as you can.")));
  g_string_append_c (body, '\n');
  return fd_store_enqueue_to_host_locked (self, "call-message", host, 0, 0, subject, body->str, error);
}

/**
 * fd_store_log_call:
 * @in: the caller, what the call was about, how it was answered and
 *   transferred
 *
 * TEL-3: records the call as taken now by the staff member of @session.
 * A transfer (TEL-4) names the colleague, a host; when they did not
 * answer, the message goes to them by their channels in the same
 * transaction, and the caller's number is needed for it.  A transferred
 * enquiry (FAQ-2) and a complaint (FAQ-3) are left to follow up.
 *
 * Returns: the call's id; 0 with FD_ERROR_INVALID (a field) or
 *   FD_ERROR_NOT_FOUND (no such active host).
 */
gint64
fd_store_log_call (FdStore          *self,
                   const FdSession  *session,
                   const FdCallIn   *in,
                   GError          **error)
{
  g_autofree char *caller = NULL, *company = NULL, *typed = NULL, *phone = NULL, *topic = NULL, *details = NULL;
  g_autofree char *subject = NULL;
  gint64 now = fd_store_now_ms (self);
  gint64 id = 0;
  gboolean follow = in->kind == FD_CALL_COMPLAINT || in->transfer == FD_CALL_TRANSFERRED;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "call.log", &actor, error))
    return 0;
  if (fd_text_normalize (in->caller, MAX_CALLER, &caller) != FD_INVALID_NONE ||
      fd_text_normalize (in->topic, MAX_TOPIC, &topic) != FD_INVALID_NONE ||
      !optional (in->company, MAX_COMPANY, &company) || !optional (in->details, MAX_DETAILS, &details))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The caller's name and what the call is about are needed");
      return 0;
    }
  if (!optional (in->phone, 40, &typed) || (typed != NULL && fd_validate_phone (typed, &phone) != FD_INVALID_NONE))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The phone number is not valid");
      return 0;
    }
  if (in->transfer != FD_CALL_NOT_TRANSFERRED && in->host_id <= 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A transfer needs the colleague it went to");
      return 0;
    }
  if (in->transfer == FD_CALL_MESSAGE && phone == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A message needs the caller's number, to call back");
      return 0;
    }

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error);
  ok = ok && (in->host_id <= 0 || fd_store_check_host_locked (self, in->host_id, error));
  ok = ok &&
       fd_db_query_int (self->db,
                        "INSERT INTO calls (site, at_ms, caller, company, phone, kind, topic, details, answered_late, "
                        "transfer, host_id, follow_up, recorded_by, created_ms, updated_ms) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (fd_store_session_site (self, session)), FD_DB_I (now), FD_DB_S (caller),
                                    FD_DB_S (company), FD_DB_S (phone), FD_DB_S (kinds[in->kind]), FD_DB_S (topic),
                                    FD_DB_S (details), FD_DB_I (in->answered_late), FD_DB_S (transfers[in->transfer]),
                                    in->host_id > 0 ? FD_DB_I (in->host_id) : FD_DB_S (NULL),
                                    FD_DB_S (follow_ups[follow ? FD_FOLLOW_UP_OPEN : FD_FOLLOW_UP_NONE]),
                                    FD_DB_S (actor), FD_DB_I (now), FD_DB_I (now)),
                        &id, error);
  subject = g_strdup_printf ("call:%" G_GINT64_FORMAT, id);
  ok = ok &&
       (in->transfer != FD_CALL_MESSAGE ||
        enqueue_message_locked (self, in, caller, company, phone, topic, details, error)) &&
       fd_store_audit_locked (self, actor, "call.log", subject, kinds[in->kind], error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  return id;
}

/**
 * fd_store_list_calls:
 *
 * Returns: (transfer container) (element-type FdCall): the calls of the
 *   site @session looks at: today's, newest first, or those still to be
 *   followed up, oldest first (at most 200).
 */
GPtrArray *
fd_store_list_calls (FdStore          *self,
                     const FdSession  *session,
                     FdCallList        which,
                     GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_call_free);
  g_autofree char *today = NULL;
  const char *site;
  gint64 from = 0, to = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "calls.list", error))
    return NULL;
  site = fd_session_get_site (session);
  today = fd_store_today (self);
  fd_day_range (today, &from, &to);
  STORE_LOCK (self);
  if (which == FD_CALLS_TODAY)
    ok = fd_db_exec (self->db,
                     "SELECT " CALL_COLUMNS " FROM calls c LEFT JOIN hosts h ON h.id = c.host_id "
                     "WHERE c.at_ms >= ? AND c.at_ms < ? AND (c.site = ? OR ? = '') "
                     "ORDER BY c.at_ms DESC, c.id DESC LIMIT 200",
                     FD_DB_ARGS (FD_DB_I (from), FD_DB_I (to), FD_DB_S (site), FD_DB_S (site)), call_cb, list, error);
  else
    ok = fd_db_exec (self->db,
                     "SELECT " CALL_COLUMNS " FROM calls c LEFT JOIN hosts h ON h.id = c.host_id "
                     "WHERE c.follow_up = 'open' AND (c.site = ? OR ? = '') ORDER BY c.at_ms, c.id LIMIT 200",
                     FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), call_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/**
 * fd_store_resolve_call:
 * @outcome: what came of it: "after-sales called back, replaced the part"
 * @satisfied: FAQ-3: the caller, asked, said they are satisfied
 *
 * Closes a call's follow-up (FAQ-2, FAQ-3).
 *
 * Returns: FD_ERROR_INVALID without an outcome; FD_ERROR_STATE when the
 *   call has nothing open.
 */
gboolean
fd_store_resolve_call (FdStore          *self,
                       const FdSession  *session,
                       gint64            id,
                       const char       *outcome,
                       gboolean          satisfied,
                       GError          **error)
{
  g_autofree char *text = NULL;
  g_autofree char *subject = g_strdup_printf ("call:%" G_GINT64_FORMAT, id);
  const char *site = fd_session_get_site (session);
  const char *actor;
  gint64 changed = 0;
  gint64 now;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "call.resolve", &actor, error))
    return FALSE;
  if (fd_text_normalize (outcome, MAX_OUTCOME, &text) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Say what came of it");
      return FALSE;
    }
  now = fd_store_now_ms (self);
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "UPDATE calls SET follow_up = 'resolved', outcome = ?, satisfied = ?, resolved_ms = ?, "
                        "updated_ms = ? WHERE id = ? AND follow_up = 'open' AND (site = ? OR ? = '') RETURNING id",
                        FD_DB_ARGS (FD_DB_S (text), FD_DB_I (satisfied), FD_DB_I (now), FD_DB_I (now), FD_DB_I (id),
                                    FD_DB_S (site), FD_DB_S (site)),
                        &changed, error);
  if (ok && changed == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Call %" G_GINT64_FORMAT " has nothing to follow up", id);
      ok = FALSE;
    }
  ok = ok &&
       fd_store_audit_locked (self, actor, "call.resolve", subject, satisfied ? "satisfied" : NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_count_calls:
 * @n_calls: (out): calls taken from @from_ms to @to_ms
 * @n_in_time: (out): of them, answered within 3 rings
 *
 * KPI-3, for the site @session looks at.
 */
gboolean
fd_store_count_calls (FdStore          *self,
                      const FdSession  *session,
                      gint64            from_ms,
                      gint64            to_ms,
                      gint64           *n_calls,
                      gint64           *n_in_time,
                      GError          **error)
{
  const char *site = fd_session_get_site (session);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  *n_calls = *n_in_time = 0;
  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "calls.list", error))
    return FALSE;
  STORE_LOCK (self);
  ok = fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM calls WHERE at_ms >= ? AND at_ms < ? AND (site = ? OR ? = '')",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site), FD_DB_S (site)),
                        n_calls, error) &&
       fd_db_query_int (self->db,
                        "SELECT COUNT(*) FROM calls WHERE at_ms >= ? AND at_ms < ? AND answered_late = 0 "
                        "AND (site = ? OR ? = '')",
                        FD_DB_ARGS (FD_DB_I (from_ms), FD_DB_I (to_ms), FD_DB_S (site), FD_DB_S (site)),
                        n_in_time, error);
  STORE_UNLOCK (self);
  return ok;
}
