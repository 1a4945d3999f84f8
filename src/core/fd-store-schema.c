/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include "fd-error.h"

/*
 * The schema, as numbered migrations.  Each migration is a list of
 * statements in the dialect of fd-db.h and runs in one transaction together
 * with the bump of schema_version, so a half-applied migration never
 * exists.  Two processes opening a new file at once are safe: the version is
 * read again after the write lock is taken.  Times are Unix ms (UTC) in
 * INTEGER columns, booleans are INTEGER 0/1.
 */

static const char * const migration_1[] = {
  "CREATE TABLE hosts ("
  "  id {{ID}},"
  "  name TEXT NOT NULL,"
  "  department TEXT NOT NULL DEFAULT '',"
  "  title TEXT,"
  "  email TEXT,"
  "  phone TEXT,"
  "  chat_ids TEXT,"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE INDEX hosts_name ON hosts (name)",
  "CREATE TABLE visits ("
  "  id {{ID}},"
  "  state TEXT NOT NULL CHECK (state IN ('expected', 'on_site', 'left', 'refused')),"
  "  name TEXT NOT NULL,"
  "  phone TEXT NOT NULL,"
  "  company TEXT,"
  "  purpose TEXT NOT NULL,"
  "  host_id INTEGER NOT NULL REFERENCES hosts (id),"
  "  visit_ms INTEGER NOT NULL,"
  "  arrived_ms INTEGER,"
  "  left_ms INTEGER,"
  "  badge_token TEXT UNIQUE,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE INDEX visits_state ON visits (state, arrived_ms)",
  "CREATE INDEX visits_visit_ms ON visits (visit_ms)",
  "CREATE TABLE staff ("
  "  id {{ID}},"
  "  username TEXT NOT NULL UNIQUE,"
  "  display_name TEXT NOT NULL,"
  "  role TEXT NOT NULL CHECK (role IN ('receptionist', 'security', 'admin')),"
  "  password_hash TEXT NOT NULL,"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  created_ms INTEGER NOT NULL)",
  "CREATE TABLE settings ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE TABLE audit_log ("
  "  id {{ID}},"
  "  at_ms INTEGER NOT NULL,"
  "  actor TEXT NOT NULL,"
  "  action TEXT NOT NULL,"
  "  subject TEXT,"
  "  detail TEXT)",
  "CREATE INDEX audit_log_at ON audit_log (at_ms)",
  NULL
};

/* Badges: how the badge of a visit came out, and how often it was
 * reissued (REG-7).  A reissue replaces badge_token, so the old token no
 * longer matches any visit. */
static const char * const migration_2[] = {
  "ALTER TABLE visits ADD COLUMN badge_state TEXT NOT NULL DEFAULT 'pending'",
  "ALTER TABLE visits ADD COLUMN badge_detail TEXT",
  "ALTER TABLE visits ADD COLUMN badge_updated_ms INTEGER",
  "ALTER TABLE visits ADD COLUMN badge_reissues INTEGER NOT NULL DEFAULT 0",
  "CREATE INDEX visits_badge_state ON visits (badge_state)",
  NULL
};

/* The full kiosk journey: belongings (REG-4), ID numbers sealed with the
 * station key and matched by keyed hash, drinks (REC-4), satisfaction
 * (KPI-1), invitations, the watchlist and staff alerts (REG-6). */
