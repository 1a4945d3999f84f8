/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"
#include "fd-site.h"

G_BEGIN_DECLS


#define FD_TYPE_KIOSK_TOPICS_PAGE (fd_kiosk_topics_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskTopicsPage, fd_kiosk_topics_page, FD, KIOSK_TOPICS_PAGE, FdKioskPage)

void       fd_kiosk_topics_page_set_topics (FdKioskTopicsPage *self,
                                            GPtrArray         *topics);

G_END_DECLS
