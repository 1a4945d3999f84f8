/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_SETUP_SECTION (fd_staff_setup_section_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffSetupSection, fd_staff_setup_section, FD, STAFF_SETUP_SECTION, GtkWidget)

void fd_staff_setup_section_set_page           (FdStaffSetupSection   *self,
                                                FdStaffPage           *page);
void fd_staff_setup_section_set_print_settings (FdStaffSetupSection   *self,
                                                const FdPrintSettings *settings);
void fd_staff_setup_section_apply_lang         (FdStaffSetupSection   *self);
void fd_staff_setup_section_reload             (FdStaffSetupSection   *self);
void fd_staff_setup_section_clear              (FdStaffSetupSection   *self);

G_END_DECLS
