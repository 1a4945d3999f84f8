/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-staff-page.h"

G_BEGIN_DECLS

#define FD_TYPE_STAFF_VISIT_DETAIL (fd_staff_visit_detail_get_type ())

G_DECLARE_FINAL_TYPE (FdStaffVisitDetail, fd_staff_visit_detail, FD, STAFF_VISIT_DETAIL, GtkWidget)

void           fd_staff_visit_detail_set_page   (FdStaffVisitDetail *self,
                                                 FdStaffPage        *page);
void           fd_staff_visit_detail_show       (FdStaffVisitDetail *self,
                                                 const FdVisit      *visit);
const FdVisit *fd_staff_visit_detail_get_visit  (FdStaffVisitDetail *self);
void           fd_staff_visit_detail_apply_lang (FdStaffVisitDetail *self);

G_END_DECLS
