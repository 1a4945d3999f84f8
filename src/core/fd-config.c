/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-config.h"

#include <glib/gstdio.h>
#include <unistd.h>

#include "fd-db.h"
#include "fd-error.h"
#include "fd-store-sites.h"

/*
 * Station settings come from, in order, each overriding the one before:
 *   /etc/frontdesk/frontdesk.conf
 *   $XDG_CONFIG_HOME/frontdesk/frontdesk.conf
 *   the file given with --config
 * and then the FRONTDESK_DB environment variable and command-line options.
 * Site settings (company name, …) live in the database instead, so every
 * station sees the same.
 *
 *   [station]
 *   name=Lobby kiosk 1
 *   role=kiosk                 (kiosk, staff or both)
 *   site=north                 (the lobby it stands in; "main" by default)
 *   spool=/var/lib/frontdesk/spool.db
 *                              (a kiosk's check-ins while the server is away)
 *   database=/var/lib/frontdesk/frontdesk.db
 *                              (or postgresql://frontdesk@db.example/frontdesk)
 *   key-file=/etc/frontdesk/frontdesk.key
 *   printer=Brother_QL_820NWB
 *   fallback-printer=Office_Laser
 *   badge-size=62x100
 *   print-timeout-seconds=30
 *   badge-folder=/home/reception/Frontdesk badges
 *   language=zh_CN
 *   idle-seconds=60
 *   keyboard=touch             (the on-screen keyboard: always, touch or never)
 *   keyboard-sound=false       (a click on every key)
 */

#define GROUP "station"

/**
 * fd_config_default_db:
 *
 * Returns: (transfer full): the embedded default database:
 *   $FRONTDESK_DB, or frontdesk.db in the user's data folder.
 */
char *
fd_config_default_db (void)
{
  const char *env = g_getenv ("FRONTDESK_DB");

  if (env != NULL && *env != '\0')
    return g_strdup (env);
  return g_build_filename (g_get_user_data_dir (), "frontdesk", "frontdesk.db", NULL);
}

/* The station key beside the database: never inside it.  A database on a
 * server has no folder here; its stations keep the key in the user's
 * configuration folder, and every station of the site needs the same one. */
char *
fd_config_key_file_for (const char *database)
{
  g_autofree char *dir = NULL;

  if (fd_db_is_uri (database))
    return g_build_filename (g_get_user_config_dir (), "frontdesk", "frontdesk.key", NULL);
  dir = g_path_get_dirname (database);

  return g_build_filename (dir, "frontdesk.key", NULL);
}

static gboolean
file_is_private (const char *path)
{
  GStatBuf st;

  return g_stat (path, &st) == 0 && (st.st_mode & 0077) == 0 && st.st_uid == getuid ();
}

static gboolean
merge (FdConfig    *config,
       const char  *path,
       gboolean     must_exist,
       GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  char *value;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, &local_error))
    {
      if (!must_exist && g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }

#define TAKE(field, key)                                                  \
  value = g_key_file_get_string (file, GROUP, key, NULL);                 \
  if (value != NULL)                                                      \
    {                                                                     \
      g_free (config->field);                                             \
      config->field = value;                                              \
    }
  TAKE (database, "database");
  /* A password for the database server is the station's secret: the file
   * that holds it must be the user's own, readable by nobody else. */
  if (value != NULL && fd_db_has_password (value) && !file_is_private (path))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION,
                   "%s holds the database password: it must be readable only by you (chmod 600)", path);
      return FALSE;
    }
  TAKE (key_file, "key-file");
  TAKE (printer, "printer");
  TAKE (fallback_printer, "fallback-printer");
  TAKE (badge_size, "badge-size");
  TAKE (badge_folder, "badge-folder");
  TAKE (language, "language");
  TAKE (station_name, "name");
  TAKE (role, "role");
  TAKE (spool, "spool");
  TAKE (site, "site");
  TAKE (keyboard, "keyboard");
