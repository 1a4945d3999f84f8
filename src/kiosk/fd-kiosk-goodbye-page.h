/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_GOODBYE_PAGE (fd_kiosk_goodbye_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskGoodbyePage, fd_kiosk_goodbye_page, FD, KIOSK_GOODBYE_PAGE, FdKioskPage)

void fd_kiosk_goodbye_page_set_return_box (FdKioskGoodbyePage *self,
                                           gboolean            return_box);
void fd_kiosk_goodbye_page_show_visit     (FdKioskGoodbyePage *self,
                                           const FdVisit      *visit);

G_END_DECLS
