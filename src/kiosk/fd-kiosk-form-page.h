/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-kiosk-page.h"

G_BEGIN_DECLS

#define FD_TYPE_KIOSK_FORM_PAGE (fd_kiosk_form_page_get_type ())

G_DECLARE_FINAL_TYPE (FdKioskFormPage, fd_kiosk_form_page, FD, KIOSK_FORM_PAGE, FdKioskPage)

FdRegistration *fd_kiosk_form_page_get_registration (FdKioskFormPage *self) G_GNUC_WARN_UNUSED_RESULT;
const FdHost   *fd_kiosk_form_page_get_host         (FdKioskFormPage *self);
void            fd_kiosk_form_page_choose_topic     (FdKioskFormPage *self,
                                                     const FdHost    *host,
                                                     const char      *purpose);

G_END_DECLS