#undef TAKE
  if (config->keyboard != NULL && !g_str_equal (config->keyboard, "always") &&
      !g_str_equal (config->keyboard, "touch") && !g_str_equal (config->keyboard, "never"))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID,
                   "%s: keyboard=%s: the on-screen keyboard shows always, touch or never", path, config->keyboard);
      return FALSE;
    }
  if (g_key_file_has_key (file, GROUP, "keyboard-sound", NULL))
    config->keyboard_sound = g_key_file_get_boolean (file, GROUP, "keyboard-sound", NULL);
  if (config->site != NULL && !fd_site_code_is_valid (config->site))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID,
                   "%s: site=%s is not a site code (lower-case letters, digits and '-')", path, config->site);
      return FALSE;
    }

  if (g_key_file_has_key (file, GROUP, "idle-seconds", NULL))
    {
      int seconds = g_key_file_get_integer (file, GROUP, "idle-seconds", NULL);

      config->idle_seconds = (guint) CLAMP (seconds, 10, 3600);
    }
  if (g_key_file_has_key (file, GROUP, "print-timeout-seconds", NULL))
    {
      int seconds = g_key_file_get_integer (file, GROUP, "print-timeout-seconds", NULL);

      config->print_timeout = (guint) CLAMP (seconds, 2, 600);
    }
  return TRUE;
}

/**
 * fd_config_load:
 * @path: (nullable): a key file given on the command line
 *
 * Returns: (transfer full): the station's settings with defaults filled in.
 */
FdConfig *
fd_config_load (const char  *path,
                GError     **error)
{
  g_autoptr(FdConfig) config = g_new0 (FdConfig, 1);
  g_autofree char *user = g_build_filename (g_get_user_config_dir (), "frontdesk",
                                            "frontdesk.conf", NULL);
  const char *pictures;

  config->idle_seconds = 60;
  config->print_timeout = 30;
  if (!merge (config, "/etc/frontdesk/frontdesk.conf", FALSE, error) ||
      !merge (config, user, FALSE, error) ||
      (path != NULL && !merge (config, path, TRUE, error)))
    return NULL;

  if (g_getenv ("FRONTDESK_DB") != NULL || config->database == NULL)
    {
      g_free (config->database);
      config->database = fd_config_default_db ();
    }
  if (config->key_file == NULL)
    config->key_file = fd_config_key_file_for (config->database);
  if (config->badge_folder == NULL)
    {
      pictures = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
      if (pictures == NULL)
        pictures = g_get_home_dir ();
      config->badge_folder = g_build_filename (pictures, "Frontdesk badges", NULL);
    }
  if (config->badge_size == NULL)
    config->badge_size = g_strdup ("62x100");
  if (config->language == NULL)
    config->language = g_strdup ("zh_CN");
  if (config->station_name == NULL || *config->station_name == '\0')
    {
      g_free (config->station_name);
      config->station_name = g_strdup (g_get_host_name ());
    }
  if (config->site == NULL)
    config->site = g_strdup (FD_SITE_MAIN);
  if (config->keyboard == NULL)
    config->keyboard = g_strdup ("touch");
  if (config->spool == NULL)
    config->spool = g_build_filename (g_get_user_data_dir (), "frontdesk", "spool.db", NULL);
  if (g_strcmp0 (config->role, "kiosk") != 0 && g_strcmp0 (config->role, "staff") != 0)
    {
      g_free (config->role);
      config->role = g_strdup ("both");
    }
  return g_steal_pointer (&config);
}

void
fd_config_free (FdConfig *config)
{
  if (config == NULL)
    return;
  g_free (config->database);
  g_free (config->key_file);
  g_free (config->printer);
  g_free (config->fallback_printer);
  g_free (config->badge_size);
  g_free (config->badge_folder);
  g_free (config->language);
  g_free (config->station_name);
  g_free (config->role);
  g_free (config->spool);
  g_free (config->site);
  g_free (config->keyboard);
  g_free (config);
}
