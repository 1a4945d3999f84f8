/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/* The baseline of bench/startup.py: an empty GTK4 window of the kiosk's size
 * that reports its first drawn frame the same way the kiosk does.  Built a
 * second time with FD_BENCH_ADW (when libadwaita's headers are installed)
 * as an empty libadwaita window, to measure what libadwaita would cost the
 * staff window's start-up. */
#include <gtk/gtk.h>
#ifdef FD_BENCH_ADW
#include <adwaita.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_autofree char *status = NULL;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      const char *line = strstr (status, "VmRSS:");

      printf ("FIRST_FRAME rss_kb=%ld\n", line != NULL ? strtol (line + 6, NULL, 10) : 0L);
    }
  fflush (stdout);
  g_application_quit (G_APPLICATION (user_data));
}

static void
mapped_cb (GtkWidget *window,
           gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), user_data);
}

static void
activate_cb (GtkApplication *app)
{
#ifdef FD_BENCH_ADW
  GtkWidget *window = adw_application_window_new (app);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), adw_toast_overlay_new ());
#else
  GtkWidget *window = gtk_application_window_new (app);
#endif

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
#ifdef FD_BENCH_ADW
  g_autoptr(GtkApplication) app = GTK_APPLICATION (adw_application_new ("org.frontdesk.BenchEmptyAdw",
                                                                         G_APPLICATION_NON_UNIQUE));
#else
  g_autoptr(GtkApplication) app = gtk_application_new ("org.frontdesk.BenchEmpty", G_APPLICATION_NON_UNIQUE);
#endif

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
