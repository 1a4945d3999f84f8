/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_CHECKOUT_PAGE (fd_kiosk_checkout_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskCheckoutPage, fd_kiosk_checkout_page, FD, KIOSK_CHECKOUT_PAGE, FdKioskPage)

void fd_kiosk_checkout_page_submit (FdKioskCheckoutPage *self,
                                    const char          *token);

G_END_DECLS
