/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define FD_TYPE_APPLICATION (fd_application_get_type ())

G_DECLARE_FINAL_TYPE (FdApplication, fd_application, FD, APPLICATION, GtkApplication)

FdApplication *fd_application_new (void);
int            fd_application_get_exit_status (FdApplication *self);

G_END_DECLS