static const char * const migration_3[] = {
  "ALTER TABLE visits ADD COLUMN items TEXT",
  "ALTER TABLE visits ADD COLUMN id_doc_type TEXT",
  "ALTER TABLE visits ADD COLUMN id_sealed TEXT",
  "ALTER TABLE visits ADD COLUMN id_hash TEXT",
  "ALTER TABLE visits ADD COLUMN id_masked TEXT",
  "ALTER TABLE visits ADD COLUMN drink TEXT",
  "ALTER TABLE visits ADD COLUMN satisfaction INTEGER",
  "ALTER TABLE visits ADD COLUMN watchlist_hit INTEGER NOT NULL DEFAULT 0",
  "ALTER TABLE visits ADD COLUMN invitation_id INTEGER",
  "ALTER TABLE visits ADD COLUMN badge_returned_ms INTEGER",
  "CREATE TABLE invitations ("
  "  id {{ID}},"
  "  code TEXT NOT NULL UNIQUE,"
  "  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'used', 'cancelled')),"
  "  name TEXT NOT NULL,"
  "  phone TEXT NOT NULL,"
  "  company TEXT,"
  "  purpose TEXT NOT NULL,"
  "  host_id INTEGER NOT NULL REFERENCES hosts (id),"
  "  day TEXT NOT NULL,"
  "  visit_id INTEGER,"
  "  created_by TEXT NOT NULL,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE TABLE watchlist ("
  "  id {{ID}},"
  "  name TEXT,"
  "  phone TEXT,"
  "  id_hash TEXT,"
  "  reason TEXT NOT NULL,"
  "  active INTEGER NOT NULL DEFAULT 1,"
  "  created_by TEXT NOT NULL,"
  "  created_ms INTEGER NOT NULL)",
  "CREATE INDEX watchlist_phone ON watchlist (phone)",
  "CREATE INDEX watchlist_id_hash ON watchlist (id_hash)",
  "CREATE TABLE alerts ("
  "  id {{ID}},"
  "  kind TEXT NOT NULL,"
  "  visit_id INTEGER,"
  "  detail TEXT,"
  "  created_ms INTEGER NOT NULL,"
  "  handled_ms INTEGER,"
  "  handled_by TEXT)",
  "CREATE INDEX alerts_open ON alerts (handled_ms, created_ms)",
  NULL
};

/* The outbox of messages to hosts (FAQ-1), delivered by FdNotifier. */
static const char * const migration_4[] = {
  "CREATE TABLE outbox ("
  "  id {{ID}},"
  "  kind TEXT NOT NULL,"
  "  channel TEXT NOT NULL,"
  "  recipient TEXT NOT NULL,"
  "  subject TEXT,"
  "  body TEXT NOT NULL,"
  "  visit_id INTEGER,"
  "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed')),"
  "  attempts INTEGER NOT NULL DEFAULT 0,"
  "  next_attempt_ms INTEGER NOT NULL,"
  "  last_error TEXT,"
  "  created_ms INTEGER NOT NULL,"
  "  sent_ms INTEGER)",
  "CREATE INDEX outbox_due ON outbox (state, next_attempt_ms)",
  NULL
};

/* Who hears of a visitor, and how (FAQ-1): each host's channels and
 * language (NULL: the site's default), and whether the host has met the
 * visitor, so that reception sees who has waited too long. */
static const char * const migration_5[] = {
  "ALTER TABLE hosts ADD COLUMN channels TEXT",
  "ALTER TABLE hosts ADD COLUMN lang TEXT",
  "ALTER TABLE visits ADD COLUMN host_met_ms INTEGER",
  "ALTER TABLE visits ADD COLUMN reminded_ms INTEGER",
  NULL
};

/* Login throttling (fd-store-throttle.c): failures per account name,
 * kept as a hash of the name. */
static const char * const migration_6[] = {
  "CREATE TABLE login_throttle ("
  "  key TEXT PRIMARY KEY,"
  "  failures INTEGER NOT NULL,"
  "  locked_until_ms INTEGER NOT NULL,"
  "  last_ms INTEGER NOT NULL)",
  NULL,
};

/* The audit log becomes tamper-evident: each entry carries a hash chained
 * to the one before (fd_audit_chain); entries written before get theirs
 * when the store opens (fd_store_seal_audit). */
static const char * const migration_7[] = {
  "ALTER TABLE audit_log ADD COLUMN chain TEXT",
  NULL,
};

/* Fast at any size: the visit log's search terms (fd-search.c), filled
 * by the store (fd_store_index_visit_locked); an index for every query
 * that runs periodically, so none of them reads a whole table; and the
 * number of audit entries per action, kept as they are written (KPI-2
 * counts corrections on every search of the visit log). */
