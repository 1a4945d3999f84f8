/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <json-glib/json-glib.h>

#include "fd-error.h"
#include "fd-token.h"
#include "fd-validate.h"

/*
 * The lobby never stops: a kiosk on a database server keeps a spool, a
 * SQLite file of its own (0600, WAL, synchronous=FULL).  While the server
 * does not answer, a check-in is written there, with a reference made on
 * the station and the badge's token, and the kiosk goes on as if nothing
 * happened: the badge prints, the visitor checks out by badge.  The spool
 * also keeps what the kiosk needs offline: the active hosts, the site's
 * name, and the watchlist as keyed hashes only (of the name with the phone,
 * and of ID numbers), so that a match still holds the badge.
 *
 * fd_store_sync_spool() sends what was spooled once the server answers:
 * each visit in a transaction that first looks for its reference
 * (visits.station_ref, unique), so a visit whose sending was cut off
 * after the server's commit is never stored twice; then the check-outs;
 * then it refreshes the caches.  Sent visits leave the spool after an
 * hour: the station keeps no visitor's data longer than it must.
 */

/* After the server failed to answer, check-ins go to the spool at once
 * for this long instead of waiting for a connection each time. */
#define OFFLINE_GRACE_MS   (15 * 1000)

static const char * const spool_schema[] = {
  "CREATE TABLE IF NOT EXISTS spooled ("
  "  id INTEGER PRIMARY KEY,"
  "  ref TEXT NOT NULL UNIQUE,"
  "  registration TEXT NOT NULL,"
  "  badge_token TEXT NOT NULL UNIQUE,"
  "  held INTEGER NOT NULL,"
  "  badge_state TEXT NOT NULL,"
  "  badge_detail TEXT,"
  "  arrived_ms INTEGER NOT NULL,"
  "  left_ms INTEGER,"
  "  host_id INTEGER NOT NULL,"
  "  host_name TEXT,"
  "  host_title TEXT,"
  "  host_department TEXT,"
  "  sent_ms INTEGER,"
  "  visit_id INTEGER,"
  "  drink TEXT,"
  "  satisfaction INTEGER)",
  "CREATE TABLE IF NOT EXISTS checkouts ("
  "  token TEXT PRIMARY KEY,"
  "  left_ms INTEGER NOT NULL,"
  "  sent_ms INTEGER)",
  "CREATE TABLE IF NOT EXISTS hosts ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  department TEXT NOT NULL,"
  "  title TEXT)",
  "CREATE TABLE IF NOT EXISTS watch (hash TEXT PRIMARY KEY)",
  "CREATE TABLE IF NOT EXISTS site (key TEXT PRIMARY KEY, value TEXT)",
  NULL,
};

/* The spool's schema, and the columns a spool of an earlier version
 * lacks (PRAGMA user_version counts the versions). */
#define SPOOL_VERSION 2

static gboolean
prepare_spool (FdDb     *spool,
               GError  **error)
{
  gint64 version = 0;

  for (guint i = 0; spool_schema[i] != NULL; i++)
    if (!fd_db_exec (spool, spool_schema[i], FD_DB_NO_ARGS, NULL, NULL, error))
      return FALSE;
  if (!fd_db_query_int (spool, "PRAGMA user_version", FD_DB_NO_ARGS, &version, error))
    return FALSE;
  if (version < 2)
    {
      gint64 has_drink = 0;

      if (!fd_db_query_int (spool, "SELECT COUNT(*) FROM pragma_table_info('spooled') WHERE name = 'drink'",
                            FD_DB_NO_ARGS, &has_drink, error))
        return FALSE;
      if (!has_drink &&
          (!fd_db_exec (spool, "ALTER TABLE spooled ADD COLUMN drink TEXT", FD_DB_NO_ARGS, NULL, NULL, error) ||
           !fd_db_exec (spool, "ALTER TABLE spooled ADD COLUMN satisfaction INTEGER", FD_DB_NO_ARGS, NULL, NULL,
                        error)))
        return FALSE;
    }
  return fd_db_exec (spool, "PRAGMA user_version = " G_STRINGIFY (SPOOL_VERSION), FD_DB_NO_ARGS, NULL, NULL, error);
}

