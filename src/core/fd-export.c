/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store.h"

#include <glib/gstdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "fd-error.h"

/*
 * The visit register as a file (REG-5): CSV (UTF-8 with a byte order mark,
 * so that Excel shows Chinese) or XLSX.  The ID number is never exported in
 * clear, only masked.  Files are written beside their final name and
 * renamed into place, so a reader never sees half a file.
 */

static const char * const columns[] = {
  "编号 ID", "状态 State", "姓名 Name", "电话 Phone", "单位 Company", "事由 Purpose",
  "被访人 Host", "部门 Department", "到访 Arrived", "离开 Left", "访客证归还 Badge returned",
  "物品 Items", "证件号 ID (masked)",
};

/**
 * fd_day_range:
 * @day: YYYY-MM-DD, local time
 *
 * Returns: %TRUE with the day's first millisecond and the next day's.
 */
gboolean
fd_day_range (const char *day,
              gint64     *start_ms,
              gint64     *end_ms)
{
  int y, m, d;
  char extra;
  g_autoptr(GTimeZone) zone = g_time_zone_new_local ();
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = NULL;

  if (day == NULL || sscanf (day, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3)
    return FALSE;
  start = g_date_time_new (zone, y, m, d, 0, 0, 0);
  if (start == NULL)
    return FALSE;
  end = g_date_time_add_days (start, 1);
  if (end == NULL)
    return FALSE;  /* 9999-12-31: the next day is past what a date holds */
  *start_ms = g_date_time_to_unix (start) * 1000;
  *end_ms = g_date_time_to_unix (end) * 1000;
  return TRUE;
}

/**
 * fd_visit_query_set_days:
 * @from_day: (nullable): YYYY-MM-DD, the first day; %NULL: from the
 *   beginning
 * @to_day: (nullable): the last day; %NULL: no end
 *
 * Returns: %FALSE when a day is not written YYYY-MM-DD.
 */
gboolean
fd_visit_query_set_days (FdVisitQuery *query,
                         const char   *from_day,
                         const char   *to_day)
{
  gint64 unused;

  return (from_day == NULL || fd_day_range (from_day, &query->from_ms, &unused)) &&
         (to_day == NULL || fd_day_range (to_day, &unused, &query->to_ms));
}

/* A time for a cell; empty when it has not happened. */
static char *
local_text (gint64 ms)
{
  return ms > 0 ? fd_format_local_time (ms, "%Y-%m-%d %H:%M") : g_strdup ("");
}

/* A visit's state in both languages, like the column headers. */
static const char *
state_cell (FdVisitState state)
{
  switch (state)
    {
    case FD_VISIT_ON_SITE:
      return "在访 On site";
    case FD_VISIT_LEFT:
      return "已离开 Left";
    case FD_VISIT_REFUSED:
      return "已拒绝 Refused";
    case FD_VISIT_EXPECTED:
    default:
      return "预约 Expected";
    }
}

/* When the badge came back; or that it did not, or that there was none
 * (held, failed or never printed): an empty cell left the reader to guess. */
static char *
badge_returned_cell (FdVisit *visit)
{
  gboolean had_badge = visit->badge_state == FD_BADGE_PRINTED || visit->badge_state == FD_BADGE_SAVED;

  if (visit->badge_returned_ms > 0)
    return local_text (visit->badge_returned_ms);
  if (!had_badge)
    return g_strdup ("无访客证 No badge");
  if (visit->state == FD_VISIT_LEFT)
    return g_strdup ("未归还 Not returned");
  return g_strdup ("");
}

/* The cells of one visit, in the order of columns[]. */
static GStrv
visit_cells (FdVisit *visit)
{
  GPtrArray *cells = g_ptr_array_new ();

  g_ptr_array_add (cells, g_strdup_printf ("%" G_GINT64_FORMAT, visit->id));
  g_ptr_array_add (cells, g_strdup (state_cell (visit->state)));
  g_ptr_array_add (cells, g_strdup (visit->name));
  g_ptr_array_add (cells, g_strdup (visit->phone));
  g_ptr_array_add (cells, g_strdup (visit->company != NULL ? visit->company : ""));
  g_ptr_array_add (cells, g_strdup (visit->purpose));
  g_ptr_array_add (cells, fd_host_honorific_name (visit->host_name, visit->host_title, FD_LANG_ZH));
  g_ptr_array_add (cells, g_strdup (visit->host_department != NULL ? visit->host_department : ""));
  g_ptr_array_add (cells, local_text (visit->arrived_ms));
  g_ptr_array_add (cells, local_text (visit->left_ms));
  g_ptr_array_add (cells, badge_returned_cell (visit));
  g_ptr_array_add (cells, g_strdup (visit->items != NULL ? visit->items : ""));
  g_ptr_array_add (cells, g_strdup (visit->id_masked != NULL ? visit->id_masked : ""));
  g_ptr_array_add (cells, NULL);
  return (GStrv) g_ptr_array_free (cells, FALSE);
}

#define PHONE_COLUMN 3  /* in columns[] */

/* RFC 4180, and a cell that a spreadsheet would take for a formula gets a
 * leading apostrophe: a visitor's name or company is never run.  Only in
 * the phone column (@phone), whose values the core has normalised, may a
 * cell start with + and a digit (+4915112345678): anywhere else
 * "+1+HYPERLINK(…)" would be a formula. */
static void
append_csv_cell (GString    *out,
                 const char *cell,
                 gboolean    phone)
{
  gboolean formula = strchr ("=+-@\t\r", cell[0]) != NULL && cell[0] != '\0' &&
                     !(phone && cell[0] == '+' && g_ascii_isdigit (cell[1])) &&
                     !(cell[0] == '-' && cell[1] == '\0');

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gboolean
write_csv (GPtrArray   *visits,
           const char  *path,
           GError     **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_csv_cell (out, columns[c], FALSE);
    }
  g_string_append (out, "\r\n");
  for (guint i = 0; i < visits->len; i++)
    {
      g_auto(GStrv) cells = visit_cells (g_ptr_array_index (visits, i));

      for (guint c = 0; cells[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_csv_cell (out, cells[c], c == PHONE_COLUMN);
        }
      g_string_append (out, "\r\n");
    }
  return g_file_set_contents_full (path, out->str, (gssize) out->len, G_FILE_SET_CONTENTS_CONSISTENT,
                                   0600, error);
}

/* libxlsxwriter opens its file by name with the process's umask; it
 * writes into a folder of its own (0700, a random name, so nothing can be
 * planted there), and the finished file, 0600, is renamed into place. */
static gboolean
write_xlsx (GPtrArray   *visits,
            const char  *path,
            GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *private_dir = g_build_filename (folder, ".frontdesk-export-XXXXXX", NULL);
  g_autofree char *part = NULL;
  lxw_workbook *workbook;
  lxw_worksheet *sheet;
  lxw_format *bold;
  lxw_error status;
  gboolean ok = FALSE;

  if (g_mkdtemp_full (private_dir, 0700) == NULL)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot write in %s: %s", folder, g_strerror (errno));
      return FALSE;
    }
  part = g_build_filename (private_dir, "export.xlsx", NULL);
  workbook = workbook_new (part);
  if (workbook == NULL)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s", path);
      g_rmdir (private_dir);
      return FALSE;
    }
  sheet = workbook_add_worksheet (workbook, "访客 Visits");
  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    worksheet_write_string (sheet, 0, (lxw_col_t) c, columns[c], bold);
  for (guint i = 0; i < visits->len; i++)
    {
      g_auto(GStrv) cells = visit_cells (g_ptr_array_index (visits, i));

      for (guint c = 0; cells[c] != NULL; c++)
        worksheet_write_string (sheet, (lxw_row_t) i + 1, (lxw_col_t) c, cells[c], NULL);
    }
  worksheet_freeze_panes (sheet, 1, 0);
  status = workbook_close (workbook);
  if (status != LXW_NO_ERROR)
    g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot write %s: %s", path, lxw_strerror (status));
  else if (g_chmod (part, 0600) != 0 || g_rename (part, path) != 0)
    g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot write %s: %s", path, g_strerror (errno));
  else
    ok = TRUE;
  g_unlink (part);
  g_rmdir (private_dir);
  return ok;
}

