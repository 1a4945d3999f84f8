/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

/* KPI-3: a call is answered in time within 3 rings; the target share. */
#define FD_CALL_RINGS_IN_TIME 3
#define FD_CALL_KPI_TARGET    98

typedef enum {
  FD_CALL_ENQUIRY,    /* a question (TEL-3) */
  FD_CALL_REQUEST,    /* something to be done: an appointment, a callback */
  FD_CALL_COMPLAINT,  /* TEL-6, FAQ-3 */
} FdCallKind;

typedef enum {
  FD_CALL_NOT_TRANSFERRED,
  FD_CALL_TRANSFERRED,   /* TEL-4: the colleague answered */
  FD_CALL_MESSAGE,       /* TEL-4: no answer after 5 rings; a message for them */
} FdCallTransfer;

typedef enum {
  FD_FOLLOW_UP_NONE,
  FD_FOLLOW_UP_OPEN,      /* FAQ-2: ask whether it was resolved; FAQ-3: follow the complaint */
  FD_FOLLOW_UP_RESOLVED,
} FdFollowUp;

/* A call the front desk took (fd-store-calls.c). */
typedef struct {
  gint64          id;
  char           *site;
  gint64          at_ms;          /* when it came, to the minute */
  char           *caller;         /* name, at least the surname (TEL-4) */
  char           *company;        /* NULL: none given */
  char           *phone;          /* NULL: none given */
  FdCallKind      kind;
  char           *topic;          /* the request type: 价格咨询, 面试预约 */
  char           *details;        /* NULL: none */
  gboolean        answered_late;  /* after more than 3 rings (TEL-1, KPI-3) */
  FdCallTransfer  transfer;
  gint64          host_id;        /* transferred to; 0: nobody */
  char           *host_name;
  char           *host_department;
  FdFollowUp      follow_up;
  char           *outcome;        /* how it was resolved */
  gboolean        satisfied;      /* FAQ-3: the caller said they are satisfied */
  gint64          resolved_ms;
  char           *recorded_by;
} FdCall;

/* What the person at the desk records (TEL-3, TEL-4, TEL-6). */
typedef struct {
  char           *caller;
  char           *company;
  char           *phone;
  FdCallKind      kind;
  char           *topic;
  char           *details;
  gboolean        answered_late;
  FdCallTransfer  transfer;
  gint64          host_id;
} FdCallIn;

typedef enum {
  FD_CALLS_TODAY,       /* today's, newest first */
  FD_CALLS_FOLLOW_UP,   /* open follow-ups, oldest first */
} FdCallList;

void        fd_call_free              (FdCall           *call);
FdCall     *fd_call_copy              (const FdCall     *call) G_GNUC_WARN_UNUSED_RESULT;
void        fd_call_in_clear          (FdCallIn         *in);

gint64      fd_store_log_call         (FdStore          *self,
                                       const FdSession  *session,
                                       const FdCallIn   *in,
                                       GError          **error);
GPtrArray  *fd_store_list_calls       (FdStore          *self,
                                       const FdSession  *session,
                                       FdCallList        which,
                                       GError          **error);
gboolean    fd_store_resolve_call     (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            id,
                                       const char       *outcome,
                                       gboolean          satisfied,
                                       GError          **error);
gboolean    fd_store_count_calls      (FdStore          *self,
                                       const FdSession  *session,
                                       gint64            from_ms,
                                       gint64            to_ms,
                                       gint64           *n_calls,
                                       gint64           *n_in_time,
                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdCall, fd_call_free)

G_END_DECLS
