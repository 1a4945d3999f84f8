/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-parcels.h"

#include <string.h>

#include "fd-error.h"
#include "fd-store-private.h"
#include "fd-store-sites.h"
#include "fd-validate.h"

/*
 * Parcels at the front desk (PKG-1 to PKG-5): logged on arrival with the
 * carrier's tracking number, the recipient (a host) and the state of the
 * packaging, with a photo when it is damaged; the recipient is told by
 * their channels in the same transaction; reminded after 3 days by the
 * station's housekeeping; handed over to someone whose identity the
 * person at the desk checked, who signs on the screen; or, unclaimed after
 * 7 days, given back to the carrier.  A parcel belongs to its recipient's
 * site.
 */

#define MAX_CARRIER       40
#define MAX_DAMAGE        200
#define MAX_COLLECTOR     40
#define MAX_PHOTO_BYTES   (4 * 1024 * 1024)

#define PARCEL_COLUMNS \
  "p.id, p.state, p.tracking, p.carrier, p.recipient_id, h.name, h.department, p.site, " \
  "p.received_ms, p.received_by, p.damage, CASE WHEN p.photo IS NULL THEN 0 ELSE 1 END, p.reminded_ms, p.collected_ms, " \
  "p.collected_by, p.handed_over_by, p.returned_ms"

static gboolean
parcel_cb (FdDbRow  *row,
           gpointer  user_data)
{
  FdParcel *parcel = g_new0 (FdParcel, 1);
  const char *state = fd_db_row_text (row, 1);

  parcel->id = fd_db_row_int (row, 0);
  parcel->state = g_strcmp0 (state, "collected") == 0 ? FD_PARCEL_COLLECTED
                  : g_strcmp0 (state, "returned") == 0 ? FD_PARCEL_RETURNED
                  : FD_PARCEL_WAITING;
  parcel->tracking = fd_db_row_dup (row, 2);
  parcel->carrier = fd_db_row_dup (row, 3);
  parcel->recipient_id = fd_db_row_int (row, 4);
  parcel->recipient_name = fd_db_row_dup (row, 5);
  parcel->recipient_department = fd_db_row_dup (row, 6);
  parcel->site = fd_db_row_dup (row, 7);
  parcel->received_ms = fd_db_row_int (row, 8);
  parcel->received_by = fd_db_row_dup (row, 9);
  parcel->damage = g_strdup (fd_db_row_text (row, 10));  /* NULL: intact */
  parcel->has_photo = fd_db_row_int (row, 11) != 0;
  parcel->reminded_ms = fd_db_row_int (row, 12);
  parcel->collected_ms = fd_db_row_int (row, 13);
  parcel->collected_by = fd_db_row_dup (row, 14);
  parcel->handed_over_by = fd_db_row_dup (row, 15);
  parcel->returned_ms = fd_db_row_int (row, 16);
  g_ptr_array_add (user_data, parcel);
  return TRUE;
}

/* A tracking number as carriers print it: letters, digits and dashes,
 * 4 to 40 of them; spaces a person types between groups are dropped. */
static char *
clean_tracking (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t')
        continue;
      if (!g_ascii_isalnum (*p) && *p != '-')
        return NULL;
      g_string_append_c (out, g_ascii_toupper (*p));
    }
  if (out->len < 4 || out->len > 40)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
is_image (GBytes *photo)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (photo, &size);

  if (size < 8 || size > MAX_PHOTO_BYTES)
    return FALSE;
  return (data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) ||
         memcmp (data, "\x89PNG\r\n\x1a\n", 8) == 0;
}