static const char * const migration_8[] = {
  "CREATE TABLE visit_terms ("
  "  term TEXT NOT NULL,"
  "  visit_ms INTEGER NOT NULL,"
  "  visit_id INTEGER NOT NULL,"
  "  PRIMARY KEY (term, visit_ms, visit_id)) {{CLUSTERED}}",
  "CREATE INDEX visits_host ON visits (host_id, visit_ms)",
  "CREATE INDEX visits_ended ON visits (COALESCE(left_ms, arrived_ms, visit_ms))",
  "CREATE INDEX invitations_day ON invitations (day, state)",
  "CREATE INDEX invitations_visit ON invitations (visit_id)",
  "CREATE INDEX alerts_visit ON alerts (visit_id)",
  "CREATE INDEX outbox_visit ON outbox (visit_id, created_ms)",
  "CREATE INDEX audit_log_action ON audit_log (action, at_ms)",
  "CREATE TABLE audit_counts ("
  "  action TEXT PRIMARY KEY,"
  "  n INTEGER NOT NULL)",
  "INSERT INTO audit_counts (action, n) SELECT action, COUNT(*) FROM audit_log GROUP BY action",
  NULL,
};

/* An arrival message or a reminder about a visitor who has left is not
 * sent but "dropped" (tried at the desk: mail queued while no mail server
 * was set up went out after the visitor had gone).  SQLite cannot change a
 * CHECK constraint, so the table is built again, with its indexes. */
static const char * const migration_9[] = {
  "CREATE TABLE outbox_new ("
  "  id {{ID}},"
  "  kind TEXT NOT NULL,"
  "  channel TEXT NOT NULL,"
  "  recipient TEXT NOT NULL,"
  "  subject TEXT,"
  "  body TEXT NOT NULL,"
  "  visit_id INTEGER,"
  "  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'failed', 'dropped')),"
  "  attempts INTEGER NOT NULL DEFAULT 0,"
  "  next_attempt_ms INTEGER NOT NULL,"
  "  last_error TEXT,"
  "  created_ms INTEGER NOT NULL,"
  "  sent_ms INTEGER)",
  "INSERT INTO outbox_new (id, kind, channel, recipient, subject, body, visit_id, state, attempts, "
  "  next_attempt_ms, last_error, created_ms, sent_ms) "
  "SELECT id, kind, channel, recipient, subject, body, visit_id, state, attempts, "
  "  next_attempt_ms, last_error, created_ms, sent_ms FROM outbox",
  "DROP TABLE outbox",
  "ALTER TABLE outbox_new RENAME TO outbox",
  "CREATE INDEX outbox_due ON outbox (state, next_attempt_ms)",
  "CREATE INDEX outbox_visit ON outbox (visit_id, created_ms)",
  NULL,
};

/* Many stations (fd-store-stations.c): each one's name, role and the
 * last time it said it runs. */
static const char * const migration_10[] = {
  "CREATE TABLE stations ("
  "  name TEXT PRIMARY KEY,"
  "  role TEXT NOT NULL CHECK (role IN ('kiosk', 'staff', 'both')),"
  "  started_ms INTEGER NOT NULL,"
  "  seen_ms INTEGER NOT NULL)",
  NULL,
};

/* The lobby never stops (fd-store-spool.c): a visit a kiosk registered
 * while the server was away keeps the station's reference, which makes
 * sending it twice impossible, and when it reached the database. */
static const char * const migration_11[] = {
  "ALTER TABLE visits ADD COLUMN station_ref TEXT",
  "ALTER TABLE visits ADD COLUMN synced_ms INTEGER",
  "CREATE UNIQUE INDEX visits_station_ref ON visits (station_ref)",
  NULL,
};

/* Sites (fd-store-sites.c): a company's lobbies.  Hosts, visits,
 * invitations and stations belong to one, by its short code; everything
 * stored before sites existed belongs to "main".  A setting of one site
 * overrides the company's own (site_settings). */
static const char * const migration_12[] = {
  "CREATE TABLE sites ("
  "  code TEXT PRIMARY KEY,"
  "  name_zh TEXT NOT NULL DEFAULT '',"
  "  name_en TEXT NOT NULL DEFAULT '',"
  "  created_ms INTEGER NOT NULL)",
  "INSERT INTO sites (code, created_ms) VALUES ('main', 0)",
  "ALTER TABLE hosts ADD COLUMN site TEXT NOT NULL DEFAULT 'main'",
  "ALTER TABLE visits ADD COLUMN site TEXT NOT NULL DEFAULT 'main'",
  "ALTER TABLE invitations ADD COLUMN site TEXT NOT NULL DEFAULT 'main'",
  "ALTER TABLE stations ADD COLUMN site TEXT NOT NULL DEFAULT 'main'",
  "CREATE INDEX visits_site_state ON visits (site, state, arrived_ms)",
  "CREATE TABLE site_settings ("
  "  site TEXT NOT NULL,"
  "  key TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  updated_ms INTEGER NOT NULL,"
  "  PRIMARY KEY (site, key))",
  NULL,
};

