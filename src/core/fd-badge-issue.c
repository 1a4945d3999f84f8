/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-badge-issue.h"

#include <glib/gstdio.h>

#include "fd-error.h"

/*
 * Issuing a badge (REG-4): render the visit's badge and print it, or save
 * it as a PDF file when the station has no printer.  The outcome is written
 * to the visit, where the staff window shows it; a failed print never
 * touches the visit itself, and issuing again is the reprint.
 */

FdPrintSettings *
fd_print_settings_new_from_config (const FdConfig *config)
{
  FdPrintSettings *settings = g_new0 (FdPrintSettings, 1);

  settings->printer = config->printer != NULL && *config->printer ? g_strdup (config->printer) : NULL;
  settings->fallback = config->fallback_printer != NULL && *config->fallback_printer
                       ? g_strdup (config->fallback_printer) : NULL;
  settings->folder = g_strdup (config->badge_folder);
  if (!fd_badge_size_from_id (config->badge_size, &settings->size))
    settings->size = FD_BADGE_LABEL_62;
  settings->timeout_ms = config->print_timeout * 1000;
  return settings;
}

FdPrintSettings *
fd_print_settings_copy (const FdPrintSettings *settings)
{
  FdPrintSettings *copy = g_memdup2 (settings, sizeof *settings);

  copy->printer = g_strdup (settings->printer);
  copy->fallback = g_strdup (settings->fallback);
  copy->folder = g_strdup (settings->folder);
  return copy;
}

void
fd_print_settings_free (FdPrintSettings *settings)
{
  if (settings == NULL)
    return;
  g_free (settings->printer);
  g_free (settings->fallback);
  g_free (settings->folder);
  g_free (settings);
}

void
fd_badge_outcome_free (FdBadgeOutcome *outcome)
{
  if (outcome == NULL)
    return;
  g_free (outcome->detail);
  g_free (outcome);
}

typedef struct {
  const FdBadge *badge;
  FdBadgeSize    size;
} RasterBadge;

static guint8 *
raster_badge (gpointer data,
              guint    width,
              guint    height,
              int      dpi)
{
  RasterBadge *raster = data;

  return fd_badge_render_gray (raster->badge, raster->size, width, height, dpi);
}

/**
 * fd_print_badge:
 * @pdf: @badge rendered as PDF
 *
 * Prints @badge on @printer: as PDF, or as PWG raster for a driverless
 * printer that takes no PDF.  See fd_print_pdf().
 */
FdPrintProblem
fd_print_badge (const char     *printer,
                const FdBadge  *badge,
                FdBadgeSize     size,
                GBytes         *pdf,
                guint           timeout_ms,
                int            *job_id,
                char          **detail)
{
  RasterBadge raster = { badge, size };
  double width, height;

  fd_badge_size_mm (size, &width, &height);
  return fd_print_pdf (printer, pdf, raster_badge, &raster, width, height, timeout_ms, job_id, detail);
}

/**
 * fd_badge_issue:
 * @visit_id: an on-site visit
 *
 * Blocking: call it from a worker thread, or use the _async variant.
 *
 * Returns: (transfer full): how it went, also stored on the visit; %NULL
 *   with @error set only when the visit cannot be read or written.
 */
