/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/* Exports of the searched range into the export folder (REG-5). */

typedef struct {
  FdSession      *session;
  char           *from;
  char           *to;
  char           *path;
  FdExportFormat  format;
} Export;

static void
export_free (Export *export)
{
  fd_session_free (export->session);
  g_free (export->from);
  g_free (export->to);
  g_free (export->path);
  g_free (export);
}

static gpointer
export_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Export *export = data;
  g_autofree char *folder = g_path_get_dirname (export->path);
  guint n = 0;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s", folder);
      return NULL;
    }
  if (!fd_store_export (store, export->session, export->from, export->to, export->format, export->path, &n, error))
    return NULL;
  return g_strdup_printf ("%u", n);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = user_data;
  g_autofree char *count = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffWindow *window;
  const char *path = g_task_get_task_data (task);
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  window = FD_STAFF_WINDOW (g_task_get_source_object (task));
  if (count == NULL)
    {
      g_message ("Export failed: %s", error->message);
      fd_staff_window_show_error (window, g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION)
                                          ? fd_tr (window->lang, N_("Exports are for security and administrators."))
                                          : fd_tr (window->lang, N_("The export failed. Check the export folder and the days, then try again.")));
      return;
    }
  /* Translators: %1$s visits, %2$s the file. */
  text = g_strdup_printf (fd_tr (window->lang, N_("Exported %1$s visits to %2$s")), count, path);
  fd_staff_window_show_status (window, text, FALSE);
}

/**
 * fd_staff_export:
 * @from: YYYY-MM-DD; empty: today
 * @to: YYYY-MM-DD; empty: the same as @from
 *
 * Exports the days' visits into the site's export folder (or "Frontdesk
 * exports" in the home folder) and says where.
 */
void
fd_staff_export (FdStaffWindow  *window,
                 const char     *from,
                 const char     *to,
                 FdExportFormat  format)
{
  gboolean xlsx = format == FD_EXPORT_XLSX;
  g_autofree char *today = fd_store_today (window->store);
  g_autofree char *folder = fd_store_get_setting (window->store, "export_folder", NULL);
  g_autofree char *name = NULL;
  Export *export;
  GTask *task;

  if (window->session == NULL)
    return;
  export = g_new0 (Export, 1);
  export->session = fd_session_copy (window->session);
  export->from = g_strstrip (g_strdup (from));
  export->to = g_strstrip (g_strdup (to));
  if (*export->from == '\0')
    {
      g_free (export->from);
      export->from = g_strdup (today);
    }
  if (*export->to == '\0')
    {
      g_free (export->to);
      export->to = g_strdup (export->from);
    }
  export->format = format;
  if (folder == NULL || *folder == '\0')
    {
      g_free (folder);
      folder = g_build_filename (g_get_home_dir (), "Frontdesk exports", NULL);
    }
  name = g_strdup_printf ("visits-%s-to-%s.%s", export->from, export->to, xlsx ? "xlsx" : "csv");
  export->path = g_build_filename (folder, name, NULL);
  task = g_task_new (window, NULL, NULL, NULL);
  g_task_set_task_data (task, g_strdup (export->path), g_free);
  fd_store_run_async (window->store, export_job, export, (GDestroyNotify) export_free, g_free,
                      window->cancellable, exported_cb, task);
}

