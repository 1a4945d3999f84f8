/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-cups.h"
#include "fd-print.h"

#include <cups/cups.h>
#include <string.h>

#include "fd-badge.h"
#include "fd-error.h"

/*
 * Silent printing through the CUPS destination API: a named queue, or a
 * printer's own IPP address.  The media is the printer's own name for the
 * badge's size; the page is never scaled.  The job is followed until the
 * printer says it is done; a printer that stops (out of labels, paused) or
 * never answers within the timeout gets its job cancelled, so that a
 * reprint after recovery gives one badge, not two.  Blocking: call it from
 * a worker thread.
 *
 * A driverless printer addressed directly that takes no PDF (optional in
 * IPP Everywhere) gets PWG raster, which every such printer takes; a
 * printer that lists its media but none of the badge's size is told
 * nothing and the receptionist is told why.
 */

static const struct {
  const char *id;
  const char *message;
} problems[FD_N_PRINT_PROBLEMS] = {
  [FD_PRINT_OK] = { "ok", N_("Printed.") },
  [FD_PRINT_NO_PRINTER] = { "no-printer", N_("The badge printer is not set up on this computer. Check the printer name in the station settings.") },
  [FD_PRINT_UNREACHABLE] = { "unreachable", N_("The badge printer does not answer. Check that it is switched on and connected.") },
  [FD_PRINT_MEDIA_EMPTY] = { "media-empty", N_("The badge printer is out of labels. Load a new roll, then reprint.") },
  [FD_PRINT_MEDIA_JAM] = { "media-jam", N_("Labels are jammed in the badge printer. Clear the jam, then reprint.") },
  [FD_PRINT_COVER_OPEN] = { "cover-open", N_("The badge printer's cover is open. Close it, then reprint.") },
  [FD_PRINT_PAUSED] = { "paused", N_("The badge printer is paused. Resume it in the printer settings, then reprint.") },
  [FD_PRINT_REJECTED] = { "rejected", N_("The badge printer refused the badge. Reprint, or check the printer.") },
  [FD_PRINT_TIMEOUT] = { "timeout", N_("The badge printer did not finish in time. Check the printer, then reprint.") },
  [FD_PRINT_NO_MEDIA] = { "no-media", N_("The badge printer has no labels of the badge's size. Load the right labels, or set the badge size the printer has in the station settings.") },
  [FD_PRINT_FORMAT] = { "format", N_("The badge printer takes neither PDF nor PWG raster. Add it as a CUPS queue with its driver.") },
  [FD_PRINT_FAILED] = { "failed", N_("The badge could not be printed. Reprint, or check the printer.") },
};

const char *
fd_print_problem_id (FdPrintProblem problem)
{
  g_return_val_if_fail (problem < FD_N_PRINT_PROBLEMS, NULL);
  return problems[problem].id;
}

FdPrintProblem
fd_print_problem_from_id (const char *id)
{
  for (guint i = 0; i < FD_N_PRINT_PROBLEMS; i++)
    if (g_strcmp0 (id, problems[i].id) == 0)
      return (FdPrintProblem) i;
  return FD_PRINT_FAILED;
}

const char *
fd_print_problem_message (FdPrintProblem problem,
                          FdLang         lang)
{
  g_return_val_if_fail (problem < FD_N_PRINT_PROBLEMS, NULL);
  return fd_tr (lang, problems[problem].message);
}

/**
 * fd_print_problem_from_reasons:
 * @reasons: printer-state-reasons, comma-separated
 *
 * Returns: the problem the reasons describe, FD_PRINT_OK when none.  The
 *   -error/-warning/-report suffixes are ignored.
 */