/* Parcels at the front desk (fd-store-parcels.c, PKG-1 to PKG-5), and
 * the messages about them in the outbox. */
static const char * const migration_13[] = {
  "CREATE TABLE parcels ("
  "  id {{ID}},"
  "  state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'collected', 'returned')),"
  "  tracking TEXT NOT NULL,"
  "  carrier TEXT NOT NULL,"
  "  recipient_id INTEGER NOT NULL REFERENCES hosts (id),"
  "  site TEXT NOT NULL DEFAULT 'main',"
  "  received_ms INTEGER NOT NULL,"
  "  received_by TEXT NOT NULL,"
  "  damage TEXT,"
  "  photo TEXT,"
  "  reminded_ms INTEGER,"
  "  collected_ms INTEGER,"
  "  collected_by TEXT,"
  "  handed_over_by TEXT,"
  "  signature TEXT,"
  "  returned_ms INTEGER,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE INDEX parcels_state ON parcels (state, received_ms)",
  "CREATE INDEX parcels_tracking ON parcels (tracking, state)",
  "CREATE INDEX parcels_ended ON parcels (updated_ms)",
  "ALTER TABLE outbox ADD COLUMN parcel_id INTEGER",
  NULL,
};

/* The telephone (fd-store-calls.c, TEL-1 to TEL-6, FAQ-2, FAQ-3, KPI-3). */
static const char * const migration_14[] = {
  "CREATE TABLE calls ("
  "  id {{ID}},"
  "  site TEXT NOT NULL DEFAULT 'main',"
  "  at_ms INTEGER NOT NULL,"
  "  caller TEXT NOT NULL,"
  "  company TEXT,"
  "  phone TEXT,"
  "  kind TEXT NOT NULL CHECK (kind IN ('enquiry', 'request', 'complaint')),"
  "  topic TEXT NOT NULL,"
  "  details TEXT,"
  "  answered_late INTEGER NOT NULL DEFAULT 0,"
  "  transfer TEXT NOT NULL DEFAULT 'none' CHECK (transfer IN ('none', 'answered', 'message')),"
  "  host_id INTEGER REFERENCES hosts (id),"
  "  follow_up TEXT NOT NULL DEFAULT 'none' CHECK (follow_up IN ('none', 'open', 'resolved')),"
  "  outcome TEXT,"
  "  satisfied INTEGER NOT NULL DEFAULT 0,"
  "  resolved_ms INTEGER,"
  "  recorded_by TEXT NOT NULL,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE INDEX calls_at ON calls (at_ms)",
  "CREATE INDEX calls_follow_up ON calls (follow_up, at_ms)",
  NULL,
};

/* Office supplies (fd-store-supplies.c, SUP-1 to SUP-3, FAQ-4). */
static const char * const migration_15[] = {
  "CREATE TABLE supplies ("
  "  id {{ID}},"
  "  site TEXT NOT NULL DEFAULT 'main',"
  "  name TEXT NOT NULL,"
  "  unit TEXT NOT NULL,"
  "  quantity INTEGER NOT NULL DEFAULT 0 CHECK (quantity >= 0),"
  "  minimum INTEGER NOT NULL DEFAULT 0,"
  "  restock_to INTEGER NOT NULL DEFAULT 0,"
  "  counted_ms INTEGER,"
  "  created_ms INTEGER NOT NULL,"
  "  updated_ms INTEGER NOT NULL)",
  "CREATE UNIQUE INDEX supplies_name ON supplies (site, name)",
  "CREATE TABLE supply_moves ("
  "  id {{ID}},"
  "  supply_id INTEGER NOT NULL REFERENCES supplies (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('issue', 'count', 'receive')),"
  "  quantity INTEGER NOT NULL,"
  "  quantity_before INTEGER NOT NULL,"
  "  host_id INTEGER REFERENCES hosts (id),"
  "  signature TEXT,"
  "  at_ms INTEGER NOT NULL,"
  "  recorded_by TEXT NOT NULL)",
  "CREATE INDEX supply_moves_at ON supply_moves (at_ms)",
  "CREATE TABLE purchase_requests ("
  "  id {{ID}},"
  "  supply_id INTEGER NOT NULL REFERENCES supplies (id),"
  "  quantity INTEGER NOT NULL,"
  "  purpose TEXT NOT NULL,"
  "  host_id INTEGER NOT NULL REFERENCES hosts (id),"
  "  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'received')),"
  "  requested_ms INTEGER NOT NULL,"
  "  requested_by TEXT NOT NULL,"
  "  received_ms INTEGER)",
  "CREATE INDEX purchase_requests_state ON purchase_requests (state, supply_id)",
  "CREATE TABLE supply_waits ("
  "  supply_id INTEGER NOT NULL REFERENCES supplies (id),"
  "  host_id INTEGER NOT NULL REFERENCES hosts (id),"
  "  since_ms INTEGER NOT NULL,"
  "  PRIMARY KEY (supply_id, host_id))",
  NULL,
};

