/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-application.h"

#include <glib-unix.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fd-config.h"
#include "fd-db.h"
#include "fd-watchdog.h"
#include "fd-error.h"
#include "fd-kiosk-window.h"
#include "fd-notify.h"
#include "fd-staff-window.h"
#include "fd-store-supplies.h"
#include "fd-ui.h"

/*
 * One process, the embedded default: a kiosk window and a staff window on
 * the same SQLite file.  --kiosk-only and --staff-only run one of them, for
 * a station with one screen or two processes on one machine.
 */

struct _FdApplication
{
  GtkApplication  parent_instance;

  /* options */
  char           *db_path;
  char           *config_path;
  char           *lang_code;
  gboolean        demo;
  gboolean        kiosk_only;
  gboolean        staff_only;
  gboolean        first_frame;   /* bench: exit after the first frame */
  gboolean        kiosk_mode;    /* fullscreen, leave only with a staff PIN */
  guint           watchdog;      /* tells systemd the main loop runs */
  guint           inhibit;       /* keeps a kiosk's screen awake */
  int             idle_seconds;

  /* owned */
  FdStore        *store;
  FdNotifier     *notifier;      /* delivers the outbox to hosts */
  GCancellable   *cancellable;   /* housekeeping under way */
  guint           housekeeping;  /* hourly daily export and purge (REG-5) */
  guint           beat;          /* says every few seconds that the station runs */
  guint           sync;          /* sends the kiosk's spool once the server answers */
  guint           sync_ticks;
  gboolean        spooling;      /* a kiosk on a database server */
  gboolean        beat_started;  /* the first beat, which sets started_ms, went out */
  char           *station_name;
  char           *badge_folder;  /* where badges go without a printer */
  FdPrintSettings *print_settings;
  FdLang          lang;
  int             exit_status;   /* 1 when the station could not start */
};

G_DEFINE_FINAL_TYPE (FdApplication, fd_application, GTK_TYPE_APPLICATION)

static gpointer
housekeeping_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  g_autoptr(FdSession) station = fd_session_new_system ();

  return fd_store_housekeeping (store, station, data, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
housekept_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The staff window shows nothing: the next hour tries again, and
   * frontdeskctl housekeeping says what is wrong. */
  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Housekeeping (daily export, purge) failed: %s", error->message);
}

/* REG-5: yesterday's export and the purge, off the main loop, at start and
 * every hour; the store makes each day's export once. */
static gboolean
housekeeping_cb (gpointer user_data)
{
  FdApplication *self = user_data;

  fd_store_run_async (self->store, housekeeping_job, g_strdup (self->badge_folder), g_free, NULL, self->cancellable,
                      housekept_cb, self);
  return G_SOURCE_CONTINUE;
}

typedef struct {
  char     *name;
  char     *role;
  gboolean  starting;
} Beat;

static void
beat_free (Beat *beat)
{
  g_free (beat->name);
  g_free (beat->role);
  g_free (beat);
}

static gpointer
beat_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  Beat *beat = data;

  return fd_store_station_alive (store, beat->name, beat->role, beat->starting, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
beat_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The database is away: the next beat tries again; the windows say so
   * as soon as they need it. */
  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_message ("The station could not say it runs: %s", error->message);
}

/* Tells the other stations this one runs, off the main loop. */
static gboolean
beat_cb (gpointer user_data)
{
  FdApplication *self = user_data;
  Beat *beat = g_new0 (Beat, 1);

  beat->name = g_strdup (self->station_name);
  beat->role = g_strdup (self->kiosk_only ? "kiosk" : self->staff_only ? "staff" : "both");
  beat->starting = !self->beat_started;
  self->beat_started = TRUE;
  fd_store_run_async (self->store, beat_job, beat, (GDestroyNotify) beat_free, NULL, self->cancellable,
                      beat_done_cb, self);
  return G_SOURCE_CONTINUE;
}

static gpointer
sync_job (FdStore   *store,
          gpointer   data,
          GError   **error)
{
  guint sent = 0;

  if (!fd_store_sync_spool (store, &sent, error))
    return NULL;
  if (sent > 0)
    g_message ("The database server answers again: %u check-ins and check-outs sent from the spool", sent);
  return GINT_TO_POINTER (1);
}

