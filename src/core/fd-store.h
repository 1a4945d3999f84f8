/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fd-model.h"
#include "fd-secret.h"

G_BEGIN_DECLS

#define FD_TYPE_STORE (fd_store_get_type ())

G_DECLARE_FINAL_TYPE (FdStore, fd_store, FD, STORE, GObject)

typedef enum {
  FD_VISITS_ALL,
  FD_VISITS_ON_SITE,
} FdVisitFilter;

/* What a staff account may do. */
typedef enum {
  FD_ROLE_RECEPTIONIST,
  FD_ROLE_SECURITY,
  FD_ROLE_ADMIN,
} FdRole;

/* What an operation needs: any staff member, security, or an administrator. */
typedef enum {
  FD_PERMISSION_RECEPTION,
  FD_PERMISSION_SECURITY,
  FD_PERMISSION_ADMIN,
} FdPermission;

/* A staff member who logged in (see fd-store-session.c). */
typedef struct _FdSession FdSession;

typedef struct {
  char     *username;
  char     *display_name;
  FdRole    role;
  gboolean  active;
  gint64    locked_until_ms;  /* logins paused after wrong passwords; 0: not */
} FdStaff;

/* A watchlist entry; the ID number itself is kept only as a keyed hash. */
typedef struct {
  gint64    id;
  char     *name;          /* NULL when listed by ID number only */
  char     *phone;
  gboolean  has_id_number;
  char     *reason;
  char     *created_by;
  gint64    created_ms;
} FdWatch;

/* A search of the visit log. */
typedef struct {
  const char *text;     /* words, all of which must match; NULL: any */
  gint64      from_ms;  /* visit time, inclusive */
  gint64      to_ms;    /* visit time, exclusive; 0: no end */
  guint       limit;    /* 0: all */
  guint       offset;   /* the first visit to return, for "load more" */
  gboolean    oldest_first;  /* FALSE: newest first */
} FdVisitQuery;

/* Returns the current time in Unix ms; tests replace it. */
typedef gint64 (*FdClockFunc) (gpointer user_data);

FdStore   *fd_store_open                (const char           *path,
                                         GError              **error);
const char *fd_store_get_path           (FdStore              *self);
gboolean   fd_store_is_disk_full        (FdStore              *self);
void       fd_store_set_secret          (FdStore              *self,
                                         FdSecret             *secret);
gboolean   fd_store_load_key            (FdStore              *self,
                                         const char           *key_file,
                                         FdLang                lang,
                                         GError              **error);
void       fd_store_set_clock           (FdStore              *self,
                                         FdClockFunc           func,
                                         gpointer              user_data);
gint64     fd_store_now_ms              (FdStore              *self);
void       fd_store_watch               (FdStore              *self);
gboolean   fd_store_check_integrity     (FdStore              *self,
                                         GError              **error);

/* Site settings, shared by every station. */
gint64     fd_store_get_setting_int     (FdStore              *self,
                                         const char           *key,
                                         gint64                fallback);
char      *fd_store_get_setting         (FdStore              *self,
                                         const char           *key,
                                         const char           *fallback);
gboolean   fd_store_set_setting         (FdStore              *self,
                                         const char           *key,
                                         const char           *value,
                                         GError              **error);

/* Hosts. */
gboolean   fd_store_upsert_hosts        (FdStore              *self,
                                         GPtrArray            *hosts,
                                         guint                *n_added,
                                         guint                *n_updated,
                                         GError              **error);
GPtrArray *fd_store_list_hosts          (FdStore              *self,
                                         gboolean              active_only,
                                         GError              **error);
GPtrArray *fd_store_search_hosts        (FdStore              *self,
                                         const char           *text,
                                         guint                 limit,
                                         GError              **error);
FdHost    *fd_store_get_host            (FdStore              *self,
                                         gint64                id,
                                         GError              **error);

/* Visits. */
gint64     fd_store_add_visit           (FdStore              *self,
                                         FdRegistration       *reg,
                                         GError              **error);
GPtrArray *fd_store_list_visits         (FdStore              *self,
                                         const FdSession      *session,
                                         FdVisitFilter         filter,
                                         GError              **error);
FdVisit   *fd_store_get_visit           (FdStore              *self,
                                         gint64                id,
                                         GError              **error);
/* Whether the badge is back when a visitor checks out (REG-4). */
typedef enum {
  FD_BADGE_BACK_NO,      /* not yet: the staff window asks for it */
  FD_BADGE_BACK_YES,     /* in the receptionist's hand */
  FD_BADGE_BACK_IF_BOX,  /* the kiosk: back if the site has a return box */
} FdBadgeBack;

