/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-rounds.h"

#include "fd-error.h"
#include "fd-store-private.h"
#include "fd-store-sites.h"
#include "fd-validate.h"

/*
 * The environment rounds (ENV-1 to ENV-3, KPI-4): the SOP's checks of the
 * front desk and the public areas, each with how often it is due, recorded
 * as done in order or with the problem found; incidents (water on the
 * floor, a broken item) with the SOP's first step, the colleague told and
 * how it was resolved; and KPI-4, the share of the last 7 days' checks
 * done and found in order.
 */

#define MAX_NOTE  200
#define MAX_PLACE 60

static const struct {
  const char   *key;
  const char   *sop;
  FdRoundEvery  every;
  const char   *text;
} checks[] = {
  { "desk-tidy", "ENV-1", FD_ROUND_DAILY, N_("Front desk clean and clutter-free") },
  { "desk-files", "ENV-1", FD_ROUND_DAILY, N_("Files sorted: to do, done, brochures") },
  { "desk-devices", "ENV-1", FD_ROUND_DAILY, N_("Devices tidy, cables out of sight") },
  { "plants-water", "ENV-1", FD_ROUND_TWICE_WEEKLY, N_("Plants watered, no standing water") },
  { "plants-leaves", "ENV-1", FD_ROUND_MONTHLY, N_("Plant leaves wiped") },
  { "corridors", "ENV-2", FD_ROUND_DAILY, N_("Corridors inspected") },
  { "restrooms", "ENV-2", FD_ROUND_TWICE_DAILY,
    N_("Restrooms checked: tissue refilled when a third is left, floor dry") },
  { "meeting-rooms", "ENV-2", FD_ROUND_DAILY, N_("Meeting rooms cleaned after today's meetings") },
};

static const char * const kinds[] = { "water", "broken", "other" };

static guint
needed_in_period (FdRoundEvery every)
{
  return every == FD_ROUND_TWICE_DAILY || every == FD_ROUND_TWICE_WEEKLY ? 2 : 1;
}

void
fd_round_check_free (FdRoundCheck *check)
{
  if (check == NULL)
    return;
  g_free (check->last_note);
  g_free (check->last_by);
  g_free (check);
}

void
fd_incident_free (FdIncident *incident)
{
  if (incident == NULL)
    return;
  g_free (incident->site);
  g_free (incident->place);
  g_free (incident->details);
  g_free (incident->recorded_by);
  g_free (incident->host_name);
  g_free (incident->resolution);
  g_free (incident);
}

/* ENV-3: what to do first, untranslated. */
const char *
fd_incident_step (FdIncidentKind kind)
{
  switch (kind)
    {
    case FD_INCIDENT_WATER:
      return N_("Put a wet-floor sign 1 m in front of it and call maintenance.");
    case FD_INCIDENT_BROKEN:
      return N_("Move it out of the way and ask the administration department for a replacement.");
    case FD_INCIDENT_OTHER:
    default:
      return N_("Make the place safe and tell the colleague who can mend it.");
    }
}

/* The local midnight that starts the day, week (Monday) or month of @ms. */
static gint64
period_start (gint64       ms,
              FdRoundEvery every)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (ms / 1000);
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autoptr(GDateTime) day = g_date_time_new_local (g_date_time_get_year (local), g_date_time_get_month (local),
                                                    every == FD_ROUND_MONTHLY ? 1 : g_date_time_get_day_of_month (local),
                                                    0, 0, 0);
  g_autoptr(GDateTime) start = NULL;

  if (every == FD_ROUND_TWICE_WEEKLY)
    start = g_date_time_add_days (day, 1 - g_date_time_get_day_of_week (day));
  else
    start = g_date_time_ref (day);
  return g_date_time_to_unix (start) * 1000;
}

typedef struct {
  char   *item;
  gint64  at_ms;
  gboolean ok;
  char   *note;
  char   *by;
} Done;

static void
done_free (Done *done)
{
  g_free (done->item);
  g_free (done->note);
  g_free (done->by);
  g_free (done);
}

static gboolean
done_cb (FdDbRow  *row,
         gpointer  user_data)
{
  Done *done = g_new0 (Done, 1);

  done->item = fd_db_row_dup (row, 0);
  done->at_ms = fd_db_row_int (row, 1);
  done->ok = fd_db_row_int (row, 2) != 0;
  done->note = g_strdup (fd_db_row_text (row, 3));
  done->by = fd_db_row_dup (row, 4);
  g_ptr_array_add (user_data, done);
  return TRUE;
}