/* PKG-3 and PKG-5's words to the recipient, in their language. */
static gboolean
enqueue_parcel_locked (FdStore     *self,
                       const char  *kind,
                       gint64       parcel_id,
                       GError     **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parcel_free);
  g_autoptr(FdHost) host = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *when = NULL;
  g_autofree char *subject = NULL;
  const FdParcel *parcel;
  gboolean reminder = g_str_equal (kind, "parcel-reminder");
  FdLang lang;

  if (!fd_db_exec (self->db,
                   "SELECT " PARCEL_COLUMNS " FROM parcels p JOIN hosts h ON h.id = p.recipient_id WHERE p.id = ?",
                   FD_DB_ARGS (FD_DB_I (parcel_id)), parcel_cb, found, error))
    return FALSE;
  if (found->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No parcel %" G_GINT64_FORMAT, parcel_id);
      return FALSE;
    }
  parcel = found->pdata[0];
  host = fd_store_get_host (self, parcel->recipient_id, error);
  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  when = fd_format_local_time (parcel->received_ms, "%Y-%m-%d %H:%M");
  if (reminder)
    {
      subject = g_strdup (fd_tr (lang, N_("Reminder: your parcel is waiting at reception")));
      /* PKG-5: 「您好，您的快递已经到了3天，请尽快领取。」 Translators: %d days. */
      g_string_append_printf (body, fd_tr (lang, N_("Hello, your parcel has been here for %d days. Please collect it soon.")),
                              FD_PARCEL_REMIND_DAYS);
    }
  else
    {
      subject = g_strdup (fd_tr (lang, N_("A parcel for you at reception")));
      /* PKG-3: 「您好，您有一个快递到了，请到前台领取。」 */
      g_string_append (body, fd_tr (lang, N_("Hello, a parcel has arrived for you. Please collect it at reception.")));
    }
  g_string_append_c (body, '\n');
  /* Translators: %1$s a carrier, %2$s its tracking number. */
  g_string_append_printf (body, fd_tr (lang, N_("Carrier: %1$s, tracking number %2$s")), parcel->carrier, parcel->tracking);
  g_string_append_c (body, '\n');
  g_string_append_printf (body, fd_tr (lang, N_("Received: %s")), when);
  g_string_append_c (body, '\n');
  if (parcel->damage != NULL)
    {
      g_string_append_printf (body, fd_tr (lang, N_("The packaging was damaged on arrival: %s")), parcel->damage);
      g_string_append_c (body, '\n');
    }
  if (reminder)
    {
      /* Translators: %d days. */
      g_string_append_printf (body, fd_tr (lang, N_("Parcels not collected within %d days go back to the carrier.")),
                              FD_PARCEL_RETURN_DAYS);
      g_string_append_c (body, '\n');
    }
  return fd_store_enqueue_to_host_locked (self, kind, host, 0, parcel_id, subject, body->str, error);
}

/**
 * fd_store_receive_parcel:
 * @in: the tracking number, carrier, recipient and packaging
 *
 * PKG-1 to PKG-3: logs the parcel as received now by the staff member of
 * @session and tells the recipient, in one transaction.  A damaged
 * parcel says what is wrong, and may keep a photo (JPEG or PNG, at most
 * 4 MB).
 *
 * Returns: the parcel's id; 0 with FD_ERROR_INVALID (a field),
 *   FD_ERROR_NOT_FOUND (no such active host) or FD_ERROR_STATE (the same
 *   tracking number is already waiting at the desk).
 */
