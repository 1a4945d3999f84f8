/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* The site everything stored before sites existed belongs to. */
#define FD_SITE_MAIN "main"

/* One of a company's lobbies (fd-store-sites.c). */
typedef struct {
  char *code;     /* short, from the station file: "north" */
  char *name_zh;  /* "" when not named */
  char *name_en;
} FdSiteInfo;

void        fd_site_info_free          (FdSiteInfo           *info);
const char *fd_site_info_name          (const FdSiteInfo     *info,
                                        FdLang                lang);
gboolean    fd_site_code_is_valid      (const char           *code);

void        fd_store_set_station_site  (FdStore              *self,
                                        const char           *code);
const char *fd_store_get_station_site  (FdStore              *self);
const char *fd_store_session_site      (FdStore              *self,
                                        const FdSession      *session);
GPtrArray  *fd_store_list_sites        (FdStore              *self,
                                        GError              **error);
gboolean    fd_store_put_site          (FdStore              *self,
                                        const FdSession      *session,
                                        const char           *code,
                                        const char           *name_zh,
                                        const char           *name_en,
                                        GError              **error);
gboolean    fd_store_has_site          (FdStore              *self,
                                        const char           *code,
                                        gboolean             *exists,
                                        GError              **error);
char       *fd_store_site_name         (FdStore              *self,
                                        const char           *code,
                                        FdLang                lang) G_GNUC_WARN_UNUSED_RESULT;

const char *fd_session_get_site        (const FdSession      *session);
gboolean    fd_session_set_site        (FdSession            *session,
                                        const char           *site);

GPtrArray  *fd_store_list_site_hosts   (FdStore              *self,
                                        const char           *site,
                                        gboolean              active_only,
                                        GError              **error);
char       *fd_store_get_site_setting  (FdStore              *self,
                                        const char           *site,
                                        const char           *key,
                                        const char           *fallback) G_GNUC_WARN_UNUSED_RESULT;
gboolean    fd_store_set_site_setting  (FdStore              *self,
                                        const FdSession      *session,
                                        const char           *site,
                                        const char           *key,
                                        const char           *value,
                                        GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSiteInfo, fd_site_info_free)

G_END_DECLS
