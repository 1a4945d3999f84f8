/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include "fd-ctl-json.h"
#include "fd-store-parcels.h"

/* frontdeskctl's parcels (PKG-1 to PKG-5): what waits at the desk, or what
 * left it in the last 7 days. */

static int
parcels_list (Ctl           *ctl,
              FdSession     *session,
              FdParcelList   which)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parcels = fd_store_list_parcels (ctl->store, session, which, &error);
  gint64 now = fd_store_now_ms (ctl->store);

  if (parcels == NULL)
    return fd_ctl_fail_error (ctl, error);
  if (ctl->json)
    return fd_ctl_print_json_list (parcels, (FdCtlToJson) fd_ctl_parcel_to_json);
  for (guint i = 0; i < parcels->len; i++)
    {
      FdParcel *parcel = parcels->pdata[i];
      g_autofree char *received = fd_format_local_time (parcel->received_ms, "%Y-%m-%d %H:%M");

      /* id, tracking number, carrier, recipient, received, days waiting,
       * what the desk should do. */
      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%d\t%s\n", parcel->id, parcel->tracking, parcel->carrier,
               parcel->recipient_name, received, fd_parcel_days_waiting (parcel, now),
               parcel->state == FD_PARCEL_COLLECTED ? parcel->collected_by
               : parcel->state == FD_PARCEL_RETURNED ? "returned"
               : fd_parcel_is_due_back (parcel, now) ? "return to carrier"
               : parcel->damage != NULL ? "damaged" : "waiting");
    }
  return FD_CTL_OK;
}

int
fd_ctl_run_parcels (Ctl   *ctl,
                    int    argc,
                    char **argv)
{
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;

  if (argc != 3 || (!g_str_equal (command, "list") && !g_str_equal (command, "ended")))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
  if (!fd_ctl_open_store (ctl) || !fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  return parcels_list (ctl, session, g_str_equal (command, "list") ? FD_PARCELS_WAITING : FD_PARCELS_ENDED);
}
