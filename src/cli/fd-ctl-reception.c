/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include "fd-error.h"

/*
 * frontdeskctl's side of the staff window: confirming an arrival (REG-3),
 * corrections, the ID reveal, a badge handed back late, hosts' active
 * flag, site settings and the watchlist.  Each runs as --user; the core
 * decides what the role may do.
 */

/* @error is read only after @ok, the call's outcome, is known. */
static int
done (Ctl         *ctl,
      gboolean     ok,
      GError     **error,
      const char  *message)
{
  if (!ok)
    return fd_ctl_fail_error (ctl, *error);
  g_print ("%s\n", message);
  return FD_CTL_OK;
}

static int
watch_list (Ctl       *ctl,
            FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fd_store_list_watch (ctl->store, session, &error);

  if (list == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < list->len; i++)
    {
      FdWatch *watch = list->pdata[i];
      g_autofree char *when = fd_format_local_time (watch->created_ms, "%Y-%m-%d");

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s\n", watch->id,
               watch->name != NULL ? watch->name : "", watch->phone != NULL ? watch->phone : "",
               watch->has_id_number ? "id-number" : "", watch->reason, watch->created_by, when);
    }
  return FD_CTL_OK;
}

int
fd_ctl_run_reception (Ctl   *ctl,
                      int    argc,
                      char **argv)
{
  const char *group = argv[1];
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (!fd_ctl_open_store (ctl) || !fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;

  if (g_str_equal (group, "settings") && g_str_equal (command, "get") && argc == 4)
    {
      g_autofree char *value = NULL;

      /* Settings hold webhook secrets and mail server addresses. */
      if (!fd_store_check_permission (ctl->store, session, FD_PERMISSION_ADMIN, "setting.get", &error))
        return fd_ctl_fail_error (ctl, error);
      value = fd_store_get_setting (ctl->store, argv[3], "");
      g_print ("%s\n", value);
      return FD_CTL_OK;
    }
  if (g_str_equal (group, "settings") && g_str_equal (command, "set") && argc == 5 &&
      g_str_equal (argv[3], "retention_days") && ctl->confirm_shorter)
    {
      gint64 days = 0;

      if (!g_ascii_string_to_signed (argv[4], 10, 1, G_MAXINT32, &days, NULL))
        return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("The value is not a whole number in the allowed range.")));
      return done (ctl, fd_store_set_retention_days (ctl->store, session, days, TRUE, &error), &error,
                   fd_tr (ctl->lang, N_("Setting saved.")));
    }
  if (g_str_equal (group, "settings") && g_str_equal (command, "set") && argc == 5)
    return done (ctl, fd_store_change_setting (ctl->store, session, argv[3], argv[4], &error), &error,
                 fd_tr (ctl->lang, N_("Setting saved.")));
  if (g_str_equal (group, "watchlist") && g_str_equal (command, "list") && argc == 3)
    return watch_list (ctl, session);

  if (argc < 4 || !fd_ctl_parse_id (argv[3], &id))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
  if (g_str_equal (group, "watchlist") && g_str_equal (command, "remove") && argc == 4)
    return done (ctl, fd_store_remove_watch (ctl->store, session, id, &error), &error,
                 fd_tr (ctl->lang, N_("Removed from the watchlist.")));
  if (g_str_equal (group, "hosts") && (g_str_equal (command, "activate") || g_str_equal (command, "deactivate")) &&
      argc == 4)
    return done (ctl, fd_store_set_host_active (ctl->store, session, id, g_str_equal (command, "activate"), &error),
                 &error, fd_tr (ctl->lang, N_("Host saved.")));
  if (g_str_equal (command, "confirm") && argc == 4)
    return done (ctl, fd_store_confirm_arrival (ctl->store, session, id, &error), &error,
                 fd_tr (ctl->lang, N_("Confirmed; the badge may be printed now (badge print ID).")));
  if (g_str_equal (command, "correct") && argc == 6)
    return done (ctl, fd_store_correct_visit (ctl->store, session, id, argv[4], argv[5], &error), &error,
                 fd_tr (ctl->lang, N_("Correction saved and logged.")));
  if (g_str_equal (command, "badge-returned") && argc == 4)
    {
      /* frontdeskctl without --user is not the kiosk's return box: the
       * core refuses a missing login. */
      gboolean ok = session != NULL
                    ? fd_store_mark_badge_returned (ctl->store, session, id, &error)
                    : fd_store_check_permission (ctl->store, session, FD_PERMISSION_RECEPTION, "badge.returned",
                                                 &error);

      return done (ctl, ok, &error, fd_tr (ctl->lang, N_("Badge returned.")));
    }
  if (g_str_equal (command, "reveal-id") && argc == 4)
    {
      g_autofree char *number = fd_store_reveal_id_number (ctl->store, session, id, &error);

      if (number == NULL)
        return fd_ctl_fail_error (ctl, error);
      g_print ("%s\n", number);
      return FD_CTL_OK;
    }
  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}