FdBadgeOutcome *
fd_badge_issue (FdStore               *store,
                const FdPrintSettings *settings,
                gint64                 visit_id,
                GError               **error)
{
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(FdBadge) badge = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(FdBadgeOutcome) outcome = g_new0 (FdBadgeOutcome, 1);
  g_autofree char *site = NULL;
  const char *stored;
  double width, height;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  visit = fd_store_get_visit (store, visit_id, error);
  if (visit == NULL)
    return NULL;
  if (visit->state != FD_VISIT_ON_SITE)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Visit %" G_GINT64_FORMAT " is not on site", visit_id);
      return NULL;
    }

  /* A watchlist hit waits for reception: nothing is printed. */
  if (visit->badge_state == FD_BADGE_HELD)
    {
      outcome->state = FD_BADGE_HELD;
      return g_steal_pointer (&outcome);
    }

  site = fd_store_get_setting (store, "company_name", "");
  badge = fd_badge_new_for_visit (visit, site);
  pdf = fd_badge_render_pdf (badge, settings->size, error);
  if (pdf == NULL)
    return NULL;
  fd_badge_size_mm (settings->size, &width, &height);

  if (settings->printer == NULL)
    {
      /* A visit in a kiosk's spool has no number in the database yet:
       * its file is named by its time and its place in the spool. */
      g_autofree char *file = visit_id > 0
                              ? g_strdup_printf ("visitor-badge-%06" G_GINT64_FORMAT ".pdf", visit_id)
                              : g_strdup_printf ("visitor-badge-offline-%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT ".pdf",
                                                 visit->arrived_ms, -visit_id);
      g_autofree char *path = g_build_filename (settings->folder, file, NULL);
      g_autoptr(GError) local_error = NULL;

      if (g_mkdir_with_parents (settings->folder, 0700) == 0 &&
          g_file_set_contents_full (path, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf),
                                    G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
        {
          outcome->state = FD_BADGE_SAVED;
          outcome->detail = g_steal_pointer (&path);
        }
      else
        {
          outcome->state = FD_BADGE_FAILED;
          outcome->problem = FD_PRINT_FAILED;
          outcome->detail = g_strdup (settings->folder);
        }
    }
  else
    {
      const char *printers[] = { settings->printer, settings->fallback };

      for (guint i = 0; i < G_N_ELEMENTS (printers) && printers[i] != NULL; i++)
        {
          g_autofree char *said = NULL;

          outcome->problem = fd_print_badge (printers[i], badge, settings->size, pdf, settings->timeout_ms,
                                             NULL, &said);
          if (outcome->problem != FD_PRINT_OK)
            g_message ("Badge of visit %" G_GINT64_FORMAT " not printed on %s: %s",
                       visit_id, said, fd_print_problem_id (outcome->problem));
          if (outcome->problem == FD_PRINT_OK || i == 0)
            {
              g_free (outcome->detail);
              outcome->detail = g_strdup (printers[i]);
            }
          if (outcome->problem == FD_PRINT_OK)
            break;
        }
      outcome->state = outcome->problem == FD_PRINT_OK ? FD_BADGE_PRINTED : FD_BADGE_FAILED;
    }

  /* A failure stores the problem's id: each window words it in its own
   * language. */
  stored = outcome->state == FD_BADGE_FAILED ? fd_print_problem_id (outcome->problem) : outcome->detail;
  if (!fd_store_set_badge_state (store, visit_id, outcome->state, stored, error))
    return NULL;
  return g_steal_pointer (&outcome);
}

typedef struct {
  FdPrintSettings *settings;
  gint64           visit_id;
} IssueData;

static void
issue_data_free (IssueData *data)
{
  fd_print_settings_free (data->settings);
  g_free (data);
}

static gpointer
issue_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  IssueData *issue = data;

  return fd_badge_issue (store, issue->settings, issue->visit_id, error);
}

void
fd_badge_issue_async (FdStore               *store,
                      const FdPrintSettings *settings,
                      gint64                 visit_id,
                      GCancellable          *cancellable,
                      GAsyncReadyCallback    callback,
                      gpointer               user_data)
{
  IssueData *data = g_new0 (IssueData, 1);

  data->settings = fd_print_settings_copy (settings);
  data->visit_id = visit_id;
  fd_store_run_async (store, issue_job, data, (GDestroyNotify) issue_data_free,
                      (GDestroyNotify) fd_badge_outcome_free, cancellable, callback, user_data);
}

FdBadgeOutcome *
fd_badge_issue_finish (FdStore       *store,
                       GAsyncResult  *result,
                       GError       **error)
{
  return fd_store_run_finish (store, result, error);
}

/**
 * fd_print_sample_badge:
 * @printer: a CUPS queue or IPP address
 * @site: the company's name, printed as on a visitor's badge
 *
 * A sample badge through the real path (render, then the print queue),
 * for setting up a printer: from frontdeskctl print-test and the
 * administration page's test buttons.  It carries a test token no kiosk
 * accepts.
 *
 * Returns: FD_PRINT_OK, or what went wrong; a rendering failure sets
 *   @error and returns FD_PRINT_REJECTED.
 */
FdPrintProblem
fd_print_sample_badge (const char  *printer,
                       FdBadgeSize  size,
                       const char  *site,
                       guint        timeout_ms,
                       GError     **error)
{
  g_autoptr(FdBadge) badge = g_new0 (FdBadge, 1);
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (printer != NULL, FD_PRINT_NO_PRINTER);

  badge->visitor_name = g_strdup ("测试 Test");
  badge->company = g_strdup ("Frontdesk");
  badge->host = g_strdup ("前台 Reception");
  badge->department = g_strdup ("—");
  badge->issued_ms = g_get_real_time () / 1000;
  badge->valid_until_ms = badge->issued_ms;
  badge->number = g_strdup ("No. 000000");
  badge->token = g_strdup ("FD1-TESTTESTTESTTESTTESTTESTTE");
  badge->site = g_strdup (site != NULL ? site : "");
  pdf = fd_badge_render_pdf (badge, size, error);
  if (pdf == NULL)
    return FD_PRINT_REJECTED;
  return fd_print_badge (printer, badge, size, pdf, timeout_ms, NULL, NULL);
}
