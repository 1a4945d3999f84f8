/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_TOPIC_ROW (fd_staff_topic_row_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffTopicRow, fd_staff_topic_row, FD, STAFF_TOPIC_ROW, GtkListBoxRow)

GtkWidget *fd_staff_topic_row_new (const char *text,
                               guint       index,
                               FdLang      lang);

G_END_DECLS
