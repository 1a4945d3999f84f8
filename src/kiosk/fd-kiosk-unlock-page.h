/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_UNLOCK_PAGE (fd_kiosk_unlock_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskUnlockPage, fd_kiosk_unlock_page, FD, KIOSK_UNLOCK_PAGE, FdKioskPage)

G_END_DECLS
