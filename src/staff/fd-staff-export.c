/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/*
 * Exports from the visit log (REG-5): the days' visits into the site's
 * export folder, or "Frontdesk exports" in the home folder.  The folder is
 * looked up and written in a worker; the window then says where the file is.
 */

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

/* What came of it: the file and how many visits it holds. */
typedef struct {
  char  *path;
  guint  n_visits;
} Exported;

static void
exported_free (Exported *exported)
{
  g_free (exported->path);
  g_free (exported);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Exported, exported_free)

static gpointer
export_job (FdStore   *store,
            gpointer   data,
            GError   **error)
{
  Export *export = data;
  g_autoptr(Exported) exported = g_new0 (Exported, 1);
  g_autofree char *folder = fd_store_get_setting (store, "export_folder", "");
  g_autofree char *name = g_strdup_printf ("visits-%s-to-%s.%s", export->from, export->to,
                                           export->format == FD_EXPORT_XLSX ? "xlsx" : "csv");

  if (*folder == '\0')
    {
      g_free (folder);
      folder = g_build_filename (g_get_home_dir (), "Frontdesk exports", NULL);
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot create %s", folder);
      return NULL;
    }
  exported->path = g_build_filename (folder, name, NULL);
  if (!fd_store_export (store, export->session, export->from, export->to, export->format, exported->path,
                        &exported->n_visits, error))
    return NULL;
  return g_steal_pointer (&exported);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(Exported) exported = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffWindow *window;
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  window = FD_STAFF_WINDOW (user_data);
  if (exported == NULL)
    {
      g_message ("Export failed: %s", error->message);
      fd_staff_window_show_error (window, g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION)
                                          ? fd_tr (window->lang, N_("Exports are for security and administrators."))
                                          : fd_tr (window->lang, N_("The export failed. Check the export folder and the days, then try again.")));
      return;
    }
  /* Translators: %1$u visits, %2$s the file. */
  text = g_strdup_printf (fd_tr (window->lang, N_("Exported %1$u visits to %2$s")), exported->n_visits, exported->path);
  fd_staff_window_show_status (window, text, FALSE);
}

/**
 * fd_staff_export:
 * @from: YYYY-MM-DD; empty: today
 * @to: YYYY-MM-DD; empty: the same as @from
 */
void
fd_staff_export (FdStaffWindow  *window,
                 const char     *from,
                 const char     *to,
                 FdExportFormat  format)
{
  Export *export;

  if (window->session == NULL)
    return;
  export = g_new0 (Export, 1);
  export->session = fd_session_copy (window->session);
  export->from = g_strstrip (g_strdup (from));
  export->to = g_strstrip (g_strdup (to));
  if (*export->from == '\0')
    {
      g_free (export->from);
      export->from = fd_store_today (window->store);
    }
  if (*export->to == '\0')
    {
      g_free (export->to);
      export->to = g_strdup (export->from);
    }
  export->format = format;
  fd_store_run_async (window->store, export_job, export, (GDestroyNotify) export_free,
                      (GDestroyNotify) exported_free, window->cancellable, exported_cb, window);
}
