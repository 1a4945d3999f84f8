/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

char    *fd_test_temp_db       (void) G_GNUC_WARN_UNUSED_RESULT;
char    *fd_test_temp_pg_db    (void) G_GNUC_WARN_UNUSED_RESULT;
char    *fd_test_station_file  (const char *db) G_GNUC_WARN_UNUSED_RESULT;
char    *fd_test_db_dir        (const char *db) G_GNUC_WARN_UNUSED_RESULT;
gboolean fd_test_on_postgresql (void);
void     fd_test_pg_server     (const char *command);
void     fd_test_pg_standby    (const char *command);
void     fd_test_require_postgresql (void);
gint64   fd_test_sql           (const char *db,
                                const char *sql);
char    *fd_test_sql_text      (const char *db,
                                const char *sql) G_GNUC_WARN_UNUSED_RESULT;
FdStore *fd_test_store_new     (gboolean  with_demo);
gint64   fd_test_host_id       (FdStore  *store,
                                const char *name,
                                const char *department);
gint64   fd_test_add_visit     (FdStore  *store,
                                const char *name,
                                const char *phone,
                                gint64    host_id);
gint64   fd_test_clock         (gpointer  user_data);
gint64   fd_test_add_visit_full (FdStore  *store,
                                 const char *name,
                                 const char *phone,
                                 const char *company,
                                 gint64    host_id,
                                 gint64    visit_ms);
void     fd_test_store_load_key (FdStore  *store);
const FdSession *fd_test_staff (void);
FdSession *fd_test_login       (FdStore  *store,
                                FdRole    role);
gboolean fd_test_wait_until    (gboolean (*condition) (gpointer),
                                gpointer  data,
                                guint     timeout_ms);

char    *fd_test_stored_token  (const char *db,
                                gint64      id) G_GNUC_WARN_UNUSED_RESULT;
int      fd_test_ctl_as        (const char *db,
                                const char *password,
                                char      **out,
                                char      **err,
                                ...) G_GNUC_NULL_TERMINATED;
int      fd_test_ctlv          (const char *db,
                                char      **out,
                                char      **err,
                                va_list     args);
char    *fd_test_python        (const char *script,
                                const char *arg) G_GNUC_WARN_UNUSED_RESULT;
gboolean fd_test_is_true       (gpointer  data);
gboolean fd_test_is_positive   (gpointer  data);
void     fd_test_count_cb      (gpointer  instance,
                                gpointer  counter);

/* A day, and a signature of two strokes as the signature pad writes one. */
#define FD_TEST_DAY_MS    (24 * 3600 * (gint64) 1000)
#define FD_TEST_SIGNATURE "100,500 200,400 300,520;600,300 700,700"

/* The front desk of the demo site: a store with the demo hosts on the
 * test clock at 2026-11-30 08:53 in Shanghai, a receptionist, 王芳. */
typedef struct {
  FdStore   *store;
  FdSession *desk;   /* a receptionist */
  gint64     now;    /* the store's clock */
  gint64     wang;   /* 王芳, a host */
} FdTestDesk;

void     fd_test_desk_open     (FdTestDesk *desk);
void     fd_test_desk_close    (FdTestDesk *desk);
gint64   fd_test_desk_sql      (FdTestDesk *desk,
                                const char *sql);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FdTestDesk, fd_test_desk_close)

G_END_DECLS
