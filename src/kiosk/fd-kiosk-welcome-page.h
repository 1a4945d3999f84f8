/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_WELCOME_PAGE (fd_kiosk_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskWelcomePage, fd_kiosk_welcome_page, FD, KIOSK_WELCOME_PAGE, FdKioskPage)

void fd_kiosk_welcome_page_set_company (FdKioskWelcomePage *self,
                                        const char         *company);

G_END_DECLS
