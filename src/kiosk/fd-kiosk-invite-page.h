/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_INVITE_PAGE (fd_kiosk_invite_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskInvitePage, fd_kiosk_invite_page, FD, KIOSK_INVITE_PAGE, FdKioskPage)

void fd_kiosk_invite_page_submit (FdKioskInvitePage *self,
                                  const char        *code);

G_END_DECLS