FdPrintProblem
fd_print_problem_from_reasons (const char *reasons)
{
  static const struct {
    const char     *keyword;
    FdPrintProblem  problem;
  } map[] = {
    { "media-empty", FD_PRINT_MEDIA_EMPTY },
    { "media-needed", FD_PRINT_MEDIA_EMPTY },
    { "marker-supply-empty", FD_PRINT_MEDIA_EMPTY },
    { "media-jam", FD_PRINT_MEDIA_JAM },
    { "cover-open", FD_PRINT_COVER_OPEN },
    { "door-open", FD_PRINT_COVER_OPEN },
    { "paused", FD_PRINT_PAUSED },
    { "connecting-to-device", FD_PRINT_UNREACHABLE },
    { "offline", FD_PRINT_UNREACHABLE },
    { "timed-out", FD_PRINT_UNREACHABLE },
    { "shutdown", FD_PRINT_UNREACHABLE },
  };
  g_auto(GStrv) list = NULL;

  if (reasons == NULL)
    return FD_PRINT_OK;
  list = g_strsplit (reasons, ",", -1);
  for (guint m = 0; m < G_N_ELEMENTS (map); m++)
    for (guint i = 0; list[i] != NULL; i++)
      {
        g_autofree char *reason = g_strstrip (g_strdup (list[i]));
        const char *suffixes[] = { "-error", "-warning", "-report" };

        for (guint s = 0; s < G_N_ELEMENTS (suffixes); s++)
          if (g_str_has_suffix (reason, suffixes[s]))
            reason[strlen (reason) - strlen (suffixes[s])] = '\0';
        if (g_str_equal (reason, map[m].keyword))
          return map[m].problem;
      }
  return FD_PRINT_OK;
}

static gboolean
is_uri (const char *printer)
{
  return g_str_has_prefix (printer, "ipp://") || g_str_has_prefix (printer, "ipps://");
}

/* Asks the printer for its state; returns the problem it reports, if any,
 * and sets *stopped when it will not print. */
static FdPrintProblem
printer_state (http_t     *http,
               const char *printer_uri,
               const char *resource,
               gboolean   *stopped,
               char      **reasons_out)
{
  static const char * const wanted[] = { "printer-state", "printer-state-reasons" };
  ipp_t *request = ippNewRequest (IPP_OP_GET_PRINTER_ATTRIBUTES);
  ipp_t *response;
  ipp_attribute_t *attr;
  g_autoptr(GString) reasons = g_string_new (NULL);
  FdPrintProblem problem;

  ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, printer_uri);
  ippAddStrings (request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                 G_N_ELEMENTS (wanted), NULL, wanted);
  response = cupsDoRequest (http, request, resource);
  *stopped = FALSE;
  if (response == NULL)
    return FD_PRINT_UNREACHABLE;

  attr = ippFindAttribute (response, "printer-state", IPP_TAG_ENUM);
  *stopped = attr != NULL && ippGetInteger (attr, 0) == IPP_PSTATE_STOPPED;
  attr = ippFindAttribute (response, "printer-state-reasons", IPP_TAG_KEYWORD);
  for (int i = 0; attr != NULL && i < ippGetCount (attr); i++)
    g_string_append_printf (reasons, "%s%s", i > 0 ? "," : "", ippGetString (attr, i, NULL));
  ippDelete (response);

  problem = fd_print_problem_from_reasons (reasons->str);
  if (*stopped && problem == FD_PRINT_OK)
    problem = FD_PRINT_PAUSED;
  if (reasons_out != NULL)
    *reasons_out = g_strdup (reasons->str);
  return problem;
}

