/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What is set per station, read from a key file. */
typedef struct {
  char  *database;        /* the SQLite file or a postgresql:// URI */
  char  *key_file;        /* the station key for ID numbers, mode 0600 */
  char  *printer;         /* CUPS queue or IPP URI; NULL: PDF to badge_folder */
  char  *fallback_printer; /* tried when printer fails; may be NULL */
  char  *badge_size;      /* an fd_badge_size_id(): cr80, 62x100, dymo-30857, 4x3in */
  guint  print_timeout;   /* seconds to wait for the printer to finish a badge */
  char  *badge_folder;    /* where badge PDFs go without a printer */
  char  *language;        /* the kiosk's first language: zh_CN or en */
  guint  idle_seconds;    /* kiosk idle time before it wipes the form */
  char  *station_name;    /* how other stations name this one; the host name by default */
  char  *role;            /* "kiosk", "staff" or "both": the windows it opens */
  char  *spool;           /* a kiosk's offline spool, used with a database server */
  char  *site;            /* the lobby it stands in (fd-store-sites.c) */
  char  *keyboard;        /* the on-screen keyboard: "always", "touch" or "never" */
  gboolean keyboard_sound; /* a click on every key */
} FdConfig;

FdConfig *fd_config_load          (const char  *path,
                                   GError     **error);
void      fd_config_free          (FdConfig    *config);
char     *fd_config_default_db    (void) G_GNUC_WARN_UNUSED_RESULT;
char     *fd_config_key_file_for  (const char  *database) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdConfig, fd_config_free)

G_END_DECLS