/* How a visitor leaves: the visit (by id, or by its badge's token) and what
 * the person at the desk saw. */
typedef struct {
  gint64       visit_id;  /* the visit, or 0 with @token */
  const char  *token;     /* what the badge's QR code says, or NULL */
  FdBadgeBack  badge;
  const char  *items;     /* declared items: "checked", "not checked"; NULL none */
} FdCheckOut;

FdVisit   *fd_store_check_out           (FdStore              *self,
                                         const FdSession      *session,
                                         const FdCheckOut     *how,
                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void       fd_store_check_out_async     (FdStore              *self,
                                         const FdSession      *session,
                                         const FdCheckOut     *how,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
FdVisit   *fd_store_check_out_finish    (FdStore              *self,
                                         GAsyncResult         *result,
                                         GError              **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   fd_store_checkout            (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                id,
                                         GError              **error);

FdVisit   *fd_store_find_visit_by_token (FdStore              *self,
                                         const char           *token,
                                         GError              **error);
gint64     fd_store_checkout_by_token   (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *token,
                                         GError              **error);
gboolean   fd_store_set_badge_state     (FdStore              *self,
                                         gint64                id,
                                         FdBadgeState          state,
                                         const char           *detail,
                                         GError              **error);
char      *fd_store_reissue_badge       (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                id,
                                         GError              **error);

void       fd_store_add_visit_async     (FdStore              *self,
                                         FdRegistration       *reg,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gint64     fd_store_add_visit_finish    (FdStore              *self,
                                         GAsyncResult         *result,
                                         GError              **error);
void       fd_store_search_hosts_async  (FdStore              *self,
                                         const char           *text,
                                         guint                 limit,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
GPtrArray *fd_store_search_hosts_finish (FdStore              *self,
                                         GAsyncResult         *result,
                                         GError              **error);

/* Staff accounts. */
const char *fd_role_to_string           (FdRole                role);
gboolean   fd_role_from_string          (const char           *text,
                                         FdRole               *role);
gint64     fd_store_add_staff           (FdStore              *self,
                                         FdSession            *session,
                                         const char           *username,
                                         const char           *display_name,
                                         FdRole                role,
                                         const char           *secret,
                                         GError              **error);
gboolean   fd_store_authenticate_staff  (FdStore              *self,
                                         const char           *username,
                                         const char           *secret,
                                         FdRole               *role,
                                         GError              **error);

gboolean   fd_store_set_staff_secret    (FdStore              *self,
                                         FdSession            *session,
                                         const char           *username,
                                         const char           *secret,
                                         GError              **error);
gboolean   fd_store_set_staff_active    (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *username,
                                         gboolean              active,
                                         GError              **error);
gboolean   fd_store_set_staff_role      (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *username,
                                         FdRole                role,
                                         GError              **error);
gint64     fd_store_staff_locked_until  (FdStore              *self,
                                         const char           *username);
gboolean   fd_store_unlock_staff        (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *username,
                                         GError              **error);
GPtrArray *fd_store_list_staff          (FdStore              *self,
                                         FdSession            *session,
                                         GError              **error);
void       fd_staff_free                (FdStaff              *staff);
gint64     fd_store_count_staff         (FdStore              *self);

GPtrArray *fd_store_find_visits         (FdStore              *self,
                                         const FdSession      *session,
                                         const FdVisitQuery   *query,
                                         GError              **error);
gboolean   fd_store_count_visits        (FdStore              *self,
                                         const FdSession      *session,
                                         const FdVisitQuery   *query,
                                         gint64                at_most,
                                         gint64               *count,
                                         GError              **error);

/* Exports (REG-5), retention and the audit log. */
typedef enum {
  FD_EXPORT_CSV,
  FD_EXPORT_XLSX,
} FdExportFormat;

typedef struct {
  gint64  id;
  gint64  at_ms;
  char   *actor;
  char   *action;
  char   *subject;
  char   *detail;
} FdAuditEntry;

gboolean   fd_day_range                 (const char           *day,
                                         gint64               *start_ms,
                                         gint64               *end_ms);
gboolean   fd_visit_query_set_days      (FdVisitQuery         *query,
                                         const char           *from_day,
                                         const char           *to_day);
gboolean   fd_store_export              (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *from_day,
                                         const char           *to_day,
                                         FdExportFormat        format,
                                         const char           *path,
                                         guint                *n_visits,
                                         GError              **error);
/* What an export into the export folder made. */
typedef struct {
  char  *path;      /* the file */
  guint  n_visits;  /* how many visits it holds */
} FdExportResult;

void            fd_export_result_free   (FdExportResult      *result);
char           *fd_store_export_folder  (FdStore             *store,
                                         const char          *fallback) G_GNUC_WARN_UNUSED_RESULT;
void            fd_store_export_async   (FdStore             *self,
                                         const FdSession     *session,
                                         const char          *from_day,
                                         const char          *to_day,
                                         FdExportFormat       format,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
FdExportResult *fd_store_export_finish  (FdStore             *self,
                                         GAsyncResult        *result,
                                         GError             **error) G_GNUC_WARN_UNUSED_RESULT;
/* A kiosk or staff station (fd-store-stations.c). */
#define FD_STATION_BEAT_SECONDS 20

typedef struct {
  char     *name;
  char     *role;        /* "kiosk", "staff" or "both" */
  gint64    started_ms;
  gint64    seen_ms;     /* the last time it said it runs */
  gboolean  online;      /* heard of within three beats */
  char     *site;        /* the lobby it stands in */
} FdStation;

void       fd_station_free              (FdStation            *station);
gboolean   fd_store_station_alive       (FdStore              *self,
                                         const char           *name,
                                         const char           *role,
                                         gboolean              starting,
                                         GError              **error);
GPtrArray *fd_store_list_stations       (FdStore              *self,
                                         const FdSession      *session,
                                         GError              **error);
gboolean   fd_store_forget_station      (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *name,
                                         GError              **error);

/* The kiosk's offline spool (fd-store-spool.c). */
gboolean   fd_store_set_spool           (FdStore              *self,
                                         const char           *path,
                                         const char           *station,
                                         GError              **error);
gboolean   fd_store_sync_spool          (FdStore              *self,
                                         guint                *sent,
                                         GError              **error);
gint64     fd_store_count_spooled       (FdStore              *self);

/* One table of a copy to another database (fd_store_copy_to). */
typedef struct {
  const char *table;
  gint64      source_rows;
  gint64      target_rows;
  char       *source_checksum;
  char       *target_checksum;
} FdCopiedTable;

void       fd_copied_table_free         (FdCopiedTable        *table);
gboolean   fd_store_copy_to             (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *target,
                                         GPtrArray           **report,
                                         GError              **error);
gboolean   fd_store_purge               (FdStore              *self,
                                         const FdSession      *session,
                                         gboolean              dry_run,
                                         gint64               *n_visits,
                                         GError              **error);
gboolean   fd_store_set_retention_days  (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                days,
                                         gboolean              below_export_period,
                                         GError              **error);
gboolean   fd_store_housekeeping        (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *badge_folder,
                                         GError              **error);
GPtrArray *fd_store_list_audit          (FdStore              *self,
                                         const FdSession      *session,
                                         guint                 limit,
                                         GError              **error);
void       fd_audit_entry_free          (FdAuditEntry         *entry);
gboolean   fd_store_verify_audit        (FdStore              *self,
                                         const FdSession      *session,
                                         gint64               *checked,
                                         gint64               *broken,
                                         GError              **error);
gboolean   fd_store_audit               (FdStore              *self,
                                         const char           *actor,
                                         const char           *action,
                                         const char           *subject,
                                         const char           *detail,
                                         GError              **error);

/* Sessions and roles. */
FdSession  *fd_store_login              (FdStore              *self,
                                         const char           *username,
                                         const char           *secret,
                                         GError              **error);
/* The refusal to leave a site without an active administrator. */
#define FD_LAST_ADMIN_REFUSED N_("This is the last active administrator: make another administrator first.")
/* The message of fd_store_check_kiosk_exit()'s refusal for a role. */
#define FD_KIOSK_EXIT_REFUSED N_("Your role may not leave kiosk mode.")
gboolean    fd_store_check_kiosk_exit   (FdStore              *self,
                                         const char           *username,
                                         const char           *secret,
                                         GError              **error);
FdSession  *fd_session_new_system       (void);
FdSession  *fd_session_copy             (const FdSession      *session);
void        fd_session_free             (FdSession            *session);
const char *fd_session_get_username     (const FdSession      *session);
const char *fd_session_get_display_name (const FdSession      *session);
FdRole      fd_session_get_role         (const FdSession      *session);
gboolean    fd_session_allows           (const FdSession      *session,
                                         FdPermission          permission);
gboolean    fd_store_check_permission   (FdStore              *self,
                                         const FdSession      *session,
                                         FdPermission          permission,
                                         const char           *action,
                                         GError              **error);

/* Kiosk journey: drinks, satisfaction, invitations, watchlist, alerts. */
gboolean   fd_store_mark_badge_returned (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         GError              **error);
gboolean   fd_store_set_drink           (FdStore              *self,
                                         gint64                visit_id,
                                         const char           *drink,
                                         GError              **error);
gboolean   fd_store_set_satisfaction    (FdStore              *self,
                                         gint64                visit_id,
                                         int                   score,
                                         GError              **error);
gboolean   fd_store_host_reachable      (FdStore              *self,
                                         gint64                host_id);
gint64     fd_store_add_invitation      (FdStore              *self,
                                         const FdSession      *session,
                                         FdRegistration       *reg,
                                         const char           *day,
                                         char                **code,
                                         GError              **error);
char      *fd_invitation_code_clean     (const char           *text) G_GNUC_WARN_UNUSED_RESULT;
FdInvitation *fd_store_find_invitation  (FdStore              *self,
                                         const char           *code,
                                         GError              **error);
gint64     fd_store_check_in_invitation (FdStore              *self,
                                         const char           *code,
                                         GError              **error);
char      *fd_store_today               (FdStore              *self) G_GNUC_WARN_UNUSED_RESULT;
gint64     fd_store_add_watch           (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *name,
                                         const char           *phone,
                                         const char           *id_number,
                                         const char           *reason,
                                         GError              **error);
gint64     fd_store_add_alert           (FdStore              *self,
                                         const char           *kind,
                                         gint64                visit_id,
                                         const char           *detail,
                                         GError              **error);
GPtrArray *fd_store_list_open_alerts    (FdStore              *self,
                                         const FdSession      *session,
                                         GError              **error);
gboolean   fd_store_handle_alert        (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                alert_id,
                                         GError              **error);

/* When the host does not come (FAQ-1). */
gboolean   fd_store_notify_host_again   (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         GError              **error);
gboolean   fd_store_leave_message       (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         const char           *message,
                                         GError              **error);
gboolean   fd_store_mark_host_met       (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         GError              **error);
gboolean   fd_store_set_host_notify     (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                host_id,
                                         const char           *channels,
                                         const char           *lang,
                                         GError              **error);
gint64     fd_store_host_wait_minutes   (FdStore              *self);

/* The staff window's work (fd-store-reception.c). */
gboolean   fd_store_confirm_arrival     (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         GError              **error);
gboolean   fd_store_correct_visit       (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         const char           *field,
                                         const char           *value,
                                         GError              **error);
char      *fd_store_reveal_id_number    (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                visit_id,
                                         GError              **error);
gboolean   fd_store_set_host_active     (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                host_id,
                                         gboolean              active,
                                         GError              **error);
gint64     fd_store_add_host            (FdStore              *self,
                                         const FdSession      *session,
                                         const FdHost         *host,
                                         GError              **error);
gboolean   fd_store_update_host         (FdStore              *self,
                                         const FdSession      *session,
                                         const FdHost         *host,
                                         GError              **error);
gboolean   fd_store_change_setting      (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *key,
                                         const char           *value,
                                         GError              **error);
GPtrArray *fd_store_list_watch          (FdStore              *self,
                                         const FdSession      *session,
                                         GError              **error);
gboolean   fd_store_remove_watch        (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                watch_id,
                                         GError              **error);
void       fd_watch_free                (FdWatch              *watch);
GPtrArray *fd_store_list_invitations    (FdStore              *self,
                                         const FdSession      *session,
                                         const char           *day,
                                         GError              **error);
GPtrArray *fd_store_list_upcoming_invitations (FdStore        *self,
                                         const FdSession      *session,
                                         const char           *from_day,
                                         GError              **error);
gboolean   fd_store_cancel_invitation   (FdStore              *self,
                                         const FdSession      *session,
                                         gint64                invitation_id,
                                         GError              **error);

/* Runs @job in a worker thread; what it returns is the result. */
typedef gpointer (*FdStoreJob) (FdStore   *store,
                                gpointer   data,
                                GError   **error);
void       fd_store_run_async           (FdStore              *self,
                                         FdStoreJob            job,
                                         gpointer              data,
                                         GDestroyNotify        data_free,
                                         GDestroyNotify        result_free,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gpointer   fd_store_run_finish          (FdStore              *self,
                                         GAsyncResult         *result,
                                         GError              **error);
guint      fd_store_get_jobs_in_flight  (FdStore              *self);

/* Audit log. */
gboolean   fd_store_count_audit         (FdStore              *self,
                                         const char           *action,
                                         gint64               *count,
                                         GError              **error);

gboolean   fd_store_seed_demo           (FdStore              *self,
                                         GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSession, fd_session_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdExportResult, fd_export_result_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdStaff, fd_staff_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdWatch, fd_watch_free)

G_END_DECLS

#include "fd-store-sites.h"
