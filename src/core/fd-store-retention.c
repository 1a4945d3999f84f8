/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-error.h"
#include "fd-settings.h"
#include "fd-store-parcels.h"

/*
 * Keeping visitors' data only as long as allowed (PIPL, REG-5): the daily
 * export into the site's folder, the purge of visits past the retention
 * period, and the audit log that records both.
 *
 * Site settings: retention_days (90), audit_retention_days (365),
 * export_folder (none: no daily export), export_format ("csv" or "xlsx").
 */

#define DEFAULT_RETENTION_DAYS 90
#define DEFAULT_AUDIT_DAYS     365  /* who did what is kept longer */
#define EXPORT_PERIOD_DAYS     90   /* REG-5: exports are kept 3 months */

/* A period in days from setting @key; clamped to what the setting may
 * hold, so a cutoff cannot overflow: a value written before settings were
 * checked is read as the nearest allowed one, and an unreadable one as
 * @fallback. */
static gint64
setting_days (FdStore    *self,
              const char *key,
              gint64      fallback)
{
  g_autofree char *text = fd_store_get_setting (self, key, "");

  if (*text == '\0' || !g_ascii_string_to_signed (text, 10, 1, G_MAXINT64, NULL, NULL))
    return fallback;
  return fd_setting_int (text, key);
}

static gint64
retention_days (FdStore *self)
{
  return setting_days (self, "retention_days", DEFAULT_RETENTION_DAYS);
}

static gint64
audit_days (FdStore *self)
{
  return setting_days (self, "audit_retention_days", DEFAULT_AUDIT_DAYS);
}

/* Removes the audit entries older than @days (audit_retention_days); the
 * caller holds the lock and the transaction.  The chain value of the last
 * entry removed is kept (audit_anchor), so the entries left still verify
 * from there; the counts per action go down with them. */
static gboolean
purge_audit_locked (FdStore  *self,
                    gint64    days,
                    gint64   *removed,
                    GError  **error)
{
  gint64 cutoff = fd_store_now_ms (self) - days * 24 * 3600 * 1000;
  g_autofree char *anchor = NULL;
  gint64 last = 0;

  *removed = 0;
  if (!fd_db_query_int (self->db, "SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE at_ms < ?",
                        FD_DB_ARGS (FD_DB_I (cutoff)), &last, error))
    return FALSE;
  if (last == 0)
    return TRUE;
  return fd_db_exec (self->db, "SELECT chain FROM audit_log WHERE id = ?", FD_DB_ARGS (FD_DB_I (last)),
                     fd_store_first_text_cb, &anchor, error) &&
         fd_db_query_int (self->db, "SELECT COUNT(*) FROM audit_log WHERE id <= ?", FD_DB_ARGS (FD_DB_I (last)),
                          removed, error) &&
         fd_db_exec (self->db,
                     "UPDATE audit_counts SET n = n - (SELECT COUNT(*) FROM audit_log a "
                     "WHERE a.action = audit_counts.action AND a.id <= ?)",
                     FD_DB_ARGS (FD_DB_I (last)), NULL, NULL, error) &&
         fd_db_exec (self->db, "DELETE FROM audit_log WHERE id <= ?", FD_DB_ARGS (FD_DB_I (last)), NULL, NULL,
                     error) &&
         fd_store_put_setting_locked (self, "audit_anchor", anchor, error);
}

/**
 * fd_store_set_retention_days:
 * @below_export_period: the administrator confirms a period shorter than
 *   the 3 months REG-5 keeps exports
 */
gboolean
fd_store_set_retention_days (FdStore          *self,
                             const FdSession  *session,
                             gint64            days,
                             gboolean          below_export_period,
                             GError          **error)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, days);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "retention.set", error))
    return FALSE;
  if (!fd_setting_check ("retention_days", text, error))
    return FALSE;
  if (days < EXPORT_PERIOD_DAYS && !below_export_period)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           N_("Visits are kept at least 90 days unless you confirm a shorter period."));
      return FALSE;
    }
  return fd_store_set_setting (self, "retention_days", text, error) &&
         fd_store_audit (self, fd_session_get_username (session), "retention.set", NULL, text, error);
}

/**
 * fd_store_purge:
 * @dry_run: only count
 * @n_visits: (out) (optional): how many visits are (or would be) removed
 *
 * Removes the visits that ended more than the retention period ago, with
 * their messages, alerts, invitations and search terms, and the audit
 * entries older than the audit log's own period (a year by default).
 * Visitors still on site are kept.  Logged with the counts.
 */
