/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"

/*
 * The outbox: messages to hosts, written in the same transaction as the
 * visit they are about, so that no confirmed visit lacks its message and no
 * message exists without its visit.  FdNotifier delivers them.
 */

#define OUTBOX_COLUMNS \
  "id, channel, recipient, subject, body, visit_id, state, attempts, last_error, created_ms, sent_ms"

void
fd_outbox_message_free (FdOutboxMessage *message)
{
  if (message == NULL)
    return;
  g_free (message->channel);
  g_free (message->recipient);
  g_free (message->subject);
  g_free (message->body);
  g_free (message->state);
  g_free (message->last_error);
  g_free (message);
}

static gboolean
message_cb (FdDbRow  *row,
            gpointer  user_data)
{
  GPtrArray *messages = user_data;
  FdOutboxMessage *message = g_new0 (FdOutboxMessage, 1);

  message->id = fd_db_row_int (row, 0);
  message->channel = fd_db_row_dup (row, 1);
  message->recipient = fd_db_row_dup (row, 2);
  message->subject = fd_db_row_dup (row, 3);
  message->body = fd_db_row_dup (row, 4);
  message->visit_id = fd_db_row_int (row, 5);
  message->state = fd_db_row_dup (row, 6);
  message->attempts = (int) fd_db_row_int (row, 7);
  message->last_error = fd_db_row_dup (row, 8);
  message->created_ms = fd_db_row_int (row, 9);
  message->sent_ms = fd_db_row_int (row, 10);
  g_ptr_array_add (messages, message);
  return TRUE;
}

static GPtrArray *
message_array (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) fd_outbox_message_free);
}

GPtrArray *
fd_store_list_outbox (FdStore          *self,
                      const FdSession  *session,
                      gboolean          failed_only,
                      GError          **error)
{
  g_autoptr(GPtrArray) messages = message_array ();
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  /* Messages name visitors and hosts: an administrator's, to see why one
   * did not go out. */
  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "outbox.list", error))
    return NULL;

  STORE_LOCK (self);
  /* Two statements, so that the failed ones are read through the index on
   * state, not by reading every message ever sent. */
  ok = fd_db_exec (self->db,
                   failed_only ? "SELECT " OUTBOX_COLUMNS " FROM outbox WHERE state = 'failed' ORDER BY id"
                               : "SELECT " OUTBOX_COLUMNS " FROM outbox ORDER BY id",
                   FD_DB_NO_ARGS, message_cb, messages, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&messages) : NULL;
}

/* Messages due now, oldest first. */
GPtrArray *
fd_store_due_outbox (FdStore  *self,
                     guint     limit,
                     GError  **error)
{
  g_autoptr(GPtrArray) messages = message_array ();
  gboolean ok;

  gint64 now = fd_store_now_ms (self);

  STORE_LOCK (self);
  /* "Your visitor is here" about a visitor who has gone would send the host
   * to the lobby for nobody: such a message is dropped, and says why. */
  ok = fd_db_exec (self->db,
                   "UPDATE outbox SET state = 'dropped', last_error = ? "
                   "WHERE state = 'pending' AND next_attempt_ms <= ? AND kind IN ('arrival', 'reminder') "
                   "AND visit_id IN (SELECT id FROM visits WHERE state <> 'on_site')",
                   FD_DB_ARGS (FD_DB_S ("Not sent: the visitor had left"), FD_DB_I (now)),
                   NULL, NULL, error) &&
       /* Nor "your parcel is here" about a parcel already collected. */
       fd_db_exec (self->db,
                   "UPDATE outbox SET state = 'dropped', last_error = ? "
                   "WHERE state = 'pending' AND next_attempt_ms <= ? AND kind IN ('parcel', 'parcel-reminder') "
                   "AND parcel_id IN (SELECT id FROM parcels WHERE state <> 'waiting')",
                   FD_DB_ARGS (FD_DB_S ("Not sent: the parcel had left the desk"), FD_DB_I (now)),
                   NULL, NULL, error) &&
       fd_db_exec (self->db,
                   "SELECT " OUTBOX_COLUMNS " FROM outbox WHERE state = 'pending' AND next_attempt_ms <= ? "
                   "ORDER BY id LIMIT ?",
                   FD_DB_ARGS (FD_DB_I (now), FD_DB_I (limit)), message_cb, messages, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&messages) : NULL;
}

/* Records an attempt: sent, or the error and when to try again (0: give
 * up, the message has failed). */
