/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_MESSAGES_SECTION (fd_staff_messages_section_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffMessagesSection, fd_staff_messages_section, FD, STAFF_MESSAGES_SECTION, GtkWidget)

void fd_staff_messages_section_set_page   (FdStaffMessagesSection *self,
                                           FdStaffPage            *page);
void fd_staff_messages_section_apply_lang (FdStaffMessagesSection *self);
void fd_staff_messages_section_reload     (FdStaffMessagesSection *self);
void fd_staff_messages_section_clear      (FdStaffMessagesSection *self);

G_END_DECLS
