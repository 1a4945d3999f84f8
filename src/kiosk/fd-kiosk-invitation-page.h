/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_INVITATION_PAGE (fd_kiosk_invitation_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskInvitationPage, fd_kiosk_invitation_page, FD, KIOSK_INVITATION_PAGE, FdKioskPage)

void fd_kiosk_invitation_page_set_invitation (FdKioskInvitationPage *self,
                                              const FdInvitation    *invitation);

G_END_DECLS
