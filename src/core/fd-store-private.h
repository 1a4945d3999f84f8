/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-db.h"
#include "fd-secret.h"
#include "fd-store.h"

G_BEGIN_DECLS

struct _FdStore
{
  GObject       parent_instance;

  /* owned */
  char         *path;          /* the database file */
  FdDb         *db;            /* the connection; guarded by lock */
  GRecMutex     lock;          /* one thread at a time on db */
  FdDb         *reader;        /* searches and lists; guarded by read_lock */
  GMutex        read_lock;
  FdSecret     *secret;        /* seals ID numbers; NULL: none accepted */

  /* change watching */
  GThread      *watch_thread;  /* polls a second connection */
  GMainContext *watch_context; /* where "changed" is emitted */
  gint          watch_stop;    /* set to 1 to end the thread */

  gint          jobs;          /* fd_store_run_async () jobs in flight */

  /* login throttling on this station (fd-store-throttle.c); under lock */
  guint         station_failures;         /* in the current window */
  gint64        station_window_start_ms;
  gint64        station_locked_until_ms;

  /* the clock */
  FdClockFunc   clock;
  gpointer      clock_data;

  /* the kiosk's offline spool (fd-store-spool.c); guarded by spool_lock */
  FdDb         *spool;
  char         *station;       /* the station's name, in each spooled visit's reference */
  GMutex        spool_lock;
  gint          offline_until_s; /* atomic: check-ins go to the spool until then */

  char         *site;          /* the station's site (fd-store-sites.c); NULL: "main" */
};

/* A visit a kiosk registered while the database server was away. */
typedef struct {
  gint64        id;            /* in the spool; the kiosk knows the visit as -id */
  char         *ref;           /* made on the station: "<station>/<random>" */
  char         *registration;  /* the registration, as JSON; its ID number sealed */
  char         *badge_token;
  gboolean      held;          /* matched the cached watchlist */
  FdBadgeState  badge_state;
  char         *badge_detail;  /* the printer used, or the saved file */
  char         *drink;         /* REC-4, or NULL */
  gint64        satisfaction;  /* KPI-1, 0 unanswered */
  gint64        arrived_ms;
  gint64        left_ms;       /* 0 while on site */
  gint64        host_id;
  char         *host_name;
  char         *host_title;
  char         *host_department;
} FdSpooledVisit;

/* Runs @sql inside the lock, as one statement. */
#define STORE_LOCK(self)   g_rec_mutex_lock (&(self)->lock)
#define STORE_UNLOCK(self) g_rec_mutex_unlock (&(self)->lock)

/* The columns fd_store_visit_cb() reads, of visits v joined with hosts h. */
#define FD_VISIT_COLUMNS \
  "v.id, v.state, v.name, v.phone, v.company, v.purpose, v.host_id, h.name, " \
  "h.department, h.title, v.visit_ms, v.arrived_ms, v.left_ms, v.badge_token, " \
  "v.badge_state, v.badge_detail, v.items, v.id_masked, v.drink, v.satisfaction, v.watchlist_hit, " \
  "v.badge_returned_ms, h.phone, v.host_met_ms, v.reminded_ms, v.synced_ms, v.site"

gboolean fd_store_visit_cb (FdDbRow  *row,
                            gpointer  user_data);
FdDb    *fd_store_read_begin (FdStore *self);
void     fd_store_read_end   (FdStore *self);
gboolean fd_store_index_visit_locked (FdStore   *self,
                                      gint64     id,
                                      gboolean   add,
                                      GError   **error);
gboolean fd_store_unindex_purged_locked (FdStore  *self,
                                         GError  **error);
gboolean fd_store_unindex_host_locked (FdStore     *self,
                                       gint64       host_id,
                                       const char  *new_name,
                                       GArray     **visits,
                                       GError     **error);
gboolean fd_store_reindex_host_locked (FdStore  *self,
                                       GArray   *visits,
                                       GError  **error);
gboolean fd_store_put_setting_locked (FdStore     *self,
                                      const char  *key,
                                      const char  *value,
                                      GError     **error);
gboolean fd_store_index_all (FdStore  *self,
                             GError  **error);
gboolean fd_store_audit_locked (FdStore    *self,
                                const char *actor,
                                const char *action,
                                const char *subject,
                                const char *detail,
                                GError    **error);