static ipp_jstate_t
job_state (http_t     *http,
           const char *printer_uri,
           const char *resource,
           int         job_id)
{
  static const char * const wanted[] = { "job-state" };
  ipp_t *request = ippNewRequest (IPP_OP_GET_JOB_ATTRIBUTES);
  ipp_t *response;
  ipp_attribute_t *attr;
  ipp_jstate_t state = IPP_JSTATE_PROCESSING;

  ippAddString (request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", NULL, printer_uri);
  ippAddInteger (request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
  ippAddStrings (request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                 G_N_ELEMENTS (wanted), NULL, wanted);
  response = cupsDoRequest (http, request, resource);
  if (response == NULL)
    return state;
  attr = ippFindAttribute (response, "job-state", IPP_TAG_ENUM);
  if (attr != NULL)
    state = (ipp_jstate_t) ippGetInteger (attr, 0);
  ippDelete (response);
  return state;
}

/* The printer's name for a page of this size, either way round. */
static const char *
find_media (http_t       *http,
            cups_dest_t  *dest,
            cups_dinfo_t *info,
            double        width_mm,
            double        height_mm,
            cups_size_t  *size)
{
  int w = (int) (width_mm * 100 + 0.5);
  int h = (int) (height_mm * 100 + 0.5);

  if (info == NULL)
    return NULL;
  /* libcups answers with the smallest larger media when none fits: only
   * a size within a millimetre of the badge's is the badge's. */
  if ((cupsGetDestMediaBySize (http, dest, info, w, h, CUPS_MEDIA_FLAGS_DEFAULT, size) &&
       ABS (size->width - w) <= 100 && ABS (size->length - h) <= 100) ||
      (cupsGetDestMediaBySize (http, dest, info, h, w, CUPS_MEDIA_FLAGS_DEFAULT, size) &&
       ABS (size->width - h) <= 100 && ABS (size->length - w) <= 100))
    return size->media;
  return NULL;
}

/**
 * fd_print_pdf:
 * @printer: a CUPS queue name or an ipp:// address
 * @pdf: the document
 * @timeout_ms: how long to wait for the printer to finish the job; 0
 *   returns as soon as the printer has accepted it
 * @job_id: (out) (optional): the job, 0 when none was created
 * @detail: (out) (optional): what the printer said, for the log
 *
 * Returns: FD_PRINT_OK once the printer reports the job completed.
 */
/* The highest resolution the printer takes PWG raster at, up to 600 dpi. */
static int
raster_dpi (http_t       *http,
            cups_dest_t  *dest,
            cups_dinfo_t *info)
{
  ipp_attribute_t *attr = cupsFindDestSupported (http, dest, info, "pwg-raster-document-resolution");
  int best = 0;

  for (int i = 0; attr != NULL && i < ippGetCount (attr); i++)
    {
      ipp_res_t units;
      int y, x = ippGetResolution (attr, i, &y, &units);

      if (units == IPP_RES_PER_CM)
        x = (int) (x * 2.54 + 0.5);
      if (x <= 600 && x > best)
        best = x;
    }
  return best > 0 ? best : 300;
}

/* Whether the printer lists any media at all (a queue without sizes in its
 * driver takes what it is sent). */
static gboolean
lists_media (http_t       *http,
             cups_dest_t  *dest,
             cups_dinfo_t *info)
{
  return info != NULL && cupsGetDestMediaCount (http, dest, info, CUPS_MEDIA_FLAGS_DEFAULT) > 0;
}

FdPrintProblem
fd_print_pdf (const char        *printer,
              GBytes            *pdf,
              FdPrintRasterFunc  raster,
              gpointer           raster_data,
              double             width_mm,
              double       height_mm,
              guint        timeout_ms,
              int         *job_id,
              char       **detail)
{
  cups_dest_t *dest = NULL;
  cups_dinfo_t *info = NULL;
  http_t *http = NULL;
  cups_option_t *options = NULL;
  int num_options = 0;
  int job = 0;
  char resource[1024] = "/";
  cups_size_t size;
  const char *media;
  const char *printer_uri;
  gboolean stopped = FALSE;
  FdPrintProblem problem = FD_PRINT_OK;
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  const char *format = CUPS_FORMAT_PDF;
  g_autoptr(GBytes) pwg = NULL;
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  g_autofree char *reasons = NULL;

  g_return_val_if_fail (printer != NULL && pdf != NULL, FD_PRINT_FAILED);

  if (job_id != NULL)
    *job_id = 0;
  if (detail != NULL)
    *detail = NULL;

  dest = is_uri (printer) ? cupsGetDestWithURI (NULL, printer)
                          : cupsGetNamedDest (CUPS_HTTP_DEFAULT, printer, NULL);
  if (dest == NULL)
    {
      problem = cupsLastError () == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE
                ? FD_PRINT_UNREACHABLE : FD_PRINT_NO_PRINTER;
      goto out;
    }

  /* A queue is reached through the scheduler's default connection; a
   * printer's own address through a connection of its own. */
  if (is_uri (printer))
    {
      http = cupsConnectDest (dest, CUPS_DEST_FLAGS_DEVICE, 5000, NULL, resource, sizeof resource,
                              NULL, NULL);
      if (http == NULL)
        {
          problem = FD_PRINT_UNREACHABLE;
          goto out;
        }
    }
  else
    g_snprintf (resource, sizeof resource, "/printers/%s", dest->name);
  printer_uri = cupsGetOption ("printer-uri-supported", dest->num_options, dest->options);
  if (printer_uri == NULL)
    printer_uri = cupsGetOption ("device-uri", dest->num_options, dest->options);
  if (printer_uri == NULL)
    printer_uri = printer;

  /* A stopped queue would hold the job; say why instead. */
  problem = printer_state (http, printer_uri, resource, &stopped, &reasons);
  if (stopped || problem == FD_PRINT_UNREACHABLE)
    goto out;  /* a printer that is off is not one that refused */
  problem = FD_PRINT_OK;

  info = cupsCopyDestInfo (http, dest);
  media = find_media (http, dest, info, width_mm, height_mm, &size);
  if (media != NULL)
    num_options = cupsAddOption ("media", media, num_options, &options);
  else if (lists_media (http, dest, info))
    {
      problem = FD_PRINT_NO_MEDIA;
      g_free (reasons);
      reasons = g_strdup_printf ("no media of %.0f x %.0f mm", width_mm, height_mm);
      goto out;
    }
  num_options = cupsAddOption ("print-scaling", "none", num_options, &options);

  if (info != NULL && !cupsCheckDestSupported (http, dest, info, "document-format", CUPS_FORMAT_PDF))
    {
      g_autoptr(GError) raster_error = NULL;

      if (raster == NULL || !cupsCheckDestSupported (http, dest, info, "document-format", "image/pwg-raster"))
        {
          problem = FD_PRINT_FORMAT;
          goto out;
        }
      pwg = fd_print_encode_pwg (media, media != NULL ? size.width / 100.0 : width_mm,
                                 media != NULL ? size.length / 100.0 : height_mm, raster_dpi (http, dest, info),
                                 raster, raster_data, &raster_error);
      if (pwg == NULL)
        {
          problem = FD_PRINT_FAILED;
          g_free (reasons);
          reasons = g_strdup (raster_error->message);
          goto out;
        }
      format = "image/pwg-raster";
      data = g_bytes_get_data (pwg, &length);
    }

  if (cupsCreateDestJob (http, dest, info, &job, "Visitor badge", num_options, options) > IPP_STATUS_OK_CONFLICTING ||
      job <= 0)
    {
      problem = FD_PRINT_REJECTED;
      g_free (reasons);
      reasons = g_strdup (cupsLastErrorString ());
      goto out;
    }
  if (cupsStartDestDocument (http, dest, info, job, "badge", format, 0, NULL, 1) != HTTP_STATUS_CONTINUE ||
      cupsWriteRequestData (http, data, length) != HTTP_STATUS_CONTINUE ||
      cupsFinishDestDocument (http, dest, info) > IPP_STATUS_OK_CONFLICTING)
    {
      problem = FD_PRINT_REJECTED;
      g_free (reasons);
      reasons = g_strdup (cupsLastErrorString ());
      goto cancel;
    }

  /* A zero timeout submits only (for benchmarks): the job is accepted. */
  if (timeout_ms == 0)
    goto out;

  /* Follow the job.  A stopped printer or a missed deadline cancels it. */
  for (;;)
    {
      ipp_jstate_t state = job_state (http, printer_uri, resource, job);

      if (state == IPP_JSTATE_COMPLETED)
        goto out;
      if (state == IPP_JSTATE_CANCELED || state == IPP_JSTATE_ABORTED)
        {
          g_clear_pointer (&reasons, g_free);
          problem = printer_state (http, printer_uri, resource, &stopped, &reasons);
          if (problem == FD_PRINT_OK)
            problem = FD_PRINT_REJECTED;
          goto out;
        }
      g_clear_pointer (&reasons, g_free);
      problem = printer_state (http, printer_uri, resource, &stopped, &reasons);
      if (stopped)
        goto cancel;
      if (g_get_monotonic_time () > deadline)
        {
          /* A printer out of labels may keep the job "processing" and say
           * why in its reasons; one that cannot be reached says nothing; a
           * held job is waiting for someone.  Reasons alone are not acted
           * on before this: they can be stale from an earlier fault. */
          if (problem == FD_PRINT_OK)
            problem = state == IPP_JSTATE_HELD ? FD_PRINT_TIMEOUT : FD_PRINT_UNREACHABLE;
          goto cancel;
        }
      problem = FD_PRINT_OK;
      g_usleep (200 * 1000);
    }

cancel:
  cupsCancelDestJob (http, dest, job);

out:
  if (detail != NULL)
    *detail = g_strdup_printf ("%s%s%s", printer, reasons != NULL && *reasons ? ": " : "",
                               reasons != NULL ? reasons : "");
  if (job_id != NULL)
    *job_id = job;
  cupsFreeOptions (num_options, options);
  if (info != NULL)
    cupsFreeDestInfo (info);
  if (http != NULL)
    httpClose (http);
  if (dest != NULL)
    cupsFreeDests (1, dest);
  return problem;
}

void
fd_printer_info_free (FdPrinterInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->name);
  g_free (info->state);
  g_free (info->reasons);
  g_free (info->sizes);
  g_free (info);
}

/**
 * fd_print_list_printers:
 *
 * Returns: (transfer container) (element-type FdPrinterInfo): the CUPS
 *   queues with their state and the badge sizes they have media for.
 */
GPtrArray *
fd_print_list_printers (GError **error)
{
  cups_dest_t *dests = NULL;
  int n = cupsGetDests2 (CUPS_HTTP_DEFAULT, &dests);
  GPtrArray *printers = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_printer_info_free);

  if (n == 0 && cupsLastError () > IPP_STATUS_OK_CONFLICTING)
    {
      /* Tried at the desk: "CUPS: Bad file descriptor" when no scheduler
       * runs.  Every failure to list queues means the print server does
       * not answer; its own words stay in the message for the log. */
      g_set_error (error, FD_ERROR, FD_ERROR_UNAVAILABLE, "The print server (CUPS) does not answer: %s",
                   cupsLastErrorString ());
      g_ptr_array_unref (printers);
      return NULL;
    }
  for (int i = 0; i < n; i++)
    {
      FdPrinterInfo *info = g_new0 (FdPrinterInfo, 1);
      const char *state = cupsGetOption ("printer-state", dests[i].num_options, dests[i].options);
      cups_dinfo_t *dinfo = cupsCopyDestInfo (CUPS_HTTP_DEFAULT, &dests[i]);
      g_autoptr(GString) sizes = g_string_new (NULL);

      info->name = g_strdup (dests[i].name);
      info->state = g_strdup (g_strcmp0 (state, "5") == 0 ? "stopped"
                              : g_strcmp0 (state, "4") == 0 ? "printing" : "idle");
      info->reasons = g_strdup (cupsGetOption ("printer-state-reasons", dests[i].num_options,
                                               dests[i].options));
      for (FdBadgeSize s = 0; s < FD_N_BADGE_SIZES; s++)
        {
          cups_size_t size;
          double w, h;

          fd_badge_size_mm (s, &w, &h);
          if (find_media (CUPS_HTTP_DEFAULT, &dests[i], dinfo, w, h, &size))
            g_string_append_printf (sizes, "%s%s", sizes->len > 0 ? "," : "", fd_badge_size_id (s));
        }
      info->sizes = g_string_free (g_steal_pointer (&sizes), FALSE);
      if (dinfo != NULL)
        cupsFreeDestInfo (dinfo);
      g_ptr_array_add (printers, info);
    }
  cupsFreeDests (n, dests);
  return printers;
}