gint64
fd_store_receive_parcel (FdStore           *self,
                         const FdSession   *session,
                         const FdParcelIn  *in,
                         GError           **error)
{
  g_autofree char *tracking = clean_tracking (in->tracking);
  g_autofree char *carrier = NULL;
  g_autofree char *damage = NULL;
  g_autofree char *photo = NULL;
  g_autofree char *subject = NULL;
  gint64 now = fd_store_now_ms (self);
  gint64 waiting = 0;
  gint64 id = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "parcel.receive", &actor, error))
    return 0;
  if (tracking == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "A tracking number is 4 to 40 letters, digits or dashes");
      return 0;
    }
  if (fd_text_normalize (in->carrier, MAX_CARRIER, &carrier) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The carrier is missing or too long");
      return 0;
    }
  /* No words about the packaging: it is intact. */
  if (in->damage != NULL)
    {
      FdInvalid problem = fd_text_normalize (in->damage, MAX_DAMAGE, &damage);

      if (problem == FD_INVALID_MISSING)
        g_clear_pointer (&damage, g_free);
      else if (problem != FD_INVALID_NONE)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The description of the damage is too long or unreadable");
          return 0;
        }
    }
  if (in->photo != NULL)
    {
      if (!is_image (in->photo))
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The photo is not a JPEG or PNG image of at most 4 MB");
          return 0;
        }
      photo = g_base64_encode (g_bytes_get_data (in->photo, NULL), g_bytes_get_size (in->photo));
    }

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db, "SELECT COUNT(*) FROM parcels WHERE tracking = ? AND state = 'waiting'",
                        FD_DB_ARGS (FD_DB_S (tracking)), &waiting, error);
  if (ok && waiting > 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Parcel %s is already at the desk", tracking);
      ok = FALSE;
    }
  ok = ok &&
       fd_db_query_int (self->db,
                        "INSERT INTO parcels (tracking, carrier, recipient_id, site, received_ms, received_by, "
                        "damage, photo, created_ms, updated_ms) "
                        "SELECT ?, ?, id, site, ?, ?, ?, ?, ?, ? FROM hosts WHERE id = ? AND active = 1 RETURNING id",
                        FD_DB_ARGS (FD_DB_S (tracking), FD_DB_S (carrier), FD_DB_I (now), FD_DB_S (actor),
                                    FD_DB_S (damage), FD_DB_S (photo), FD_DB_I (now), FD_DB_I (now),
                                    FD_DB_I (in->recipient_id)),
                        &id, error);
  if (ok && id == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No active host %" G_GINT64_FORMAT, in->recipient_id);
      ok = FALSE;
    }
  subject = g_strdup_printf ("parcel:%" G_GINT64_FORMAT, id);
  ok = ok &&
       enqueue_parcel_locked (self, "parcel", id, error) &&
       fd_store_audit_locked (self, actor, "parcel.receive", subject, damage != NULL ? "damaged" : NULL, error) &&
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
 * fd_store_list_parcels:
 *
 * Returns: (transfer container) (element-type FdParcel): the parcels of
 *   the site @session looks at: those waiting at the desk, oldest first,
 *   or those collected or returned in the last 7 days, newest first (at
 *   most 200 each).
 */
GPtrArray *
fd_store_list_parcels (FdStore          *self,
                       const FdSession  *session,
                       FdParcelList      which,
                       GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parcel_free);
  const char *site;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "parcels.list", error))
    return NULL;
  site = fd_session_get_site (session);
  STORE_LOCK (self);
  if (which == FD_PARCELS_WAITING)
    ok = fd_db_exec (self->db,
                     "SELECT " PARCEL_COLUMNS " FROM parcels p JOIN hosts h ON h.id = p.recipient_id "
                     "WHERE p.state = 'waiting' AND (p.site = ? OR ? = '') ORDER BY p.received_ms, p.id LIMIT 200",
                     FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site)), parcel_cb, list, error);
  else
    ok = fd_db_exec (self->db,
                     "SELECT " PARCEL_COLUMNS " FROM parcels p JOIN hosts h ON h.id = p.recipient_id "
                     "WHERE p.state <> 'waiting' AND p.updated_ms >= ? AND (p.site = ? OR ? = '') "
                     "ORDER BY p.updated_ms DESC, p.id DESC LIMIT 200",
                     FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self) - FD_PARCEL_RETURN_DAYS * FD_DAY_MS),
                                 FD_DB_S (site), FD_DB_S (site)),
                     parcel_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/* The parcel @id as it is now, if the session's view holds it. */
static FdParcel *
get_parcel_locked (FdStore          *self,
                   const FdSession  *session,
                   gint64            id,
                   GError          **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_parcel_free);
  const char *site = fd_session_get_site (session);

  if (!fd_db_exec (self->db,
                   "SELECT " PARCEL_COLUMNS " FROM parcels p JOIN hosts h ON h.id = p.recipient_id "
                   "WHERE p.id = ? AND (p.site = ? OR ? = '')",
                   FD_DB_ARGS (FD_DB_I (id), FD_DB_S (site), FD_DB_S (site)), parcel_cb, found, error))
    return NULL;
  if (found->len == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No parcel %" G_GINT64_FORMAT, id);
      return NULL;
    }
  return g_ptr_array_steal_index (found, 0);
}