static void
sync_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL &&
      !g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Sending the spool failed: %s", error->message);
}

/* Every 5 s while something waits in the spool; every minute besides, to
 * keep the spool's copy of the hosts and the watchlist fresh. */
static gboolean
sync_cb (gpointer user_data)
{
  FdApplication *self = user_data;

  if (fd_store_count_spooled (self->store) > 0 || self->sync_ticks++ % 12 == 0)
    fd_store_run_async (self->store, sync_job, NULL, NULL, NULL, self->cancellable, sync_done_cb, self);
  return G_SOURCE_CONTINUE;
}

static void
print_rss_and_quit (FdApplication *self)
{
  g_autofree char *status = NULL;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    {
      const char *line = strstr (status, "VmRSS:");

      printf ("FIRST_FRAME rss_kb=%ld\n", line != NULL ? strtol (line + 6, NULL, 10) : 0L);
    }
  fflush (stdout);
  g_application_quit (G_APPLICATION (self));
}

static void mapped_cb (GtkWidget *window,
                       gpointer   user_data);

static void
open_staff_window (FdApplication *self)
{
  FdStaffWindow *staff = fd_staff_window_new (GTK_APPLICATION (self), self->store, self->lang);

  fd_staff_window_set_print_settings (staff, self->print_settings);
  /* bench/startup.py measures the staff window alone to its first frame. */
  if (self->first_frame && self->staff_only)
    g_signal_connect (staff, "map", G_CALLBACK (mapped_cb), self);
  gtk_window_present (GTK_WINDOW (staff));
}

/* What a station does besides the kiosk's first picture: the outbox's
 * sender, the housekeeping and the staff window.  Started once that
 * picture is on the screen, so the visitor sees the kiosk as soon as an
 * empty window would appear. */
static gboolean
after_first_frame_cb (gpointer user_data)
{
  FdApplication *self = user_data;

  self->notifier = fd_notifier_new (self->store);
  fd_notifier_start (self->notifier);
  housekeeping_cb (self);
  self->housekeeping = g_timeout_add_seconds (3600, housekeeping_cb, self);
  beat_cb (self);
  self->beat = g_timeout_add_seconds (FD_STATION_BEAT_SECONDS, beat_cb, self);
  if (self->spooling)
    {
      sync_cb (self);
      self->sync = g_timeout_add_seconds (5, sync_cb, self);
    }
  if (!self->kiosk_only)
    open_staff_window (self);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  FdApplication *self = user_data;

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, user_data);
  if (self->first_frame)
    {
      print_rss_and_quit (self);
      return;
    }
  /* The kiosk session's service is ready once the visitor sees the kiosk;
   * from now on a hung main loop gets it restarted (fd-watchdog.c). */
  if (self->watchdog == 0)
    self->watchdog = fd_watchdog_start ();
  g_idle_add_full (G_PRIORITY_LOW, after_first_frame_cb, self, NULL);
}

static void
mapped_cb (GtkWidget *window,
           gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_handlers_disconnect_by_func (window, mapped_cb, user_data);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), user_data);
}

/* The station's lobby, from its station file, must be one the company
 * has (frontdeskctl sites add); a server that does not answer yet cannot
 * say, and the kiosk goes on at the site it was told. */
static gboolean
station_site_known (FdStore    *store,
                    const char *site)
{
  g_autoptr(GError) error = NULL;
  gboolean exists = FALSE;

  fd_store_set_station_site (store, site);
  if (fd_store_has_site (store, site, &exists, &error) && !exists)
    {
      g_printerr ("frontdesk: the station file names site “%s”, which this database does not have; "
                  "add it with: frontdeskctl sites add %s NAME\n", site, site);
      return FALSE;
    }
  if (error != NULL && !g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE))
    g_message ("Cannot check the station's site: %s", error->message);
  return TRUE;
}