gboolean
fd_store_outbox_attempt (FdStore     *self,
                         gint64       id,
                         gboolean     sent,
                         const char  *error_text,
                         gint64       retry_at_ms,
                         GError     **error)
{
  gint64 now = fd_store_now_ms (self);
  gboolean ok;

  STORE_LOCK (self);
  if (sent)
    ok = fd_db_exec (self->db,
                     "UPDATE outbox SET state = 'sent', attempts = attempts + 1, sent_ms = ?, last_error = NULL "
                     "WHERE id = ?",
                     FD_DB_ARGS (FD_DB_I (now), FD_DB_I (id)), NULL, NULL, error);
  else
    ok = fd_db_exec (self->db,
                     "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_ms = ? "
                     "WHERE id = ?",
                     FD_DB_ARGS (FD_DB_S (retry_at_ms > 0 ? "pending" : "failed"), FD_DB_S (error_text),
                                 FD_DB_I (retry_at_ms > 0 ? retry_at_ms : now), FD_DB_I (id)),
                     NULL, NULL, error);
  STORE_UNLOCK (self);
  return ok;
}

/* Puts a failed message back in line, to be sent at once. */
gboolean
fd_store_retry_outbox (FdStore          *self,
                       const FdSession  *session,
                       gint64            id,
                       GError          **error)
{
  gint64 done = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "outbox.retry", error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_query_int (self->db,
                        "UPDATE outbox SET state = 'pending', next_attempt_ms = ?, created_ms = ? "
                        "WHERE id = ? AND state <> 'sent' RETURNING id",
                        FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (fd_store_now_ms (self)),
                                    FD_DB_I (id)),
                        &done, error);
  STORE_UNLOCK (self);
  if (ok && done == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No unsent message %" G_GINT64_FORMAT, id);
      return FALSE;
    }
  return ok;
}

void
fd_host_notice_free (FdHostNotice *notice)
{
  if (notice == NULL)
    return;
  g_free (notice->channels);
  g_free (notice->last_error);
  g_free (notice);
}

/**
 * fd_store_get_host_notice:
 * @visit: a visit, as listed
 *
 * Tried at the desk: the staff window never showed whether the host was
 * told of their visitor; the first sign was FAQ-1's row fifteen minutes
 * later.  This says how the messages about @visit (its arrival, and any
 * reminder) stand: sent (with the channels and the time), still being
 * tried (with the last error), given up, or none at all because the host
 * can be reached by no channel.  Read through the outbox's index on
 * visit_id.
 *
 * Returns: (transfer full): how the host was told, or %NULL with @error.
 */
FdHostNotice *
fd_store_get_host_notice (FdStore          *self,
                          const FdSession  *session,
                          const FdVisit    *visit,
                          GError          **error)
{
  g_autoptr(GPtrArray) messages = message_array ();
  g_autoptr(FdHostNotice) notice = g_new0 (FdHostNotice, 1);
  g_autoptr(GString) channels = g_string_new (NULL);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "outbox.notice", error))
    return NULL;
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT " OUTBOX_COLUMNS " FROM outbox "
                   "WHERE visit_id = ? AND kind IN ('arrival', 'reminder') ORDER BY created_ms, id",
                   FD_DB_ARGS (FD_DB_I (visit->id)), message_cb, messages, error);
  STORE_UNLOCK (self);
  if (!ok)
    return NULL;
  notice->state = FD_NOTICE_NONE;
  for (guint i = 0; i < messages->len; i++)
    {
      FdOutboxMessage *message = messages->pdata[i];

      if (g_str_equal (message->state, "sent"))
        {
          if (notice->state != FD_NOTICE_SENT)
            g_string_truncate (channels, 0);
          notice->state = FD_NOTICE_SENT;
          notice->sent_ms = MAX (notice->sent_ms, message->sent_ms);
          if (strstr (channels->str, message->channel) == NULL)
            g_string_append_printf (channels, "%s%s", channels->len > 0 ? "," : "", message->channel);
        }
      else if (notice->state != FD_NOTICE_SENT &&
               (g_str_equal (message->state, "pending") || g_str_equal (message->state, "failed")))
        {
          if (g_str_equal (message->state, "pending") || notice->state == FD_NOTICE_NONE)
            notice->state = g_str_equal (message->state, "pending") ? FD_NOTICE_PENDING : FD_NOTICE_FAILED;
          notice->attempts = MAX (notice->attempts, message->attempts);
          if (message->last_error != NULL)
            {
              g_free (notice->last_error);
              notice->last_error = g_strdup (message->last_error);
            }
          if (strstr (channels->str, message->channel) == NULL)
            g_string_append_printf (channels, "%s%s", channels->len > 0 ? "," : "", message->channel);
        }
    }
  notice->channels = g_string_free (g_steal_pointer (&channels), FALSE);
  /* A message that waits while no channel can carry it (no mail server,
   * no chat group) is not "being sent": the host must be called. */
  if (notice->state == FD_NOTICE_PENDING && !fd_store_host_reachable (self, visit->host_id))
    notice->state = FD_NOTICE_NONE;
  return g_steal_pointer (&notice);
}