FdParcel *
fd_store_get_parcel (FdStore          *self,
                     const FdSession  *session,
                     gint64            id,
                     GError          **error)
{
  FdParcel *parcel;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "parcels.list", error))
    return NULL;
  STORE_LOCK (self);
  parcel = get_parcel_locked (self, session, id, error);
  STORE_UNLOCK (self);
  return parcel;
}

/* One text column of parcel @id, for the session's view;
 * FD_ERROR_NOT_FOUND when the parcel or the text is not there. */
static char *
parcel_text (FdStore          *self,
             const FdSession  *session,
             gint64            id,
             const char       *sql,
             GError          **error)
{
  g_autoptr(FdParcel) parcel = NULL;
  char *text = NULL;
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "parcels.list", error))
    return NULL;
  STORE_LOCK (self);
  parcel = get_parcel_locked (self, session, id, error);
  ok = parcel != NULL && fd_db_exec (self->db, sql, FD_DB_ARGS (FD_DB_I (id)), fd_store_first_text_cb, &text, error);
  STORE_UNLOCK (self);
  if (ok && text == NULL)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, "Not kept for this parcel");
  if (!ok)
    g_clear_pointer (&text, g_free);
  return text;
}

/**
 * fd_store_get_parcel_photo:
 *
 * Returns: (transfer full): the photo of the damage (PKG-2), or %NULL
 *   with FD_ERROR_NOT_FOUND when none was kept.
 */
GBytes *
fd_store_get_parcel_photo (FdStore          *self,
                           const FdSession  *session,
                           gint64            id,
                           GError          **error)
{
  g_autofree char *text = NULL;
  guchar *data;
  gsize size = 0;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  text = parcel_text (self, session, id, "SELECT photo FROM parcels WHERE id = ?", error);
  if (text == NULL)
    return NULL;
  data = g_base64_decode (text, &size);
  return g_bytes_new_take (data, size);
}

/**
 * fd_store_get_parcel_signature:
 *
 * Returns: (transfer full): the collector's signature as
 *   fd_store_hand_over_parcel() took it, or %NULL with FD_ERROR_NOT_FOUND.
 */
char *
fd_store_get_parcel_signature (FdStore          *self,
                               const FdSession  *session,
                               gint64            id,
                               GError          **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), NULL);
  return parcel_text (self, session, id, "SELECT signature FROM parcels WHERE id = ?", error);
}

/* Changes waiting parcel @id (in the session's view) with @sql, whose
 * arguments are @args then the parcel's id, and audits @action. */