/* The checks of the site @session works at since @from_ms, oldest first. */
static GPtrArray *
read_done (FdStore          *self,
           const FdSession  *session,
           gint64            from_ms,
           GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) done_free);
  const char *site = fd_store_session_site (self, session);
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT item, at_ms, ok, note, recorded_by FROM env_checks WHERE site = ? AND at_ms >= ? "
                   "ORDER BY at_ms, id",
                   FD_DB_ARGS (FD_DB_S (site), FD_DB_I (from_ms)), done_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/**
 * fd_store_list_rounds:
 *
 * Returns: (transfer container) (element-type FdRoundCheck): every check
 *   of the rounds, in the SOP's order, with how it stands in its current
 *   period at the site @session works at.
 */
GPtrArray *
fd_store_list_rounds (FdStore          *self,
                      const FdSession  *session,
                      GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_round_check_free);
  g_autoptr(GPtrArray) done = NULL;
  gint64 now = fd_store_now_ms (self);
  gint64 earliest = MIN (period_start (now, FD_ROUND_MONTHLY), period_start (now, FD_ROUND_TWICE_WEEKLY));

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "rounds.list", error))
    return NULL;
  done = read_done (self, session, earliest, error);
  if (done == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      FdRoundCheck *check = g_new0 (FdRoundCheck, 1);
      gint64 from = period_start (now, checks[i].every);

      check->key = checks[i].key;
      check->sop = checks[i].sop;
      check->every = checks[i].every;
      check->text = checks[i].text;
      check->needed = needed_in_period (checks[i].every);
      for (guint k = 0; k < done->len; k++)
        {
          Done *one = done->pdata[k];

          if (!g_str_equal (one->item, check->key) || one->at_ms < from)
            continue;
          check->done += one->ok;
          check->problem = !one->ok;
          check->last_ms = one->at_ms;
          g_free (check->last_note);
          check->last_note = g_strdup (one->note);
          g_free (check->last_by);
          check->last_by = g_strdup (one->by);
        }
      g_ptr_array_add (list, check);
    }
  return g_steal_pointer (&list);
}

/**
 * fd_store_check_round:
 * @key: a check of fd_store_list_rounds()
 * @in_order: found as the SOP wants it; %FALSE: a problem, said in @note
 *
 * Records a check of the rounds as done now by the staff member of
 * @session.
 *
 * Returns: FD_ERROR_NOT_FOUND for an unknown check, FD_ERROR_INVALID for
 *   a problem without a note.
 */
gboolean
fd_store_check_round (FdStore          *self,
                      const FdSession  *session,
                      const char       *key,
                      gboolean          in_order,
                      const char       *note,
                      GError          **error)
{
  g_autofree char *text = NULL;
  g_autofree char *subject = g_strdup_printf ("round:%s", key != NULL ? key : "");
  gboolean known = FALSE;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "round.check", &actor, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    known = known || g_strcmp0 (checks[i].key, key) == 0;
  if (!known)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No check %s in the rounds", key);
      return FALSE;
    }
  if (note != NULL)
    {
      FdInvalid problem = fd_text_normalize (note, MAX_NOTE, &text);

      if (problem == FD_INVALID_MISSING)
        g_clear_pointer (&text, g_free);
      else if (problem != FD_INVALID_NONE)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The note is too long or unreadable");
          return FALSE;
        }
    }
  if (!in_order && text == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Say what the problem is");
      return FALSE;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db,
                   "INSERT INTO env_checks (site, item, at_ms, ok, note, recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
                   FD_DB_ARGS (FD_DB_S (fd_store_session_site (self, session)), FD_DB_S (key),
                               FD_DB_I (fd_store_now_ms (self)), FD_DB_I (in_order), FD_DB_S (text), FD_DB_S (actor)),
                   NULL, NULL, error) &&
       fd_store_audit_locked (self, actor, "round.check", subject, in_order ? "in order" : "problem", error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_rounds_kpi:
 * @done: (out): checks of the last 7 days (today and the 6 before) done
 *   and found in order, at most as many as were due
 * @needed: (out): checks due in those days: the daily ones 7 times, the
 *   restrooms 14, the plants twice; the monthly one is not counted
 *
 * KPI-4, environment compliance, for the site @session works at.
 */
gboolean
fd_store_rounds_kpi (FdStore          *self,
                     const FdSession  *session,
                     guint            *done,
                     guint            *needed,
                     GError          **error)
{
  g_autoptr(GPtrArray) list = NULL;
  gint64 today = period_start (fd_store_now_ms (self), FD_ROUND_DAILY);
  gint64 from = today - 6 * 24 * 3600 * (gint64) 1000;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  *done = *needed = 0;
  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "rounds.list", error))
    return FALSE;
  /* Days begin at local midnight; a day with a clock change is still one. */
  from = period_start (from + 12 * 3600 * (gint64) 1000, FD_ROUND_DAILY);
  list = read_done (self, session, from, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    {
      guint per_day[7] = { 0 };
      guint in_window = 0;

      if (checks[i].every == FD_ROUND_MONTHLY)
        continue;
      for (guint k = 0; k < list->len; k++)
        {
          Done *one = list->pdata[k];
          gint64 day;

          if (!one->ok || !g_str_equal (one->item, checks[i].key))
            continue;
          day = (period_start (one->at_ms, FD_ROUND_DAILY) - from + 12 * 3600 * (gint64) 1000) /
                (24 * 3600 * (gint64) 1000);
          if (day < 0 || day > 6)
            continue;
          per_day[day]++;
          in_window++;
        }
      if (checks[i].every == FD_ROUND_TWICE_WEEKLY)
        {
          *needed += 2;
          *done += MIN (in_window, 2);
          continue;
        }
      for (guint d = 0; d < 7; d++)
        {
          *needed += needed_in_period (checks[i].every);
          *done += MIN (per_day[d], needed_in_period (checks[i].every));
        }
    }
  return TRUE;
}

