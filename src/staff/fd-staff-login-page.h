/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "fd-i18n.h"
#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_LOGIN_PAGE (fd_staff_login_page_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffLoginPage, fd_staff_login_page, FD, STAFF_LOGIN_PAGE, GtkWidget)

GtkWidget *fd_staff_login_page_new      (FdStore          *store);
void       fd_staff_login_page_set_lang (FdStaffLoginPage *self,
                                         FdLang            lang);
void       fd_staff_login_page_reset    (FdStaffLoginPage *self);

G_END_DECLS
