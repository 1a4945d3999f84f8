/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <locale.h>

#include "fd-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(FdApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  app = fd_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);
  return status != 0 ? status : fd_application_get_exit_status (app);
}
