/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-ctl.h"
#include "fd-store.h"

G_BEGIN_DECLS

/* The command line and what the commands share. */
typedef struct {
  /* options */
  char     *db_path;
  char     *config_path;
  char     *lang_code;
  gboolean  json;
  gboolean  on_site;
  char     *name;
  char     *phone;
  char     *host;
  char     *department;
  char     *purpose;
  char     *company;
  char     *size;
  char     *printer;
  char     *day;
  char     *reason;
  char     *id_number;
  gboolean  failed;
  char     *channels;
  char     *lang_for_host;
  char     *message;
  char     *user;
  char     *password_file;  /* a service account's password, mode 0600 */
  char     *role;
  char     *display_name;
  char     *from;
  char     *to;
  char     *format;
  int       limit;            /* visits search; -1: the default */
  gboolean  dry_run;
  gboolean  confirm_shorter;  /* retention below the 3 months of REG-5 */
  char     *site;             /* --site: one site's lists, where new rows go */
  char     *name_en;          /* a site's English name */

  /* state */
  char     *key_file;  /* the station key the store was given */
  char     *site_of_station;  /* the station file's site */
  FdLang    lang;
  FdStore  *store;
} Ctl;

int      fd_ctl_fail           (Ctl        *ctl,
                                const char *message);
int      fd_ctl_fail_error     (Ctl        *ctl,
                                GError     *error);
int      fd_ctl_usage          (Ctl        *ctl,
                                const char *message);
gboolean fd_ctl_open_store     (Ctl        *ctl);
gboolean fd_ctl_login          (Ctl        *ctl,
                                FdSession **session);
gint64   fd_ctl_resolve_host   (Ctl        *ctl,
                                GString    *problem);
gboolean fd_ctl_parse_id       (const char *text,
                                gint64     *id);
int      fd_ctl_checkout_badge (Ctl        *ctl,
                                const char *token);
int      fd_ctl_run_reception  (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_visitors   (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_kpi        (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_parcels    (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_notify     (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_admin      (Ctl        *ctl,
                                int         argc,
                                char      **argv);
int      fd_ctl_run_badge      (Ctl        *ctl,
                                int         argc,
                                char      **argv);

G_END_DECLS
