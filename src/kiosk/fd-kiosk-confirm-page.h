/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_CONFIRM_PAGE (fd_kiosk_confirm_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskConfirmPage, fd_kiosk_confirm_page, FD, KIOSK_CONFIRM_PAGE, FdKioskPage)

void fd_kiosk_confirm_page_set_registration (FdKioskConfirmPage *self,
                                             FdRegistration     *reg,
                                             const FdHost       *host);

G_END_DECLS