static void
fd_application_activate (GApplication *app)
{
  FdApplication *self = FD_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdConfig) config = NULL;
  g_autofree char *shown = NULL;

  if (self->store != NULL)
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

      if (window != NULL)
        gtk_window_present (window);
      return;
    }

  config = fd_config_load (self->config_path, &error);
  if (config == NULL)
    {
      g_printerr ("frontdesk: %s\n", error->message);
      self->exit_status = 1;
      return;
    }
  if (self->db_path != NULL)
    {
      g_free (config->database);
      config->database = g_strdup (self->db_path);
    }

  shown = fd_db_describe (config->database);
  self->store = fd_store_open (config->database, &error);
  if (self->store == NULL)
    {
      g_printerr ("frontdesk: %s: %s\n", shown, error->message);
      self->exit_status = 1;
      return;
    }
  {
    /* --db alone: the key beside that database; with a station file, the
     * station's key. */
    g_autofree char *key_file = self->db_path != NULL && self->config_path == NULL
                                ? fd_config_key_file_for (config->database)
                                : g_strdup (config->key_file);
    if (!fd_store_load_key (self->store, key_file, fd_lang_from_code (self->lang_code != NULL ? self->lang_code
                                                                                          : config->language),
                            &error))
      {
        /* Refuse to start rather than run without the key (or with a
         * new one): a station's unit sees the failure. */
        g_printerr ("frontdesk: %s\n", error->message);
        g_clear_object (&self->store);
        self->exit_status = 1;
        return;
      }
  }
  if (!station_site_known (self->store, config->site))
    {
      self->exit_status = 1;
      return;
    }
  if (self->demo &&
      (!fd_store_seed_demo (self->store, &error) || !fd_store_seed_demo_supplies (self->store, &error)))
    {
      g_printerr ("frontdesk: %s\n", error->message);
      self->exit_status = 1;
      return;
    }

  self->cancellable = g_cancellable_new ();
  self->badge_folder = g_strdup (config->badge_folder);
  self->station_name = g_strdup (config->station_name);
  /* A kiosk on a database server keeps registering while the server or
   * the network is down. */
  if (fd_db_is_uri (config->database) && !g_str_equal (config->role, "staff") && !self->staff_only)
    {
      if (!fd_store_set_spool (self->store, config->spool, config->station_name, &error))
        {
          g_printerr ("frontdesk: %s: %s\n", config->spool, error->message);
          self->exit_status = 1;
          return;
        }
      self->spooling = TRUE;
    }
  /* The station file says which windows this station opens; the options
   * --kiosk-only and --staff-only say it for one run. */
  if (!self->kiosk_only && !self->staff_only)
    {
      self->kiosk_only = g_str_equal (config->role, "kiosk");
      self->staff_only = g_str_equal (config->role, "staff");
    }

  self->lang = fd_lang_from_code (self->lang_code != NULL ? self->lang_code : config->language);
  self->print_settings = fd_print_settings_new_from_config (config);
  if (self->print_settings->printer == NULL)
    g_print ("Frontdesk: no badge printer is set up; badges are saved as PDF files in %s\n",
             self->print_settings->folder);
  else
    g_print ("Frontdesk: badges print on %s\n", self->print_settings->printer);
  if (self->staff_only)
    {
      after_first_frame_cb (self);
    }
  else
    {
      FdKioskWindow *kiosk = fd_kiosk_window_new (GTK_APPLICATION (app), self->store);

      fd_kiosk_window_set_lang (kiosk, self->lang);
      fd_kiosk_window_set_print_settings (kiosk, self->print_settings);
      fd_kiosk_window_set_locked (kiosk, self->kiosk_mode);
      /* A lobby tablet's screen stays on. */
      if (self->kiosk_mode)
        self->inhibit = gtk_application_inhibit (GTK_APPLICATION (app), GTK_WINDOW (kiosk), GTK_APPLICATION_INHIBIT_IDLE,
                                                 "The kiosk waits for visitors");
      {
        g_autofree char *engines = g_build_filename (g_get_user_data_dir (), "frontdesk", "input", NULL);
        FdKeyboardShow show = FD_KEYBOARD_SHOW_TOUCH;

        fd_keyboard_show_from_text (config->keyboard, &show);
        fd_kiosk_window_set_keyboard (kiosk, show, config->keyboard_sound, engines);
      }
      fd_kiosk_window_set_idle_seconds (kiosk, self->idle_seconds > 0
                                               ? (guint) self->idle_seconds
                                               : config->idle_seconds);
      gtk_window_set_title (GTK_WINDOW (kiosk), "Frontdesk");
      g_signal_connect (kiosk, "map", G_CALLBACK (mapped_cb), self);
      gtk_window_present (GTK_WINDOW (kiosk));
    }
  g_print ("Frontdesk: station “%s” at site “%s”, database %s\n", config->station_name, config->site, shown);
}

