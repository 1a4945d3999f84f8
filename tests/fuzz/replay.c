/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "fd-fuzz.h"

/* Replays every file of the corpus folders given as arguments through the
 * fuzz target, without fuzzing: what `make test` runs with any compiler.
 * Prints TAP, one line per folder. */
int
main (int    argc,
      char **argv)
{
  printf ("1..%d\n", argc - 1);
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) dir = g_dir_open (argv[i], 0, &error);
      const char *name;
      guint n = 0;

      if (dir == NULL)
        {
          printf ("not ok %d %s: %s\n", i, argv[i], error->message);
          return 1;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = g_build_filename (argv[i], name, NULL);
          g_autofree char *data = NULL;
          gsize length = 0;

          if (!g_file_get_contents (path, &data, &length, NULL))
            continue;
          LLVMFuzzerTestOneInput ((const uint8_t *) data, length);
          n++;
        }
      printf ("ok %d %s: %u inputs\n", i, argv[i], n);
    }
  return 0;
}
