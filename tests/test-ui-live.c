/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"
#include "fd-test-util.h"

/* The embedded default with two processes: the kiosk here, the staff
 * window in fd-test-peer on the same database file. */

typedef struct {
  GPtrArray *lines;   /* what the staff window reported, in order */
  GArray    *times;   /* when each line arrived, monotonic µs */
} Peer;

static void
line_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Peer *peer = user_data;
  char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), result, NULL, NULL);
  gint64 now = g_get_monotonic_time ();

  if (line == NULL)
    return;
  g_ptr_array_add (peer->lines, line);
  g_array_append_val (peer->times, now);
  g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (source), G_PRIORITY_DEFAULT, NULL,
                                       line_cb, peer);
}

typedef struct {
  Peer       *peer;
  const char *needle;
  guint       from;
  guint       found;
} Search;

static gboolean
line_found (gpointer data)
{
  Search *search = data;

  for (guint i = search->from; i < search->peer->lines->len; i++)
    if (strstr (g_ptr_array_index (search->peer->lines, i), search->needle) != NULL)
      {
        search->found = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
has_hosts (gpointer data)
{
  return fd_test_kiosk_has_hosts (data);
}

static void
registered_cb (FdKioskWindow *kiosk,
               gint64         id,
               gpointer       user_data)
{
  gint64 *stamp = user_data;

  stamp[0] = id;
  stamp[1] = g_get_monotonic_time ();
}

static gboolean
stamped (gpointer data)
{
  return ((gint64 *) data)[0] != 0;
}

/* A visitor registered at the kiosk appears in the staff window of another
 * process within 1 s, with no click; check-out there removes them. */
static void
test_staff_sees_kiosk_visit (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *peer_path = g_build_filename (g_getenv ("FD_BUILD_DIR"), "tests", "fd-test-peer", NULL);
  g_autoptr(GSubprocess) staff = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                                                   &error, peer_path, "staff",
                                                   fd_store_get_path (store), NULL);
  g_autoptr(GDataInputStream) out = NULL;
  Peer peer = { g_ptr_array_new_with_free_func (g_free), g_array_new (FALSE, FALSE, sizeof (gint64)) };
  Search search = { &peer, "VISITS 0", 0, 0 };
  FdKioskWindow *kiosk;
  gint64 stamp[2] = { 0, 0 };
  gint64 delay_ms;
  g_autofree char *command = NULL;
  g_autoptr(FdVisit) visit = NULL;

  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (staff));
  g_data_input_stream_read_line_async (out, G_PRIORITY_DEFAULT, NULL, line_cb, &peer);
  g_assert_true (fd_test_wait_until (line_found, &search, 10000));

  kiosk = fd_kiosk_window_new (NULL, store);
  g_signal_connect (kiosk, "visit-registered", G_CALLBACK (registered_cb), stamp);
  gtk_window_present (GTK_WINDOW (kiosk));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, register_button)));
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, name_entry)), "林小雨");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, phone_entry)), "13912345678");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, purpose_entry)), "参观");
  fd_test_ui_type (GTK_WIDGET (KIOSK (kiosk, host_entry)), "陈静");
  g_assert_true (fd_test_wait_until (has_hosts, kiosk, 3000));
  gtk_list_box_select_row (KIOSK (kiosk, host_list), gtk_list_box_get_row_at_index (KIOSK (kiosk, host_list), 0));
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, form_next_button)));
  search.from = peer.lines->len;
  fd_test_ui_click (GTK_WIDGET (KIOSK (kiosk, confirm_yes_button)));
  g_assert_true (fd_test_wait_until (stamped, stamp, 5000));
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "done");

  search.needle = "林小雨";
  if (!fd_test_wait_until (line_found, &search, 3000))
    {
      for (guint i = 0; i < peer.lines->len; i++)
        g_test_message ("staff window said: %s", (char *) g_ptr_array_index (peer.lines, i));
      g_error ("The staff window did not show the new visitor");
    }
  delay_ms = (g_array_index (peer.times, gint64, search.found) - stamp[1]) / 1000;
  g_test_message ("the staff window showed the visitor %" G_GINT64_FORMAT " ms after the done page", delay_ms);
  g_assert_cmpint (delay_ms, <=, 1000);

  /* Check-out from the staff window's own button. */
  command = g_strdup_printf ("checkout %" G_GINT64_FORMAT "\n", stamp[0]);
  g_output_stream_write_all (g_subprocess_get_stdin_pipe (staff), command, strlen (command), NULL, NULL, &error);
  g_assert_no_error (error);
  search.needle = "VISITS 0";
  search.from = search.found + 1;
  g_assert_true (fd_test_wait_until (line_found, &search, 5000));
  visit = fd_store_get_visit (store, stamp[0], &error);
  g_assert_no_error (error);
  g_assert_cmpint (visit->state, ==, FD_VISIT_LEFT);

  g_output_stream_write_all (g_subprocess_get_stdin_pipe (staff), "quit\n", 5, NULL, NULL, NULL);
  g_subprocess_wait (staff, NULL, &error);
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (kiosk));
  fd_test_ui_iterate (20);
  g_ptr_array_unref (peer.lines);
  g_array_unref (peer.times);
}

/* The staff window with visitors on site, in both languages, for people to
 * look at: it fits a 1280x800 screen. */
static void
test_staff_screenshots (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);

  fd_test_add_visit (store, "李雷", "13812345678", fd_test_host_id (store, "王芳", NULL));
  fd_test_add_visit (store, "Alexandra Montgomery-Fitzgerald", "+4915112345678",
                     fd_test_host_id (store, "Anna Schmidt", NULL));
  fd_test_add_visit (store, "韩梅梅", "13912345678", fd_test_host_id (store, "张伟", "研发部"));

  for (FdLang lang = FD_LANG_ZH; lang <= FD_LANG_EN; lang++)
    {
      FdStaffWindow *staff = fd_staff_window_new (NULL, store, lang);
      g_autofree char *name = g_strdup_printf ("staff-on-site-%s", fd_lang_code (lang));
      g_autofree char *text = NULL;
      int changes = 0;

      g_signal_connect (staff, "visits-changed", G_CALLBACK (fd_test_count_cb), &changes);
      gtk_window_set_default_size (GTK_WINDOW (staff), 1280, 800);
      gtk_window_present (GTK_WINDOW (staff));
      fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
      g_assert_true (fd_test_wait_until (fd_test_is_positive, &changes, 5000));
      g_assert_cmpuint (fd_staff_window_get_visits (staff)->len, ==, 3);
      text = fd_test_ui_collect_text (GTK_WIDGET (staff));
      g_assert_nonnull (strstr (text, lang == FD_LANG_ZH ? "在访：3 人" : "On site: 3"));
      g_assert_nonnull (strstr (text, lang == FD_LANG_ZH ? "拜访 张伟先生（研发部）" : "Visiting Mr 张伟 (研发部)"));
      fd_test_ui_iterate (300);
      fd_test_ui_screenshot (GTK_WIDGET (staff), name);
      fd_test_ui_assert_fits (GTK_WIDGET (staff), 1280, 800);
      fd_test_staff_close (staff);
      fd_test_ui_iterate (20);
    }
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  /* Page transitions take no time, so screenshots need no waiting. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/staff/live/sees-kiosk-visit-and-checks-out", test_staff_sees_kiosk_visit);
  g_test_add_func ("/staff/screenshots", test_staff_screenshots);

  return g_test_run ();
}