/* A station's service is stopped with SIGTERM: the windows close, the
 * sender and housekeeping stop, what was printed is flushed. */
static gboolean
terminate_cb (gpointer user_data)
{
  g_application_quit (user_data);
  return G_SOURCE_CONTINUE;
}

static void
fd_application_startup (GApplication *app)
{
  G_APPLICATION_CLASS (fd_application_parent_class)->startup (app);
  fd_ui_ensure_resources ();
  g_unix_signal_add (SIGTERM, terminate_cb, app);
  g_unix_signal_add (SIGINT, terminate_cb, app);
}

static void
fd_application_shutdown (GApplication *app)
{
  FdApplication *self = FD_APPLICATION (app);

  if (self->notifier != NULL)
    fd_notifier_stop (self->notifier);
  g_clear_handle_id (&self->housekeeping, g_source_remove);
  g_clear_handle_id (&self->beat, g_source_remove);
  g_clear_handle_id (&self->watchdog, g_source_remove);
  g_clear_handle_id (&self->sync, g_source_remove);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  G_APPLICATION_CLASS (fd_application_parent_class)->shutdown (app);
}

/* What main() returns: 1 when the station refused to start (no database,
 * a missing or foreign key file), said on standard error. */
int
fd_application_get_exit_status (FdApplication *self)
{
  g_return_val_if_fail (FD_IS_APPLICATION (self), 1);
  return self->exit_status;
}

static void
fd_application_finalize (GObject *object)
{
  FdApplication *self = FD_APPLICATION (object);

  g_clear_object (&self->notifier);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_free (self->db_path);
  g_free (self->config_path);
  g_free (self->lang_code);
  g_free (self->badge_folder);
  g_free (self->station_name);
  g_clear_pointer (&self->print_settings, fd_print_settings_free);
  G_OBJECT_CLASS (fd_application_parent_class)->finalize (object);
}

static void
fd_application_class_init (FdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = fd_application_finalize;
  app_class->activate = fd_application_activate;
  app_class->startup = fd_application_startup;
  app_class->shutdown = fd_application_shutdown;
}

static void
fd_application_init (FdApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &self->db_path, "The database: a file or a postgresql:// URI", "PATH|URI" },
    { "config", 0, 0, G_OPTION_ARG_FILENAME, &self->config_path, "A station key file", "FILE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &self->lang_code, "First language: zh_CN or en", "LANG" },
    { "demo", 0, 0, G_OPTION_ARG_NONE, &self->demo, "Add demo hosts to an empty database", NULL },
    { "kiosk-only", 0, 0, G_OPTION_ARG_NONE, &self->kiosk_only, "Only the kiosk window", NULL },
    { "staff-only", 0, 0, G_OPTION_ARG_NONE, &self->staff_only, "Only the staff window", NULL },
    { "idle-seconds", 0, 0, G_OPTION_ARG_INT, &self->idle_seconds, "Kiosk idle reset", "SECONDS" },
    { "kiosk", 0, 0, G_OPTION_ARG_NONE, &self->kiosk_mode, "Kiosk mode: fullscreen, leave with a staff PIN", NULL },
    { "exit-after-first-frame", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &self->first_frame, NULL, NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
}

FdApplication *
fd_application_new (void)
{
  return g_object_new (FD_TYPE_APPLICATION,
                       "application-id", FD_APP_ID,
                       "flags", G_APPLICATION_NON_UNIQUE,
                       NULL);
}
