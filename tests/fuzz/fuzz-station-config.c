/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <unistd.h>

#include "fd-config.h"
#include "fd-fuzz.h"
#include "fd-badge-issue.h"

/* The station's key file (/etc/frontdesk/frontdesk.conf): loaded, or one
 * error; its print settings are usable. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *path;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdConfig) config = NULL;

  if (path == NULL)
    {
      /* In memory where there is a tmpfs: a file is written per input. */
      g_autofree char *dir = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR)
                             ? g_mkdtemp (g_strdup ("/dev/shm/fd-fuzz-XXXXXX"))
                             : g_dir_make_tmp ("fd-fuzz-XXXXXX", NULL);

      path = g_build_filename (dir, "frontdesk.conf", NULL);
    }
  if (!g_file_set_contents (path, (const char *) data, size, NULL))
    return 0;
  config = fd_config_load (path, &error);
  if (config == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (config->database != NULL);
  {
    g_autoptr(FdPrintSettings) settings = fd_print_settings_new_from_config (config);

    g_assert (settings != NULL);
  }
  return 0;
}
