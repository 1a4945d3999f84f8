/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

/* What a message page says. */
typedef enum {
  FD_KIOSK_MESSAGE_HELD,     /* a watchlist hit: a neutral "see reception" */
  FD_KIOSK_MESSAGE_REFUSED,  /* REG-6, or no topics: a colleague is coming */
} FdKioskMessage;

#define FD_TYPE_KIOSK_MESSAGE_PAGE (fd_kiosk_message_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskMessagePage, fd_kiosk_message_page, FD, KIOSK_MESSAGE_PAGE, FdKioskPage)

void fd_kiosk_message_page_set_message (FdKioskMessagePage *self,
                                        FdKioskMessage      message);

G_END_DECLS