/* The environment rounds (fd-store-rounds.c, ENV-1 to ENV-3, KPI-4). */
static const char * const migration_16[] = {
  "CREATE TABLE env_checks ("
  "  id {{ID}},"
  "  site TEXT NOT NULL DEFAULT 'main',"
  "  item TEXT NOT NULL,"
  "  at_ms INTEGER NOT NULL,"
  "  ok INTEGER NOT NULL,"
  "  note TEXT,"
  "  recorded_by TEXT NOT NULL)",
  "CREATE INDEX env_checks_at ON env_checks (site, at_ms)",
  "CREATE TABLE env_incidents ("
  "  id {{ID}},"
  "  site TEXT NOT NULL DEFAULT 'main',"
  "  kind TEXT NOT NULL CHECK (kind IN ('water', 'broken', 'other')),"
  "  place TEXT NOT NULL,"
  "  details TEXT,"
  "  at_ms INTEGER NOT NULL,"
  "  recorded_by TEXT NOT NULL,"
  "  host_id INTEGER REFERENCES hosts (id),"
  "  resolved_ms INTEGER,"
  "  resolution TEXT)",
  "CREATE INDEX env_incidents_open ON env_incidents (site, resolved_ms)",
  NULL,
};

static const char * const * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
  migration_9,
  migration_10,
  migration_11,
  migration_12,
  migration_13,
  migration_14,
  migration_15,
  migration_16,
};

static gboolean
apply (FdDb               *db,
       gint64              version,
       const char * const *statements,
       gint64              now_ms,
       GError            **error)
{
  gint64 current = 0;

  if (!fd_db_begin (db, error))
    return FALSE;
  if (!fd_db_query_int (db, "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                        FD_DB_NO_ARGS, &current, error))
    goto fail;
  if (current >= version)
    {
      fd_db_rollback (db);
      return TRUE;  /* another process got there first */
    }
  for (guint i = 0; statements[i] != NULL; i++)
    if (!fd_db_exec (db, statements[i], FD_DB_NO_ARGS, NULL, NULL, error))
      goto fail;
  if (!fd_db_exec (db, "INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)",
                   FD_DB_ARGS (FD_DB_I (version), FD_DB_I (now_ms)), NULL, NULL, error))
    goto fail;
  return fd_db_commit (db, error);

fail:
  fd_db_rollback (db);
  return FALSE;
}

gboolean
fd_store_migrate (FdDb    *db,
                  gint64   now_ms,
                  GError **error)
{
  gint64 current = 0;

  if (!fd_db_exec (db,
                   "CREATE TABLE IF NOT EXISTS schema_version ("
                   "  version INTEGER PRIMARY KEY,"
                   "  applied_ms INTEGER NOT NULL)",
                   FD_DB_NO_ARGS, NULL, NULL, error))
    return FALSE;
  if (!fd_db_query_int (db, "SELECT COALESCE(MAX(version), 0) FROM schema_version",
                        FD_DB_NO_ARGS, &current, error))
    return FALSE;
  if (current > (gint64) G_N_ELEMENTS (migrations))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_DATABASE,
                   "The database was written by a newer Frontdesk (schema %" G_GINT64_FORMAT ")",
                   current);
      return FALSE;
    }

  for (gsize i = (gsize) current; i < G_N_ELEMENTS (migrations); i++)
    if (!apply (db, (gint64) i + 1, migrations[i], now_ms, error))
      return FALSE;
  return TRUE;
}
