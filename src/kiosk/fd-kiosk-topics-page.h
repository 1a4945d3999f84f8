/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

/* A "not sure whom to see" choice (REC-3): routed to a department's
 * contact. */
typedef struct {
  char   *zh;
  char   *en;
  FdHost *host;  /* the department's contact */
} FdKioskTopic;

#define FD_TYPE_KIOSK_TOPICS_PAGE (fd_kiosk_topics_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskTopicsPage, fd_kiosk_topics_page, FD, KIOSK_TOPICS_PAGE, FdKioskPage)

GPtrArray *fd_kiosk_topics_read            (FdStore           *store) G_GNUC_WARN_UNUSED_RESULT;
void       fd_kiosk_topics_page_set_topics (FdKioskTopicsPage *self,
                                            GPtrArray         *topics);

G_END_DECLS
