/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <glib/gstdio.h>

#include "fd-error.h"

/*
 * Exports from the visit log (REG-5) into the site's export folder, or
 * "Frontdesk exports" in the home folder, named after their days; for the
 * staff window, off the main loop.
 */

/* The site's export folder, or @fallback in the home folder. */
char *
fd_store_export_folder (FdStore    *store,
                        const char *fallback)
{
  g_autofree char *folder = fd_store_get_setting (store, "export_folder", "");

  if (*folder != '\0')
    return g_steal_pointer (&folder);
  return g_build_filename (g_get_home_dir (), fallback, NULL);
}

void
fd_export_result_free (FdExportResult *result)
{
  if (result == NULL)
    return;
  g_free (result->path);
  g_free (result);
}

typedef struct {
  FdSession      *session;
  char           *from;
  char           *to;
  FdExportFormat  format;
} Export;

static void
export_free (Export *export)
{
  fd_session_free (export->session);
  g_free (export->from);
  g_free (export->to);
  g_free (export);
}

static gpointer
export_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Export *export = data;
  g_autoptr(FdExportResult) result = g_new0 (FdExportResult, 1);
  g_autofree char *folder = fd_store_export_folder (store, "Frontdesk exports");
  g_autofree char *name = NULL;

  if (export->from == NULL)
    export->from = fd_store_today (store);
  if (export->to == NULL)
    export->to = g_strdup (export->from);
  name = g_strdup_printf ("visits-%s-to-%s.%s", export->from, export->to,
                          export->format == FD_EXPORT_XLSX ? "xlsx" : "csv");
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s", folder);
      return NULL;
    }
  result->path = g_build_filename (folder, name, NULL);
  if (!fd_store_export (store, export->session, export->from, export->to, export->format, result->path,
                        &result->n_visits, error))
    return NULL;
  return g_steal_pointer (&result);
}

/**
 * fd_store_export_async:
 * @from_day: (nullable): YYYY-MM-DD; %NULL: today
 * @to_day: (nullable): YYYY-MM-DD; %NULL: the same as @from_day
 *
 * Exports the days' visits into the site's export folder (setting
 * export_folder), or "Frontdesk exports" in the home folder.
 */
void
fd_store_export_async (FdStore             *self,
                       const FdSession     *session,
                       const char          *from_day,
                       const char          *to_day,
                       FdExportFormat       format,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  Export *export = g_new0 (Export, 1);

  export->session = session != NULL ? fd_session_copy (session) : NULL;
  export->from = g_strdup (from_day);
  export->to = g_strdup (to_day);
  export->format = format;
  fd_store_run_tagged_async (self, fd_store_export_async, export_job, export, (GDestroyNotify) export_free,
                             (GDestroyNotify) fd_export_result_free, cancellable, callback, user_data);
}

/**
 * fd_store_export_finish:
 *
 * Returns: (transfer full): the file and how many visits it holds
 */
FdExportResult *
fd_store_export_finish (FdStore       *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_async_result_is_tagged (result, fd_store_export_async), NULL);
  return fd_store_run_finish (self, result, error);
}