static gboolean
change_waiting (FdStore          *self,
                const FdSession  *session,
                gint64            id,
                const char       *action,
                gboolean          due_back_only,
                const char       *sql,
                const FdDbValue  *args,
                guint             n_args,
                const char       *detail,
                GError          **error)
{
  g_autoptr(FdParcel) parcel = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (FdDbValue));
  g_autofree char *subject = g_strdup_printf ("parcel:%" G_GINT64_FORMAT, id);
  FdDbValue last = FD_DB_I (id);
  const char *actor;
  gboolean ok;

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, action, &actor, error))
    return FALSE;
  g_array_append_vals (all, args, n_args);
  g_array_append_val (all, last);
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) && (parcel = get_parcel_locked (self, session, id, error)) != NULL;
  if (ok && parcel->state != FD_PARCEL_WAITING)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Parcel %" G_GINT64_FORMAT " is no longer at the desk", id);
      ok = FALSE;
    }
  if (ok && due_back_only && !fd_parcel_is_due_back (parcel, fd_store_now_ms (self)))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Parcel %" G_GINT64_FORMAT " has waited less than %d days",
                   id, FD_PARCEL_RETURN_DAYS);
      ok = FALSE;
    }
  ok = ok &&
       fd_db_exec (self->db, sql, (FdDbValue *) all->data, all->len, NULL, NULL, error) &&
       fd_store_audit_locked (self, actor, action, subject, detail, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_hand_over_parcel:
 * @collected_by: who takes it: the recipient, or a colleague they sent
 * @identity_checked: the person at the desk checked who they are
 * @signature: what they signed on the signature pad (see
 *   fd_parcel_signature_is_valid())
 *
 * PKG-4: the parcel leaves the desk, with who took it, who handed it
 * over, the signature and the time.
 *
 * Returns: FD_ERROR_INVALID without a name, an identity check or a
 *   signature; FD_ERROR_STATE when the parcel is no longer at the desk.
 */
gboolean
fd_store_hand_over_parcel (FdStore          *self,
                           const FdSession  *session,
                           gint64            id,
                           const char       *collected_by,
                           gboolean          identity_checked,
                           const char       *signature,
                           GError          **error)
{
  g_autofree char *who = NULL;
  gint64 now;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (fd_text_normalize (collected_by, MAX_COLLECTOR, &who) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Who collects the parcel is missing or too long");
      return FALSE;
    }
  if (!identity_checked)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The collector's identity was not checked");
      return FALSE;
    }
  if (!fd_parcel_signature_is_valid (signature))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The collector has not signed");
      return FALSE;
    }
  now = fd_store_now_ms (self);
  return change_waiting (self, session, id, "parcel.hand-over", FALSE,
                         "UPDATE parcels SET state = 'collected', collected_ms = ?, collected_by = ?, "
                         "handed_over_by = ?, signature = ?, updated_ms = ? WHERE id = ?",
                         FD_DB_ARGS (FD_DB_I (now), FD_DB_S (who), FD_DB_S (fd_session_get_username (session)),
                                     FD_DB_S (signature), FD_DB_I (now)),
                         who, error);
}

/**
 * fd_store_return_parcel:
 *
 * PKG-5: a parcel unclaimed for 7 days goes back to the carrier marked
 * 「无人领取」.
 *
 * Returns: FD_ERROR_STATE before its seventh day, or when it has left the
 *   desk already.
 */
gboolean
fd_store_return_parcel (FdStore          *self,
                        const FdSession  *session,
                        gint64            id,
                        GError          **error)
{
  gint64 now;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  now = fd_store_now_ms (self);
  return change_waiting (self, session, id, "parcel.return", TRUE,
                         "UPDATE parcels SET state = 'returned', returned_ms = ?, handed_over_by = ?, "
                         "updated_ms = ? WHERE id = ?",
                         FD_DB_ARGS (FD_DB_I (now), FD_DB_S (fd_session_get_username (session)), FD_DB_I (now)),
                         "unclaimed", error);
}

/**
 * fd_store_remind_parcels:
 * @reminded: (out) (optional): how many recipients were reminded
 *
 * PKG-5: each recipient of a parcel waiting 3 days or more is reminded
 * once, every site's.  The station's housekeeping calls it every hour.
 */
gboolean
fd_store_remind_parcels (FdStore  *self,
                         guint    *reminded,
                         GError  **error)
{
  g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 now = fd_store_now_ms (self);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (reminded != NULL)
    *reminded = 0;
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db,
                   "SELECT id FROM parcels WHERE state = 'waiting' AND reminded_ms IS NULL AND received_ms <= ? "
                   "ORDER BY id",
                   FD_DB_ARGS (FD_DB_I (now - FD_PARCEL_REMIND_DAYS * FD_DAY_MS)), fd_store_collect_id_cb, due, error);
  for (guint i = 0; ok && i < due->len; i++)
    {
      gint64 id = g_array_index (due, gint64, i);
      g_autofree char *subject = g_strdup_printf ("parcel:%" G_GINT64_FORMAT, id);

      ok = enqueue_parcel_locked (self, "parcel-reminder", id, error) &&
           fd_db_exec (self->db, "UPDATE parcels SET reminded_ms = ?, updated_ms = ? WHERE id = ?",
                       FD_DB_ARGS (FD_DB_I (now), FD_DB_I (now), FD_DB_I (id)), NULL, NULL, error) &&
           fd_store_audit_locked (self, "station", "parcel.remind", subject, NULL, error);
    }
  ok = ok && fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  if (ok && reminded != NULL)
    *reminded = due->len;
  return ok;
}