gboolean
fd_store_offline (const GError *error)
{
  return g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE);
}

/**
 * fd_store_set_spool:
 * @path: the spool file, created (0600) when missing
 * @station: the station's name, in the reference of each spooled visit
 *
 * Gives a kiosk station on a database server its offline spool.
 */
gboolean
fd_store_set_spool (FdStore     *self,
                    const char  *path,
                    const char  *station,
                    GError     **error)
{
  FdDb *spool;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  spool = fd_db_open_sqlite (path, error);
  if (spool == NULL)
    return FALSE;
  if (!prepare_spool (spool, error))
    {
      fd_db_close (spool);
      return FALSE;
    }
  g_mutex_lock (&self->spool_lock);
  g_clear_pointer (&self->spool, fd_db_close);
  self->spool = spool;
  g_free (self->station);
  self->station = g_strdup (station);
  g_mutex_unlock (&self->spool_lock);
  return TRUE;
}

/* Whether check-ins go straight to the spool: the server failed to answer
 * a moment ago. */
gboolean
fd_store_spool_first (FdStore *self)
{
  return self->spool != NULL && fd_store_now_ms (self) < g_atomic_int_get (&self->offline_until_s) * (gint64) 1000;
}

void
fd_store_note_offline (FdStore *self)
{
  if (!fd_store_spool_first (self))
    g_message ("The database server does not answer: check-ins go to the station's spool until it is back");
  g_atomic_int_set (&self->offline_until_s, (gint) ((fd_store_now_ms (self) + OFFLINE_GRACE_MS) / 1000));
}

/* The keyed hash by which the spool knows a watchlist entry's name and
 * phone (lower-case name, a newline, the phone), made alike for the copy
 * of the watchlist and for the visitor it is checked against. */
char *
fd_store_watch_hash (FdStore    *self,
                     const char *name,
                     const char *phone)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_autofree char *text = g_strdup_printf ("%s\n%s", lower, phone);

  return fd_secret_hash (self->secret, text);
}

static char *
registration_json (FdStore         *self,
                   FdRegistration  *reg,
                   const char      *sealed,
                   const char      *id_hash)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *masked = reg->id_number != NULL ? fd_id_number_mask (reg->id_number) : NULL;
  const char *texts[][2] = {
    { "name", reg->name }, { "phone", reg->phone }, { "company", reg->company }, { "purpose", reg->purpose },
    { "items", reg->items }, { "id_doc_type", reg->id_doc_type }, { "id_sealed", sealed },
    { "id_hash", id_hash }, { "id_masked", masked },
  };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i][1] != NULL)
      {
        json_builder_set_member_name (builder, texts[i][0]);
        json_builder_add_string_value (builder, texts[i][1]);
      }
  json_builder_set_member_name (builder, "host_id");
  json_builder_add_int_value (builder, reg->host_id);
  json_builder_set_member_name (builder, "visit_ms");
  json_builder_add_int_value (builder, reg->visit_ms);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
