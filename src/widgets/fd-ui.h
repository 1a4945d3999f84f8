/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

void       fd_ui_ensure_resources (void);

G_END_DECLS
