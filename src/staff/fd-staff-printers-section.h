/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-badge-issue.h"
#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_PRINTERS_SECTION (fd_staff_printers_section_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffPrintersSection, fd_staff_printers_section, FD, STAFF_PRINTERS_SECTION, GtkWidget)

void fd_staff_printers_section_set_page           (FdStaffPrintersSection   *self,
                                                FdStaffPage           *page);
void fd_staff_printers_section_set_print_settings (FdStaffPrintersSection   *self,
                                                const FdPrintSettings *settings);
void fd_staff_printers_section_apply_lang         (FdStaffPrintersSection   *self);
void fd_staff_printers_section_reload             (FdStaffPrintersSection   *self);

G_END_DECLS
