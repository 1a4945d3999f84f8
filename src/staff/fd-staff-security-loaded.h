/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

typedef struct {
  GPtrArray *alerts;
  GPtrArray *on_site;
  GPtrArray *watch;
  GPtrArray *stations;
  GPtrArray *sites;       /* FdSiteInfo, named on each row when several are shown */
  gboolean   all_sites;   /* the staff member looks at every site */
  gint64     now_ms;
  gint64     overstay_hours;
} FdStaffSecurityLoaded;

void      fd_staff_security_loaded_free (FdStaffSecurityLoaded  *loaded);
gpointer  fd_staff_security_load_job    (FdStore                *store,
                                         gpointer                session,
                                         GError                **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdStaffSecurityLoaded, fd_staff_security_loaded_free)

G_END_DECLS
