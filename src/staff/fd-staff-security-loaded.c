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

/* What the page's rows show, in one line: the language, every alert, visitor
 * (with the hours of an overstay), station (an online one's heartbeat left
 * out) and watchlist entry. */
char *
fd_staff_security_loaded_fingerprint (const FdStaffSecurityLoaded *loaded,
                                      FdLang                       lang)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "%d:%d:%u|", lang, loaded->all_sites, loaded->sites->len);
  for (guint i = 0; i < loaded->alerts->len; i++)
    g_string_append_printf (text, "%" G_GINT64_FORMAT ";", ((FdAlert *) loaded->alerts->pdata[i])->id);
  g_string_append_c (text, '|');
  for (guint i = 0; i < loaded->on_site->len; i++)
    {
      FdVisit *visit = loaded->on_site->pdata[i];
      gint64 hours = (loaded->now_ms - visit->arrived_ms) / 3600000;

      g_string_append_printf (text, "%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ";", visit->id,
                              visit->arrived_ms,
                              loaded->now_ms - visit->arrived_ms > loaded->overstay_hours * 3600 * 1000 ? hours : -1);
    }
  g_string_append_printf (text, "|%" G_GINT64_FORMAT "|", loaded->overstay_hours);
  for (guint i = 0; i < loaded->stations->len; i++)
    {
      FdStation *station = loaded->stations->pdata[i];

      g_string_append_printf (text, "%s:%s:%d:%" G_GINT64_FORMAT ";", station->name, station->role, station->online,
                              station->online ? 0 : station->seen_ms);
    }
  g_string_append_c (text, '|');
  for (guint i = 0; i < loaded->watch->len; i++)
    g_string_append_printf (text, "%" G_GINT64_FORMAT ";", ((FdWatch *) loaded->watch->pdata[i])->id);
  return g_string_free (text, FALSE);
}