parse_registration (const char *json,
                    JsonParser *parser)
{
  if (!json_parser_load_from_data (parser, json, -1, NULL) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_node_get_object (json_parser_get_root (parser));
}

static char *
member (JsonObject *object,
        const char *name)
{
  return g_strdup (json_object_get_string_member_with_default (object, name, NULL));
}

typedef struct {
  gint64  found;
  char   *name;
  char   *title;
  char   *department;
} CachedHost;

static gboolean
cached_host_cb (FdDbRow  *row,
                gpointer  user_data)
{
  CachedHost *host = user_data;

  host->found = 1;
  host->name = fd_db_row_dup (row, 0);
  host->title = fd_db_row_dup (row, 1);
  host->department = fd_db_row_dup (row, 2);
  return FALSE;
}

/* Spools a normalised registration; returns the visit's id for the
 * kiosk: minus its row in the spool.  The caller holds spool_lock. */
static gint64
spool_locked (FdStore         *self,
              FdRegistration  *reg,
              GError         **error)
{
  CachedHost host = { 0 };
  g_autofree char *sealed = NULL;
  g_autofree char *id_hash = NULL;
  g_autofree char *pair = NULL;
  g_autofree char *token = fd_token_new ();
  g_autofree char *random = fd_token_new ();
  g_autofree char *ref = g_strdup_printf ("%s/%s", self->station != NULL ? self->station : "kiosk", random);
  g_autofree char *json = NULL;
  gint64 hits = 0, id = 0;
  gint64 now = fd_store_now_ms (self);
  gboolean ok;

  if (self->secret == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION, "A spool needs the station key");
      return 0;
    }
  if (!fd_db_exec (self->spool, "SELECT name, title, department FROM hosts WHERE id = ?",
                   FD_DB_ARGS (FD_DB_I (reg->host_id)), cached_host_cb, &host, error))
    return 0;
  if (!host.found)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No active host %" G_GINT64_FORMAT, reg->host_id);
      return 0;
    }
  if (reg->id_number != NULL)
    {
      sealed = fd_secret_encrypt (self->secret, reg->id_number);
      id_hash = fd_secret_hash (self->secret, reg->id_number);
    }
  pair = fd_store_watch_hash (self, reg->name, reg->phone);
  json = registration_json (self, reg, sealed, id_hash);
  ok = fd_db_query_int (self->spool, "SELECT COUNT(*) FROM watch WHERE hash = ? OR hash = ?",
                        FD_DB_ARGS (FD_DB_S (pair), FD_DB_S (id_hash != NULL ? id_hash : "")), &hits, error) &&
       fd_db_query_int (self->spool,
                        "INSERT INTO spooled (ref, registration, badge_token, held, badge_state, arrived_ms, host_id, "
                        "host_name, host_title, host_department) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        FD_DB_ARGS (FD_DB_S (ref), FD_DB_S (json), FD_DB_S (token), FD_DB_I (hits > 0),
                                    FD_DB_S (hits > 0 ? "held" : "pending"), FD_DB_I (now), FD_DB_I (reg->host_id),
                                    FD_DB_S (host.name), FD_DB_S (host.title), FD_DB_S (host.department)),
                        &id, error);
  g_free (host.name);
  g_free (host.title);
  g_free (host.department);
  return ok ? -id : 0;
}

/* fd_store_add_visit() while the server does not answer: the visit goes to
 * the spool.  Returns 0 with @error set when there is no spool. */
gint64
fd_store_spool_visit (FdStore         *self,
                      FdRegistration  *reg,
                      GError         **error)
{
  gint64 id;

  g_mutex_lock (&self->spool_lock);
  id = self->spool != NULL ? spool_locked (self, reg, error) : 0;
  g_mutex_unlock (&self->spool_lock);
  return id;
}

