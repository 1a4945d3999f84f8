/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-security-loaded.h"

/*
 * What the security page shows, read in a worker thread: the alerts to
 * handle, who is on site, the watchlist, the stations and the sites.
 */

void
fd_staff_security_loaded_free (FdStaffSecurityLoaded *loaded)
{
  g_clear_pointer (&loaded->alerts, g_ptr_array_unref);
  g_clear_pointer (&loaded->on_site, g_ptr_array_unref);
  g_clear_pointer (&loaded->watch, g_ptr_array_unref);
  g_clear_pointer (&loaded->stations, g_ptr_array_unref);
  g_clear_pointer (&loaded->sites, g_ptr_array_unref);
  g_free (loaded);
}

gpointer
fd_staff_security_load_job (FdStore   *store,
                            gpointer   data,
                            GError   **error)
{
  g_autoptr(FdStaffSecurityLoaded) loaded = g_new0 (FdStaffSecurityLoaded, 1);

  loaded->alerts = fd_store_list_open_alerts (store, data, error);
  if (loaded->alerts == NULL)
    return NULL;
  loaded->on_site = fd_store_list_visits (store, data, FD_VISITS_ON_SITE, error);
  if (loaded->on_site == NULL)
    return NULL;
  loaded->watch = fd_store_list_watch (store, data, error);
  if (loaded->watch == NULL)
    return NULL;
  loaded->stations = fd_store_list_stations (store, data, error);
  if (loaded->stations == NULL)
    return NULL;
  loaded->sites = fd_store_list_sites (store, error);
  if (loaded->sites == NULL)
    return NULL;
  loaded->all_sites = *fd_session_get_site (data) == '\0';
  loaded->overstay_hours = fd_store_get_setting_int (store, "overstay_hours", 8);
  loaded->now_ms = fd_store_now_ms (store);
  return g_steal_pointer (&loaded);
}
