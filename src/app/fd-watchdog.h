/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean fd_watchdog_notify (const char *state);
guint    fd_watchdog_start  (void);

G_END_DECLS
