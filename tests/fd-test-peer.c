/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <gio/gunixinputstream.h>
#include <stdio.h>
#include <stdlib.h>

#include "fd-staff-window.h"
#include "fd-test-ui.h"

/*
 * A second process for the UI tests: the real staff or kiosk window on a
 * database file, reporting on standard output what a person would see.
 *
 *   fd-test-peer staff DB   prints "VISITS n id:name …" whenever the
 *                           on-site list is redrawn; reads "checkout ID"
 *                           (clicks that row's button) and "quit"
 *   fd-test-peer kiosk DB   registers visitors through the form, one after
 *                           another, printing "CONFIRMED id" as each done
 *                           page appears
 */

static GMainLoop *loop;

static void
visits_changed_cb (FdStaffWindow *staff)
{
  GPtrArray *visits = fd_staff_window_get_visits (staff);
  g_autoptr(GString) line = g_string_new (NULL);

  g_string_printf (line, "VISITS %u", visits->len);
  for (guint i = 0; i < visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (visits, i);

      g_string_append_printf (line, " %" G_GINT64_FORMAT ":%s", visit->id, visit->name);
    }
  printf ("%s\n", line->str);
  fflush (stdout);
}

static void
command_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  FdStaffWindow *staff = user_data;
  g_autofree char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source),
                                                                 result, NULL, NULL);

  if (line == NULL || g_str_equal (line, "quit"))
    {
      g_main_loop_quit (loop);
      return;
    }
  if (g_str_has_prefix (line, "checkout "))
    {
      GtkWidget *button = fd_test_staff_button (staff, g_ascii_strtoll (line + 9, NULL, 10), "checkout");

      if (button != NULL)
        gtk_widget_activate (button);
      else
        printf ("NO-ROW %s\n", line + 9);
      fflush (stdout);
    }
  g_data_input_stream_read_line_async (G_DATA_INPUT_STREAM (source), G_PRIORITY_DEFAULT, NULL,
                                       command_cb, staff);
}

static int
run_staff (FdStore *store)
{
  FdStaffWindow *staff = fd_staff_window_new (NULL, store, FD_LANG_ZH);
  g_autoptr(GInputStream) raw = g_unix_input_stream_new (0, FALSE);
  g_autoptr(GDataInputStream) input = g_data_input_stream_new (raw);

  g_signal_connect (staff, "visits-changed", G_CALLBACK (visits_changed_cb), NULL);
  gtk_window_present (GTK_WINDOW (staff));
  fd_test_staff_login (staff, FD_ROLE_RECEPTIONIST);
  g_data_input_stream_read_line_async (input, G_PRIORITY_DEFAULT, NULL, command_cb, staff);
  g_main_loop_run (loop);
  gtk_window_destroy (GTK_WINDOW (staff));
  return 0;
}

/* The kiosk side: fill in the form as a visitor would, then confirm. */

static guint counter;

static gboolean fill_form (gpointer user_data);

static gboolean
pick_host (gpointer user_data)
{
  FdKioskWindow *kiosk = user_data;

  if (fd_test_kiosk_n_hosts (kiosk) == 0)
    return G_SOURCE_CONTINUE;  /* the search is still running */
  gtk_list_box_select_row (KIOSK (kiosk, host_list), gtk_list_box_get_row_at_index (KIOSK (kiosk, host_list), 0));
  g_signal_emit_by_name (KIOSK (kiosk, form_next_button), "clicked");
  g_assert_cmpstr (fd_kiosk_window_get_page (kiosk), ==, "confirm");
  g_signal_emit_by_name (KIOSK (kiosk, confirm_yes_button), "clicked");
  return G_SOURCE_REMOVE;
}

static gboolean
fill_form (gpointer user_data)
{
  FdKioskWindow *kiosk = user_data;
  g_autofree char *name = g_strdup_printf ("访客%u号", ++counter);

  fd_kiosk_window_reset (kiosk);
  g_signal_emit_by_name (KIOSK (kiosk, register_button), "clicked");
  gtk_editable_set_text (GTK_EDITABLE (KIOSK (kiosk, name_entry)), name);
  gtk_editable_set_text (GTK_EDITABLE (KIOSK (kiosk, phone_entry)), "13812345678");
  gtk_editable_set_text (GTK_EDITABLE (KIOSK (kiosk, purpose_entry)), "测试");
  gtk_editable_set_text (GTK_EDITABLE (KIOSK (kiosk, host_entry)), "王芳");
  g_timeout_add (5, pick_host, kiosk);
  return G_SOURCE_REMOVE;
}

static void
registered_cb (FdKioskWindow *kiosk,
               gint64         id)
{
  printf ("CONFIRMED %" G_GINT64_FORMAT "\n", id);
  fflush (stdout);
  g_idle_add (fill_form, kiosk);
}

static int
run_kiosk (FdStore *store)
{
  FdKioskWindow *kiosk = fd_kiosk_window_new (NULL, store);

  g_signal_connect (kiosk, "visit-registered", G_CALLBACK (registered_cb), NULL);
  gtk_window_present (GTK_WINDOW (kiosk));
  g_idle_add (fill_form, kiosk);
  g_main_loop_run (loop);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(FdStore) store = NULL;
  g_autoptr(GError) error = NULL;

  gtk_init ();
  if (argc != 3)
    {
      fprintf (stderr, "usage: fd-test-peer staff|kiosk DB\n");
      return 2;
    }
  store = fd_store_open (argv[2], &error);
  g_assert_no_error (error);
  loop = g_main_loop_new (NULL, FALSE);
  if (g_str_equal (argv[1], "staff"))
    return run_staff (store);
  return run_kiosk (store);
}
