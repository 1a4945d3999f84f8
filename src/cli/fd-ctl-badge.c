/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include "fd-badge-issue.h"
#include "fd-error.h"

/* frontdeskctl's badge and printer commands (REG-4, REG-7). */

gboolean
fd_ctl_parse_id (const char *text,
                 gint64     *id)
{
  char *end = NULL;

  *id = g_ascii_strtoll (text, &end, 10);
  return end != NULL && end != text && *end == '\0' && *id > 0;
}

int
fd_ctl_checkout_badge (Ctl        *ctl,
                       const char *token)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  gint64 id;

  /* The badge's holder may check out, as at the kiosk; with --user the
   * staff member is logged. */
  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  id = fd_store_checkout_by_token (ctl->store, session, token, &error);
  if (id == 0)
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("This badge is not valid: it is unknown or was replaced by a new one.")));
      if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("This visitor is not on site: already checked out.")));
      return fd_ctl_fail_error (ctl, error);
    }
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return FD_CTL_OK;
}

/* The station's print settings, with --printer and --size on top. */
static FdPrintSettings *
print_settings (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdConfig) config = fd_config_load (ctl->config_path, &error);
  FdPrintSettings *settings;

  if (config == NULL)
    {
      fd_ctl_fail (ctl, error->message);
      return NULL;
    }
  settings = fd_print_settings_new_from_config (config);
  if (ctl->printer != NULL)
    {
      g_free (settings->printer);
      settings->printer = g_strdup (ctl->printer);
      g_clear_pointer (&settings->fallback, g_free);
    }
  if (ctl->size != NULL && !fd_badge_size_from_id (ctl->size, &settings->size))
    {
      fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Badge sizes: cr80, 62x100, dymo-30857, 4x3in.")));
      fd_print_settings_free (settings);
      return NULL;
    }
  return settings;
}

static int
report (Ctl            *ctl,
        FdBadgeOutcome *outcome)
{
  switch (outcome->state)
    {
    case FD_BADGE_PRINTED:
      g_print (fd_tr (ctl->lang, N_("Badge printed on %s.\n")), outcome->detail);
      return FD_CTL_OK;
    case FD_BADGE_SAVED:
      g_print (fd_tr (ctl->lang, N_("No badge printer is set up: badge saved as %s\n")), outcome->detail);
      return FD_CTL_OK;
    case FD_BADGE_FAILED:
    case FD_BADGE_PENDING:
    default:
      return fd_ctl_fail (ctl, fd_print_problem_message (outcome->problem, ctl->lang));
    }
}

static int
badge_file (Ctl        *ctl,
            gint64      id,
            const char *path,
            gboolean    png)
{
  g_autoptr(FdPrintSettings) settings = print_settings (ctl);
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(FdBadge) badge = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *site = NULL;
  gboolean ok;

  if (settings == NULL)
    return FD_CTL_FAILED;
  visit = fd_store_get_visit (ctl->store, id, &error);
  if (visit == NULL)
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("There is no such visit.")));
  site = fd_store_get_setting (ctl->store, "company_name", "");
  badge = fd_badge_new_for_visit (visit, site);
  ok = png ? fd_badge_write_png (badge, settings->size, 300, path, &error)
           : fd_badge_write_pdf (badge, settings->size, path, &error);
  return ok ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
}

static int
badge_print (Ctl    *ctl,
             gint64  id)
{
  g_autoptr(FdPrintSettings) settings = print_settings (ctl);
  g_autoptr(FdBadgeOutcome) outcome = NULL;
  g_autoptr(GError) error = NULL;

  if (settings == NULL)
    return FD_CTL_FAILED;
  outcome = fd_badge_issue (ctl->store, settings, id, &error);
  if (outcome == NULL && g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("There is no such visit.")));
  if (outcome == NULL && g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("This visitor is not on site: already checked out.")));
  if (outcome == NULL)
    return fd_ctl_fail_error (ctl, error);
  return report (ctl, outcome);
}

/* The new token goes onto the new badge only (badge print), never to
 * the terminal. */
static int
badge_reissue (Ctl        *ctl,
               FdSession  *session,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *token = fd_store_reissue_badge (ctl->store, session, id, &error);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  if (token == NULL)
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("Only a visitor on site can get a new badge.")));
      return fd_ctl_fail_error (ctl, error);
    }
  g_print (fd_tr (ctl->lang, N_("A new badge was issued; the old one no longer works. Print it with: badge print %s\n")),
           id_text);
  return FD_CTL_OK;
}

/* A sample badge through the real path, for setting up a printer. */
static int
print_test (Ctl *ctl)
{
  g_autoptr(FdPrintSettings) settings = print_settings (ctl);
  g_autofree char *site = NULL;
  g_autoptr(GError) error = NULL;
  FdPrintProblem problem;

  if (settings == NULL)
    return FD_CTL_FAILED;
  if (settings->printer == NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Which printer? Give --printer or set printer= in the station settings.")));
  site = fd_store_get_setting (ctl->store, "company_name", "");
  problem = fd_print_sample_badge (settings->printer, settings->size, site, settings->timeout_ms, &error);
  if (error != NULL)
    return fd_ctl_fail_error (ctl, error);
  if (problem != FD_PRINT_OK)
    return fd_ctl_fail (ctl, fd_print_problem_message (problem, ctl->lang));
  g_print (fd_tr (ctl->lang, N_("Badge printed on %s.\n")), settings->printer);
  return FD_CTL_OK;
}

static int
printers (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fd_print_list_printers (&error);

  if (list == NULL && g_error_matches (error, FD_ERROR, FD_ERROR_UNAVAILABLE))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("No print server (CUPS) is running on this computer. Start it (systemctl start cups), then set up the printer.")));
  if (list == NULL)
    return fd_ctl_fail_error (ctl, error);
  if (list->len == 0)
    g_printerr ("%s\n", fd_tr (ctl->lang, N_("The print server knows no printer yet. Add one in the system's printer settings or with lpadmin.")));
  for (guint i = 0; i < list->len; i++)
    {
      FdPrinterInfo *info = g_ptr_array_index (list, i);

      g_print ("%s\t%s\t%s\t%s\n", info->name, info->state,
               info->reasons != NULL ? info->reasons : "none",
               *info->sizes != '\0' ? info->sizes : "-");
    }
  return FD_CTL_OK;
}

int
fd_ctl_run_badge (Ctl   *ctl,
                  int    argc,
                  char **argv)
{
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (g_str_equal (argv[1], "printers") && argc == 2)
    return printers (ctl);
  if (!fd_ctl_open_store (ctl))
    return FD_CTL_FAILED;
  if (g_str_equal (argv[1], "print-test") && argc == 2)
    return print_test (ctl);
  if (!g_str_equal (argv[1], "badge") || argc < 4 || !fd_ctl_parse_id (argv[3], &id))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
  /* A badge carries the visit's live token: staff only. */
  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!fd_store_check_permission (ctl->store, session, FD_PERMISSION_RECEPTION, "badge.print", &error))
    return fd_ctl_fail_error (ctl, error);

  if ((g_str_equal (command, "pdf") || g_str_equal (command, "png")) && argc == 5)
    return badge_file (ctl, id, argv[4], g_str_equal (command, "png"));
  if (g_str_equal (command, "print") && argc == 4)
    return badge_print (ctl, id);
  if (g_str_equal (command, "reissue") && argc == 4)
    return badge_reissue (ctl, session, id);
  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}
