/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of frontdeskctl. */
enum {
  FD_CTL_OK = 0,
  FD_CTL_FAILED = 1,  /* the operation was refused or failed */
  FD_CTL_USAGE = 2,   /* the command line is wrong */
};

int fd_ctl_run (int    argc,
                char **argv);

G_END_DECLS