static gboolean
spooled_visit_cb (FdDbRow  *row,
                  gpointer  user_data)
{
  FdVisit **out = user_data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *reg = parse_registration (fd_db_row_text (row, 1), parser);
  FdVisit *visit = g_new0 (FdVisit, 1);

  visit->id = -fd_db_row_int (row, 0);
  visit->name = reg != NULL ? member (reg, "name") : NULL;
  visit->phone = reg != NULL ? member (reg, "phone") : NULL;
  visit->company = reg != NULL ? member (reg, "company") : NULL;
  visit->purpose = reg != NULL ? member (reg, "purpose") : NULL;
  visit->items = reg != NULL ? member (reg, "items") : NULL;
  visit->id_masked = reg != NULL ? member (reg, "id_masked") : NULL;
  visit->visit_ms = reg != NULL ? json_object_get_int_member_with_default (reg, "visit_ms", 0) : 0;
  visit->badge_token = fd_db_row_dup (row, 2);
  visit->watchlist_hit = fd_db_row_int (row, 3) != 0;
  visit->badge_state = fd_badge_state_from_string (fd_db_row_text (row, 4));
  visit->badge_detail = fd_db_row_dup (row, 5);
  visit->arrived_ms = fd_db_row_int (row, 6);
  visit->left_ms = fd_db_row_int (row, 7);
  visit->state = visit->left_ms > 0 ? FD_VISIT_LEFT : FD_VISIT_ON_SITE;
  visit->host_id = fd_db_row_int (row, 8);
  visit->host_name = fd_db_row_dup (row, 9);
  visit->host_title = fd_db_row_dup (row, 10);
  visit->host_department = fd_db_row_dup (row, 11);
  /* Empty rather than NULL, as a stored visit's optional fields are. */
  if (visit->name == NULL) visit->name = g_strdup ("");
  if (visit->phone == NULL) visit->phone = g_strdup ("");
  if (visit->company == NULL) visit->company = g_strdup ("");
  if (visit->purpose == NULL) visit->purpose = g_strdup ("");
  if (visit->items == NULL) visit->items = g_strdup ("");
  if (visit->id_masked == NULL) visit->id_masked = g_strdup ("");
  visit->drink = fd_db_row_dup (row, 12);
  *out = visit;
  return FALSE;
}

#define SPOOLED_COLUMNS "id, registration, badge_token, held, badge_state, badge_detail, arrived_ms, " \
                        "COALESCE(left_ms, 0), host_id, host_name, host_title, host_department, COALESCE(drink, '')"

/* fd_store_get_visit() of a spooled visit (@id < 0). */
FdVisit *
fd_store_spooled_visit (FdStore  *self,
                        gint64    id,
                        GError  **error)
{
  FdVisit *visit = NULL;
  gboolean ok;

  g_mutex_lock (&self->spool_lock);
  ok = self->spool != NULL &&
       fd_db_exec (self->spool, "SELECT " SPOOLED_COLUMNS " FROM spooled WHERE id = ?", FD_DB_ARGS (FD_DB_I (-id)),
                   spooled_visit_cb, &visit, error);
  g_mutex_unlock (&self->spool_lock);
  if (ok && visit == NULL)
    g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "No visit %" G_GINT64_FORMAT " in the spool", id);
  if (visit != NULL)
    visit->site = g_strdup (fd_store_get_station_site (self));
  return visit;
}

gboolean
fd_store_spool_badge_state (FdStore       *self,
                            gint64         id,
                            FdBadgeState   state,
                            const char    *detail,
                            GError       **error)
{
  gboolean ok;

  g_mutex_lock (&self->spool_lock);
  ok = self->spool != NULL &&
       fd_db_exec (self->spool, "UPDATE spooled SET badge_state = ?, badge_detail = ? WHERE id = ?",
                   FD_DB_ARGS (FD_DB_S (fd_badge_state_to_string (state)), FD_DB_SN (detail), FD_DB_I (-id)),
                   NULL, NULL, error);
  g_mutex_unlock (&self->spool_lock);
  return ok;
}

/**
 * fd_store_spool_answer:
 * @column: "drink" or "satisfaction"
 * @sent_as: (out): the visit's id in the database when it was sent
 *   already, else 0
 *
 * Keeps a spooled visitor's drink (REC-4) or answer (KPI-1) with the
 * visit, to be sent with it.
 */
gboolean
fd_store_spool_answer (FdStore     *self,
                       gint64       id,
                       const char  *column,
                       FdDbValue    value,
                       gint64      *sent_as,
                       GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE spooled SET %s = ? WHERE id = ?",
                                          g_str_equal (column, "drink") ? "drink" : "satisfaction");
  gboolean ok;

  *sent_as = 0;
  g_mutex_lock (&self->spool_lock);
  ok = self->spool != NULL &&
       fd_db_exec (self->spool, sql, FD_DB_ARGS (value, FD_DB_I (-id)), NULL, NULL, error) &&
       fd_db_query_int (self->spool, "SELECT COALESCE((SELECT visit_id FROM spooled WHERE id = ?), 0)",
                        FD_DB_ARGS (FD_DB_I (-id)), sent_as, error);
  g_mutex_unlock (&self->spool_lock);
  return ok;
}

