/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "fd-ctl.h"

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "");
  return fd_ctl_run (argc, argv);
}