/* ENV-3: the colleague told, in their language. */
static gboolean
enqueue_incident_locked (FdStore         *self,
                         FdIncidentKind   kind,
                         const char      *place,
                         const char      *details,
                         gint64           host_id,
                         const char      *actor,
                         GError         **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, host_id, error);
  g_autoptr(GString) body = g_string_new (NULL);
  g_autofree char *subject = NULL;
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  /* Translators: %s where it happened. */
  subject = g_strdup_printf (kind == FD_INCIDENT_WATER ? fd_tr (lang, N_("Water on the floor: %s"))
                             : kind == FD_INCIDENT_BROKEN ? fd_tr (lang, N_("Broken item: %s"))
                             : fd_tr (lang, N_("To mend: %s")), place);
  g_string_append (body, subject);
  g_string_append_c (body, '\n');
  if (details != NULL)
    {
      g_string_append (body, details);
      g_string_append_c (body, '\n');
    }
  g_string_append (body, fd_tr (lang, fd_incident_step (kind)));
  g_string_append_c (body, '\n');
  /* Translators: %s the receptionist's user name. */
  g_string_append_printf (body, fd_tr (lang, N_("Reported by reception (%s).")), actor);
  g_string_append_c (body, '\n');
  return fd_store_enqueue_to_host_locked (self, "incident", host, 0, 0, subject, body->str, error);
}

/**
 * fd_store_report_incident:
 * @place: where
 * @details: (nullable): what exactly
 * @host_id: the colleague told (maintenance, administration); 0: nobody
 *
 * ENV-3: records an incident; the colleague is told by their channels in
 * the same transaction.
 *
 * Returns: its id; 0 with FD_ERROR_INVALID or FD_ERROR_NOT_FOUND.
 */
gint64
fd_store_report_incident (FdStore          *self,
                          const FdSession  *session,
                          FdIncidentKind    kind,
                          const char       *place,
                          const char       *details,
                          gint64            host_id,
                          GError          **error)
{
  g_autofree char *where = NULL, *what = NULL, *subject = NULL;
  FdInvalid problem;
  gint64 id = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), 0);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "incident.report", &actor, error))
    return 0;
  problem = details != NULL ? fd_text_normalize (details, MAX_NOTE, &what) : FD_INVALID_MISSING;
  if (problem == FD_INVALID_MISSING)
    g_clear_pointer (&what, g_free);
  if ((guint) kind >= G_N_ELEMENTS (kinds) || fd_text_normalize (place, MAX_PLACE, &where) != FD_INVALID_NONE ||
      (problem != FD_INVALID_NONE && problem != FD_INVALID_MISSING))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Say what happened where");
      return 0;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error);
  ok = ok && (host_id <= 0 || fd_store_check_host_locked (self, host_id, error));
  ok = ok &&
       fd_db_query_int (self->db,
                        "INSERT INTO env_incidents (site, kind, place, details, at_ms, recorded_by, host_id) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (fd_store_session_site (self, session)), FD_DB_S (kinds[kind]),
                                    FD_DB_S (where), FD_DB_S (what), FD_DB_I (fd_store_now_ms (self)), FD_DB_S (actor),
                                    host_id > 0 ? FD_DB_I (host_id) : FD_DB_S (NULL)),
                        &id, error) &&
       (host_id <= 0 || enqueue_incident_locked (self, kind, where, what, host_id, actor, error));
  subject = g_strdup_printf ("incident:%" G_GINT64_FORMAT, id);
  ok = ok && fd_store_audit_locked (self, actor, "incident.report", subject, kinds[kind], error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    {
      fd_db_rollback (self->db);
      id = 0;
    }
  STORE_UNLOCK (self);
  return id;
}

