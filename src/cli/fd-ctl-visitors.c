/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include "fd-error.h"

/* frontdeskctl's invitations, watchlist and alerts. */

static int
invite_add (Ctl       *ctl,
            FdSession *session)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;
  g_autofree char *day = ctl->day != NULL ? g_strdup (ctl->day) : fd_store_today (ctl->store);
  g_autoptr(GString) host_problem = g_string_new (NULL);
  gint64 host_id;

  if (ctl->host == NULL || *ctl->host == '\0')
    {
      g_autofree char *message = fd_invalid_message (FD_FIELD_HOST, FD_INVALID_MISSING, ctl->lang);

      return fd_ctl_fail (ctl, message);
    }
  host_id = fd_ctl_resolve_host (ctl, host_problem);
  if (host_id == 0)
    return fd_ctl_fail (ctl, host_problem->str);

  reg->name = g_strdup (ctl->name);
  reg->phone = g_strdup (ctl->phone);
  reg->company = g_strdup (ctl->company);
  reg->purpose = g_strdup (ctl->purpose);
  reg->host_id = host_id;
  if (fd_store_add_invitation (ctl->store, session, reg, day, &code, &error) == 0)
    {
      FdField field;
      FdInvalid problem;

      if (!g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION) && !fd_registration_normalize (reg, &field, &problem))
        {
          g_autofree char *message = fd_invalid_message (field, problem, ctl->lang);

          return fd_ctl_fail (ctl, message);
        }
      return fd_ctl_fail_error (ctl, error);
    }
  /* The code, and what its QR code carries. */
  g_print ("%s\tFDI1-%s\t%s\n", code, code, day);
  return FD_CTL_OK;
}

static int
watch_add (Ctl       *ctl,
           FdSession *session)
{
  g_autoptr(GError) error = NULL;

  if (ctl->reason == NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Give the reason with --reason.")));
  if (fd_store_add_watch (ctl->store, session, ctl->name, ctl->phone, ctl->id_number, ctl->reason,
                          &error) == 0)
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

static int
alerts_list (Ctl       *ctl,
             FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) alerts = fd_store_list_open_alerts (ctl->store, session, &error);

  if (alerts == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < alerts->len; i++)
    {
      FdAlert *alert = g_ptr_array_index (alerts, i);
      g_autofree char *when = fd_format_local_time (alert->created_ms, "%Y-%m-%d %H:%M");

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n", alert->id, when, alert->kind,
               alert->visitor, alert->detail);
    }
  return FD_CTL_OK;
}

int
fd_ctl_run_visitors (Ctl   *ctl,
                     int    argc,
                     char **argv)
{
  const char *group = argv[1];
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;

  if (argc != 3)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
  if (!fd_ctl_open_store (ctl) || !fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (g_str_equal (group, "invite") && g_str_equal (command, "add"))
    return invite_add (ctl, session);
  if (g_str_equal (group, "watchlist") && g_str_equal (command, "add"))
    return watch_add (ctl, session);
  if (g_str_equal (group, "alerts") && g_str_equal (command, "list"))
    return alerts_list (ctl, session);
  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}