/**
 * fd_store_export:
 * @session: security's or an administrator's
 * @from_day: the first day, YYYY-MM-DD
 * @to_day: the last day, included
 * @n_visits: (out) (optional): how many visits were written
 *
 * Writes the visits of those days to @path.  Logged.
 */
gboolean
fd_store_export (FdStore          *self,
                 const FdSession  *session,
                 const char       *from_day,
                 const char       *to_day,
                 FdExportFormat    format,
                 const char       *path,
                 guint            *n_visits,
                 GError          **error)
{
  FdVisitQuery query = { NULL, 0, 0, 0, 0, TRUE };
  g_autoptr(GPtrArray) visits = NULL;
  g_autofree char *detail = NULL;
  gint64 unused;
  gboolean ok;

  if (!fd_store_check_permission (self, session, FD_PERMISSION_SECURITY, "export", error))
    return FALSE;
  if (!fd_day_range (from_day, &query.from_ms, &unused) || !fd_day_range (to_day, &unused, &query.to_ms) ||
      query.to_ms <= query.from_ms)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The dates are YYYY-MM-DD, the first not after the last");
      return FALSE;
    }
  visits = fd_store_find_visits (self, session, &query, error);
  if (visits == NULL)
    return FALSE;
  ok = format == FD_EXPORT_XLSX ? write_xlsx (visits, path, error) : write_csv (visits, path, error);
  if (!ok)
    return FALSE;
  if (n_visits != NULL)
    *n_visits = visits->len;
  detail = g_strdup_printf ("%s..%s %u visits %s", from_day, to_day, visits->len,
                            format == FD_EXPORT_XLSX ? "xlsx" : "csv");
  return fd_store_audit (self, fd_session_get_username (session), "export", path, detail, error);
}