/* A badge shown at the kiosk's check-out while the server does not
 * answer: a spooled visit leaves at once; any other is written down, to
 * be checked out when the server is back.  Returns the visit as far as
 * the spool knows it (only the token, for a visit it does not hold). */
FdVisit *
fd_store_spool_check_out (FdStore     *self,
                          const char  *token,
                          GError     **error)
{
  FdVisit *visit = NULL;
  gint64 now = fd_store_now_ms (self);
  gboolean ok;

  g_mutex_lock (&self->spool_lock);
  ok = self->spool != NULL &&
       fd_db_exec (self->spool, "UPDATE spooled SET left_ms = ? WHERE badge_token = ? AND left_ms IS NULL",
                   FD_DB_ARGS (FD_DB_I (now), FD_DB_S (token)), NULL, NULL, error) &&
       fd_db_exec (self->spool, "SELECT " SPOOLED_COLUMNS " FROM spooled WHERE badge_token = ?",
                   FD_DB_ARGS (FD_DB_S (token)), spooled_visit_cb, &visit, error);
  if (ok && visit == NULL)
    {
      ok = fd_db_exec (self->spool, "INSERT INTO checkouts (token, left_ms) VALUES (?, ?) ON CONFLICT (token) DO NOTHING",
                       FD_DB_ARGS (FD_DB_S (token), FD_DB_I (now)), NULL, NULL, error);
      if (ok)
        {
          visit = g_new0 (FdVisit, 1);
          visit->badge_token = g_strdup (token);
          visit->name = g_strdup ("");
          visit->state = FD_VISIT_LEFT;
          visit->left_ms = now;
        }
    }
  g_mutex_unlock (&self->spool_lock);
  if (visit != NULL)
    visit->site = g_strdup (fd_store_get_station_site (self));
  if (!ok && self->spool == NULL)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_OFFLINE, "The database server does not answer");
  return ok ? visit : NULL;
}

static gboolean
cached_hosts_cb (FdDbRow  *row,
                 gpointer  user_data)
{
  FdHost *host = g_new0 (FdHost, 1);

  host->id = fd_db_row_int (row, 0);
  host->name = fd_db_row_dup (row, 1);
  host->department = fd_db_row_dup (row, 2);
  host->title = fd_db_row_dup (row, 3);
  host->active = TRUE;
  g_ptr_array_add (user_data, host);
  return TRUE;
}

/* fd_store_search_hosts() on the spool's copy of the active hosts. */
GPtrArray *
fd_store_spool_search_hosts (FdStore     *self,
                             const char  *text,
                             guint        limit,
                             GError     **error)
{
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  g_autofree char *pattern = fd_store_like_pattern (text);
  gboolean ok;

  g_mutex_lock (&self->spool_lock);
  ok = self->spool != NULL &&
       fd_db_exec (self->spool, "SELECT id, name, department, title FROM hosts WHERE name LIKE ? ESCAPE '\\' "
                   "ORDER BY name, department LIMIT ?",
                   FD_DB_ARGS (FD_DB_S (pattern), FD_DB_I (limit)), cached_hosts_cb, hosts, error);
  g_mutex_unlock (&self->spool_lock);
  return ok ? g_steal_pointer (&hosts) : NULL;
}

/* The site's name for badges while the server does not answer. */
char *
fd_store_spool_setting (FdStore    *self,
                        const char *key)
{
  char *value = NULL;

  g_mutex_lock (&self->spool_lock);
  if (self->spool != NULL)
    fd_db_exec (self->spool, "SELECT value FROM site WHERE key = ?", FD_DB_ARGS (FD_DB_S (key)),
                fd_store_first_text_cb, &value, NULL);
  g_mutex_unlock (&self->spool_lock);
  return value;
}
