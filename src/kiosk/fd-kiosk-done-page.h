/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_DONE_PAGE (fd_kiosk_done_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskDonePage, fd_kiosk_done_page, FD, KIOSK_DONE_PAGE, FdKioskPage)

void fd_kiosk_done_page_set_print_settings (FdKioskDonePage       *self,
                                            const FdPrintSettings *settings);
void fd_kiosk_done_page_show_visit         (FdKioskDonePage       *self,
                                            const FdVisit         *visit);

G_END_DECLS