gboolean
fd_store_purge (FdStore          *self,
                const FdSession  *session,
                gboolean          dry_run,
                gint64           *n_visits,
                GError          **error)
{
  /* Every row that names a visitor: the visits past retention with their
   * messages, alerts and invitations, and invitations never used (or
   * cancelled), parcels that left the desk, calls with nothing left to
   * follow up and messages with no visit that are as old, sent or not: a
   * message still pending after the retention period is of no use. */
  static const char * const cleanup[] = {
    "DELETE FROM outbox WHERE visit_id IN (SELECT id FROM purge_ids)",
    "DELETE FROM alerts WHERE visit_id IN (SELECT id FROM purge_ids)",
    "DELETE FROM invitations WHERE visit_id IN (SELECT id FROM purge_ids)",
    "DELETE FROM visits WHERE id IN (SELECT id FROM purge_ids)",
  };
  gint64 days = retention_days (self);
  gint64 cutoff = fd_store_now_ms (self) - days * 24 * 3600 * 1000;
  g_autofree char *cutoff_day = fd_format_local_time (cutoff, "%Y-%m-%d");
  g_autofree char *detail = NULL;
  gint64 count = 0;
  gint64 audit_kept = audit_days (self);
  gint64 audit_removed = 0;
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "purge", error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db, "CREATE TEMP TABLE IF NOT EXISTS purge_ids (id INTEGER PRIMARY KEY)",
                   FD_DB_NO_ARGS, NULL, NULL, error) &&
       fd_db_exec (self->db, "DELETE FROM purge_ids", FD_DB_NO_ARGS, NULL, NULL, error) &&
       fd_db_exec (self->db,
                   "INSERT INTO purge_ids SELECT id FROM visits WHERE "
                   "COALESCE(left_ms, arrived_ms, visit_ms) < ? AND state <> 'on_site'",
                   FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
       fd_db_query_int (self->db, "SELECT COUNT(*) FROM purge_ids", FD_DB_NO_ARGS, &count, error);
  ok = ok && (dry_run || fd_store_unindex_purged_locked (self, error));
  for (guint i = 0; ok && !dry_run && i < G_N_ELEMENTS (cleanup); i++)
    ok = fd_db_exec (self->db, cleanup[i], FD_DB_NO_ARGS, NULL, NULL, error);
  ok = ok && (dry_run ||
              (fd_db_exec (self->db, "DELETE FROM invitations WHERE state <> 'used' AND created_ms < ? AND day < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff), FD_DB_S (cutoff_day)), NULL, NULL, error) &&
               fd_db_exec (self->db, "DELETE FROM outbox WHERE visit_id IS NULL AND created_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               /* Who collected a parcel, and their signature, go as a
                * visitor's name does; so do callers' names and numbers. */
               fd_db_exec (self->db, "DELETE FROM parcels WHERE state <> 'waiting' AND updated_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               fd_db_exec (self->db, "DELETE FROM calls WHERE follow_up <> 'open' AND updated_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               /* Employees' signatures for supplies, and requests received. */
               fd_db_exec (self->db, "DELETE FROM supply_moves WHERE at_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               fd_db_exec (self->db, "DELETE FROM purchase_requests WHERE state = 'received' AND received_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               fd_db_exec (self->db, "DELETE FROM env_checks WHERE at_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               fd_db_exec (self->db, "DELETE FROM env_incidents WHERE resolved_ms < ?",
                           FD_DB_ARGS (FD_DB_I (cutoff)), NULL, NULL, error) &&
               purge_audit_locked (self, audit_kept, &audit_removed, error)));
  detail = g_strdup_printf ("%" G_GINT64_FORMAT " visits older than %" G_GINT64_FORMAT " days%s", count, days,
                            dry_run ? " (dry run)" : "");
  if (audit_removed > 0)
    {
      g_autofree char *visits = g_steal_pointer (&detail);

      detail = g_strdup_printf ("%s; %" G_GINT64_FORMAT " audit entries older than %" G_GINT64_FORMAT " days",
                                visits, audit_removed, audit_kept);
    }
  ok = ok && fd_store_audit_locked (self, fd_session_get_username (session), dry_run ? "purge.dry-run" : "purge",
                                    NULL, detail, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  else if (!dry_run)
    ok = fd_db_forget (self->db, error);
  STORE_UNLOCK (self);
  if (ok && n_visits != NULL)
    *n_visits = count;
  return ok;
}

/* Removes the files of @folder whose names start with @prefix and end
 * with one of @suffixes, last written before @cutoff_ms: what we wrote
 * about visitors who are purged.  Symlinks and other people's files are
 * left alone.  Returns how many went. */
static guint
remove_old_files (const char         *folder,
                  const char         *prefix,
                  const char * const *suffixes,
                  gint64              cutoff_ms)
{
  g_autoptr(GDir) dir = folder != NULL && *folder != '\0' ? g_dir_open (folder, 0, NULL) : NULL;
  const char *name;
  guint removed = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      gboolean ours = g_str_has_prefix (name, prefix);
      GStatBuf st;

      for (guint i = 0; ours && suffixes[i] != NULL; i++)
        if (g_str_has_suffix (name, suffixes[i]))
          break;
        else if (suffixes[i + 1] == NULL)
          ours = FALSE;
      if (!ours)
        continue;
      path = g_build_filename (folder, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          (gint64) st.st_mtime * 1000 < cutoff_ms && g_unlink (path) == 0)
        removed++;
    }
  return removed;
}

/**
 * fd_store_housekeeping:
 * @session: an administrator's: the station's own (fd_session_new_system())
 *   or a service account's, for a timer running frontdeskctl
 * @badge_folder: (nullable): where this station saves badge PDFs
 *
 * What a station does by itself, at start and every hour: yesterday's
 * visits exported into export_folder (REG-5) unless the file is there,
 * then the purge, the reminders about parcels waiting 3 days (PKG-5), and
 * the removal of the files written about visits past the retention
 * period: daily exports in export_folder and badge PDFs in @badge_folder.
 * Call it off the main loop.
 */
gboolean
fd_store_housekeeping (FdStore          *self,
                       const FdSession  *session,
                       const char       *badge_folder,
                       GError          **error)
{
  static const char * const exports[] = { ".csv", ".xlsx", NULL };
  static const char * const badges[] = { ".pdf", NULL };
  g_autofree char *folder = fd_store_get_setting (self, "export_folder", NULL);
  g_autofree char *format = fd_store_get_setting (self, "export_format", "csv");
  gint64 days = retention_days (self);
  gint64 cutoff = fd_store_now_ms (self) - days * 24 * 3600 * 1000;
  guint files;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "housekeeping", error))
    return FALSE;
  if (folder != NULL && *folder != '\0')
    {
      g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (fd_store_now_ms (self) / 1000);
      g_autoptr(GDateTime) local = g_date_time_to_local (utc);
      g_autoptr(GDateTime) yesterday = g_date_time_add_days (local, -1);
      g_autofree char *day = g_date_time_format (yesterday, "%Y-%m-%d");
      gboolean xlsx = g_str_equal (format, "xlsx");
      g_autofree char *name = g_strdup_printf ("visits-%s.%s", day, xlsx ? "xlsx" : "csv");
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (g_mkdir_with_parents (folder, 0700) != 0)
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create the export folder %s", folder);
          return FALSE;
        }
      if (!g_file_test (path, G_FILE_TEST_EXISTS) &&
          !fd_store_export (self, session, day, day, xlsx ? FD_EXPORT_XLSX : FD_EXPORT_CSV, path, NULL, error))
        return FALSE;
    }
  if (!fd_store_purge (self, session, FALSE, NULL, error) ||
      !fd_store_remind_parcels (self, NULL, error))
    return FALSE;
  files = remove_old_files (folder, "visits-", exports, cutoff) +
          remove_old_files (badge_folder, "visitor-badge-", badges, cutoff);
  if (files > 0)
    {
      g_autofree char *detail = g_strdup_printf ("%u files older than %" G_GINT64_FORMAT " days", files, days);

      return fd_store_audit (self, fd_session_get_username (session), "purge.files", NULL, detail, error);
    }
  return TRUE;
}

void
fd_audit_entry_free (FdAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->actor);
  g_free (entry->action);
  g_free (entry->subject);
  g_free (entry->detail);
  g_free (entry);
}