gint64   fd_store_add_visit_from_locked (FdStore              *self,
                                         FdRegistration       *reg,
                                         gint64                invitation_id,
                                         const FdSpooledVisit *spooled,
                                         GError              **error);
gboolean fd_store_offline (const GError *error);
gboolean fd_store_spool_first (FdStore *self);
void     fd_store_note_offline (FdStore *self);
char    *fd_store_watch_hash (FdStore    *self,
                              const char *name,
                              const char *phone);
char    *fd_store_spool_setting (FdStore    *self,
                                 const char *key);
void     fd_spooled_visit_free (FdSpooledVisit *visit);
gint64   fd_store_spool_visit (FdStore         *self,
                               FdRegistration  *reg,
                               GError         **error);
FdVisit *fd_store_spooled_visit (FdStore  *self,
                                 gint64    id,
                                 GError  **error);
gboolean fd_store_spool_badge_state (FdStore       *self,
                                     gint64         id,
                                     FdBadgeState   state,
                                     const char    *detail,
                                     GError       **error);
gboolean fd_store_spool_answer (FdStore     *self,
                                gint64       id,
                                const char  *column,
                                FdDbValue    value,
                                gint64      *sent_as,
                                GError     **error);
FdVisit *fd_store_spool_check_out (FdStore     *self,
                                   const char  *token,
                                   GError     **error);
GPtrArray *fd_store_spool_search_hosts (FdStore     *self,
                                        const char  *text,
                                        guint        limit,
                                        GError     **error);
gint64   fd_store_add_visit_locked (FdStore        *self,
                                   FdRegistration *reg,
                                   gint64          invitation_id,
                                   GError        **error);
gboolean fd_store_add_alert_locked (FdStore    *self,
                                    const char *kind,
                                    gint64      visit_id,
                                    const char *detail,
                                    GError    **error);
gboolean fd_store_enqueue_arrival_locked (FdStore        *self,
                                          gint64          visit_id,
                                          FdRegistration *reg,
                                          GError        **error);
gboolean fd_store_enqueue_staff_alert_locked (FdStore    *self,
                                              const char *kind,
                                              gint64      visit_id,
                                              const char *detail,
                                              GError    **error);
gboolean fd_store_check_host_locked (FdStore  *self,
                                     gint64    host_id,
                                     GError  **error);
FdLang   fd_store_reader_lang (FdStore    *self,
                               const char *code);
gboolean fd_store_enqueue_to_host_locked (FdStore    *self,
                                          const char *kind,
                                          FdHost     *host,
                                          gint64      visit_id,
                                          gint64      parcel_id,
                                          const char *subject,
                                          const char *body,
                                          GError    **error);
gboolean fd_store_enqueue_invitation_locked (FdStore    *self,
                                             gint64      host_id,
                                             const char *visitor,
                                             const char *day,
                                             const char *code,
                                             GError    **error);
void      fd_store_run_tagged_async (FdStore             *self,
                                     gpointer             source_tag,
                                     FdStoreJob           job,
                                     gpointer             data,
                                     GDestroyNotify       data_free,
                                     GDestroyNotify       result_free,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
gboolean  fd_store_check_actor   (FdStore          *self,
                                  const FdSession  *session,
                                  FdPermission      permission,
                                  gboolean          kiosk_may,
                                  const char       *action,
                                  const char      **actor,
                                  GError          **error);
gboolean  fd_store_seal_audit    (FdStore    *self,
                                  GError    **error);
gboolean  fd_store_throttle_begin (FdStore    *self,
                                   const char *username,
                                   gint64     *failures,
                                   GError    **error);
void      fd_store_throttle_end  (FdStore    *self,
                                  const char *username,
                                  gint64      failures,
                                  const char *audit_name,
                                  gboolean    success);
char     *fd_store_like_pattern (const char *text) G_GNUC_WARN_UNUSED_RESULT;
gboolean fd_store_first_text_cb (FdDbRow  *row,
                                 gpointer  user_data);
gboolean fd_store_collect_id_cb (FdDbRow  *row,
                                 gpointer  user_data);
gboolean fd_store_migrate      (FdDb       *db,
                                gint64      now_ms,
                                GError    **error);

G_END_DECLS