static gboolean
incident_cb (FdDbRow  *row,
             gpointer  user_data)
{
  FdIncident *incident = g_new0 (FdIncident, 1);
  const char *kind = fd_db_row_text (row, 2);

  incident->id = fd_db_row_int (row, 0);
  incident->site = fd_db_row_dup (row, 1);
  incident->kind = g_strcmp0 (kind, "water") == 0 ? FD_INCIDENT_WATER
                   : g_strcmp0 (kind, "broken") == 0 ? FD_INCIDENT_BROKEN : FD_INCIDENT_OTHER;
  incident->place = fd_db_row_dup (row, 3);
  incident->details = g_strdup (fd_db_row_text (row, 4));
  incident->at_ms = fd_db_row_int (row, 5);
  incident->recorded_by = fd_db_row_dup (row, 6);
  incident->host_id = fd_db_row_int (row, 7);
  incident->host_name = g_strdup (fd_db_row_text (row, 8));
  incident->resolved_ms = fd_db_row_int (row, 9);
  incident->resolution = g_strdup (fd_db_row_text (row, 10));
  g_ptr_array_add (user_data, incident);
  return TRUE;
}

/**
 * fd_store_list_incidents:
 *
 * Returns: (transfer container) (element-type FdIncident): the site's
 *   open incidents, oldest first, then those resolved in the last 7 days.
 */
GPtrArray *
fd_store_list_incidents (FdStore          *self,
                         const FdSession  *session,
                         GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_incident_free);
  const char *site;
  gint64 since = fd_store_now_ms (self) - 7 * 24 * 3600 * (gint64) 1000;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "rounds.list", error))
    return NULL;
  site = fd_session_get_site (session);
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT i.id, i.site, i.kind, i.place, i.details, i.at_ms, i.recorded_by, COALESCE(i.host_id, 0), "
                   "h.name, COALESCE(i.resolved_ms, 0), i.resolution FROM env_incidents i "
                   "LEFT JOIN hosts h ON h.id = i.host_id WHERE (i.site = ? OR ? = '') "
                   "AND (i.resolved_ms IS NULL OR i.resolved_ms >= ?) "
                   "ORDER BY i.resolved_ms IS NOT NULL, i.at_ms, i.id LIMIT 200",
                   FD_DB_ARGS (FD_DB_S (site), FD_DB_S (site), FD_DB_I (since)), incident_cb, list, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&list) : NULL;
}

/**
 * fd_store_resolve_incident:
 * @resolution: what was done: "maintenance fixed the leak, floor dried"
 *
 * Returns: FD_ERROR_INVALID without a resolution; FD_ERROR_STATE when it
 *   is not open (or of another site).
 */
gboolean
fd_store_resolve_incident (FdStore          *self,
                           const FdSession  *session,
                           gint64            id,
                           const char       *resolution,
                           GError          **error)
{
  g_autofree char *text = NULL;
  g_autofree char *subject = g_strdup_printf ("incident:%" G_GINT64_FORMAT, id);
  const char *site = fd_session_get_site (session);
  gint64 changed = 0;
  const char *actor;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, "incident.resolve", &actor, error))
    return FALSE;
  if (fd_text_normalize (resolution, MAX_NOTE, &text) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "Say what was done");
      return FALSE;
    }
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_query_int (self->db,
                        "UPDATE env_incidents SET resolved_ms = ?, resolution = ? WHERE id = ? AND resolved_ms IS NULL "
                        "AND (site = ? OR ? = '') RETURNING id",
                        FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_S (text), FD_DB_I (id), FD_DB_S (site),
                                    FD_DB_S (site)),
                        &changed, error);
  if (ok && changed == 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Incident %" G_GINT64_FORMAT " is not open", id);
      ok = FALSE;
    }
  ok = ok && fd_store_audit_locked (self, actor, "incident.resolve", subject, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}
