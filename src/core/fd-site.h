/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* A "not sure whom to see" choice the kiosk offers (REC-3): routed to a
 * department's contact, who is active. */
typedef struct {
  char   *zh;
  char   *en;
  FdHost *host;
} FdSiteTopic;

/* The site's settings as the windows use them: typed, read in one go off
 * the main loop (fd_store_load_site_async()).  The windows parse none. */
typedef struct {
  char      *company_zh;          /* "" when not set */
  char      *company_en;          /* "" when not set */
  char      *badge_fee;           /* REG-7; "" none */
  gboolean   badge_return_box;    /* badges go into a box at check-out */
  gboolean   print_after_confirm; /* print_policy: reception confirms first (REG-3) */
  gint64     overstay_hours;
  gint64     host_wait_minutes;   /* FAQ-1 */
  gint64     staff_lock_minutes;  /* 0: the staff window never locks */
  char      *office_printer;      /* "" none */
  char      *smtp_from;
  gboolean   smtp_set;            /* a mail server is set up (its address is secret) */
  GPtrArray *topics;              /* FdSiteTopic the kiosk offers */
  GPtrArray *stored_topics;       /* FdTopic as stored, contacts who left included */
} FdSite;

FdSite     *fd_store_load_site        (FdStore              *self,
                                       GError              **error);
FdSite     *fd_store_load_site_of     (FdStore              *self,
                                       const char           *code,
                                       GError              **error);
void        fd_store_load_site_async  (FdStore              *self,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
FdSite     *fd_store_load_site_finish (FdStore              *self,
                                       GAsyncResult         *result,
                                       GError              **error);
const char *fd_site_company           (const FdSite         *site,
                                       FdLang                lang);
void        fd_site_free              (FdSite               *site);
void        fd_site_topic_free        (FdSiteTopic          *topic);
gboolean    fd_store_save_topics      (FdStore              *self,
                                       const FdSession      *session,
                                       GPtrArray            *topics,
                                       GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSite, fd_site_free)

G_END_DECLS
