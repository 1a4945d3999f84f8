/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_KPI_SECTION (fd_staff_kpi_section_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffKpiSection, fd_staff_kpi_section, FD, STAFF_KPI_SECTION, GtkWidget)

void fd_staff_kpi_section_set_page   (FdStaffKpiSection *self,
                                      FdStaffPage       *page);
void fd_staff_kpi_section_apply_lang (FdStaffKpiSection *self);
void fd_staff_kpi_section_reload     (FdStaffKpiSection *self);

G_END_DECLS