static gboolean
audit_cb (FdDbRow  *row,
          gpointer  user_data)
{
  FdAuditEntry *entry = g_new0 (FdAuditEntry, 1);

  entry->id = fd_db_row_int (row, 0);
  entry->at_ms = fd_db_row_int (row, 1);
  entry->actor = fd_db_row_dup (row, 2);
  entry->action = fd_db_row_dup (row, 3);
  entry->subject = fd_db_row_dup (row, 4);
  entry->detail = fd_db_row_dup (row, 5);
  g_ptr_array_add (user_data, entry);
  return TRUE;
}

/**
 * fd_store_list_audit:
 * @session: security's or an administrator's
 *
 * Returns: (transfer container) (element-type FdAuditEntry): the newest
 *   @limit entries, newest first.  Reading the log is itself logged.
 */
GPtrArray *
fd_store_list_audit (FdStore          *self,
                     const FdSession  *session,
                     guint             limit,
                     GError          **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_audit_entry_free);
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "audit.list", error))
    return NULL;
  STORE_LOCK (self);
  ok = fd_db_exec (self->db,
                   "SELECT id, at_ms, actor, action, subject, detail FROM audit_log ORDER BY id DESC LIMIT ?",
                   FD_DB_ARGS (FD_DB_I (limit > 0 ? limit : 100)), audit_cb, entries, error) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "audit.list", NULL, NULL, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&entries) : NULL;
}
