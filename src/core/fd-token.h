/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every badge token starts with this, so a scanner can tell our badges from
 * other codes; the digit is the token format's version. */
#define FD_TOKEN_PREFIX "FD1-"

char     *fd_token_new      (void) G_GNUC_WARN_UNUSED_RESULT;
gboolean  fd_token_is_valid (const char *text);

G_END_DECLS
