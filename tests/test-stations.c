/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-error.h"
#include "fd-test-util.h"

/* Many stations on one database: each says it runs; the staff see which
 * are online and since when one is not. */

static gint64 now;

static FdStation *
find (GPtrArray  *stations,
      const char *name)
{
  for (guint i = 0; i < stations->len; i++)
    if (g_str_equal (((FdStation *) stations->pdata[i])->name, name))
      return stations->pdata[i];
  g_error ("No station is called %s", name);
}

/* REC-1 at every lobby: a kiosk that stops is shown offline, with the
 * time it was last heard of, after three missed beats; one that beats
 * again is online; only an administrator takes a station off the list. */
static void
test_online_and_offline (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  g_autoptr(FdSession) admin = fd_test_login (store, FD_ROLE_ADMIN);
  g_autoptr(GPtrArray) stations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 last_seen;
  FdStation *lobby;

  now = g_get_real_time () / 1000;
  fd_store_set_clock (store, fd_test_clock, &now);
  g_assert_true (fd_store_station_alive (store, "大堂自助机", "kiosk", TRUE, &error));
  g_assert_true (fd_store_station_alive (store, "Front desk", "staff", TRUE, &error));
  g_assert_no_error (error);
  last_seen = now;

  stations = fd_store_list_stations (store, reception, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stations->len, ==, 2);
  g_assert_true (find (stations, "大堂自助机")->online);
  g_assert_cmpstr (find (stations, "Front desk")->role, ==, "staff");
  g_clear_pointer (&stations, g_ptr_array_unref);

  /* The desk beats on; the kiosk stops. */
  for (int beat = 0; beat < 4; beat++)
    {
      now += FD_STATION_BEAT_SECONDS * 1000;
      g_assert_true (fd_store_station_alive (store, "Front desk", "staff", FALSE, &error));
    }
  stations = fd_store_list_stations (store, reception, &error);
  lobby = find (stations, "大堂自助机");
  g_assert_false (lobby->online);
  g_assert_cmpint (lobby->seen_ms, ==, last_seen);
  g_assert_true (stations->pdata[0] == lobby);  /* offline ones first */
  g_assert_true (find (stations, "Front desk")->online);
  g_clear_pointer (&stations, g_ptr_array_unref);

  /* It starts again. */
  g_assert_true (fd_store_station_alive (store, "大堂自助机", "kiosk", TRUE, &error));
  stations = fd_store_list_stations (store, reception, &error);
  g_assert_true (find (stations, "大堂自助机")->online);
  g_assert_cmpint (find (stations, "大堂自助机")->started_ms, ==, now);
  g_clear_pointer (&stations, g_ptr_array_unref);

  /* A role that is not one is refused by the database. */
  g_assert_false (fd_store_station_alive (store, "Odd", "printer", TRUE, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (fd_store_forget_station (store, reception, "Front desk", &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
  g_clear_error (&error);
  g_assert_true (fd_store_forget_station (store, admin, "Front desk", &error));
  g_assert_no_error (error);
  stations = fd_store_list_stations (store, reception, &error);
  g_assert_cmpuint (stations->len, ==, 1);
  g_assert_null (fd_store_list_stations (store, NULL, &error));
  g_assert_error (error, FD_ERROR, FD_ERROR_PERMISSION);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stations/online-and-offline", test_online_and_offline);
  return g_test_run ();
}
