/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fd-i18n.h"
#include "fd-validate.h"

G_BEGIN_DECLS

/* An employee who receives visitors. */
typedef struct {
  gint64    id;          /* row id, 0 before it is stored */
  char     *name;        /* as the visitor would type it */
  char     *department;  /* tells two hosts of the same name apart (REC-2) */
  char     *title;       /* 先生/女士, Mr/Ms, or a job title; may be empty */
  char     *email;
  char     *phone;
  char     *chat_ids;    /* WeCom/DingTalk/Feishu IDs, "kind:id" separated by ';' */
  char     *channels;    /* how to reach them, "email,wecom"; NULL: the site's default */
  char     *lang;        /* "zh_CN" or "en" for their messages; NULL: the site's default */
  gboolean  active;      /* inactive hosts cannot be chosen on the kiosk */
  char     *site;        /* the lobby they receive visitors at; NULL: the station's */
} FdHost;

typedef enum {
  FD_VISIT_EXPECTED,  /* invited, not arrived */
  FD_VISIT_ON_SITE,   /* registered and in the building */
  FD_VISIT_LEFT,      /* checked out */
  FD_VISIT_REFUSED,   /* declined to register (REG-6) or turned away */
} FdVisitState;

/* How a visit's badge came out. */
typedef enum {
  FD_BADGE_PENDING,   /* not printed yet */
  FD_BADGE_PRINTED,   /* the printer finished the job */
  FD_BADGE_SAVED,     /* no printer: saved as a PDF file (detail: its path) */
  FD_BADGE_FAILED,    /* not printed (detail: the problem's id) */
  FD_BADGE_HELD,      /* not to be printed until reception has seen the visitor */
} FdBadgeState;

/* What a visitor enters: the input of a visit. */
typedef struct {
  char   *name;
  char   *phone;
  char   *company;     /* optional */
  char   *purpose;
  gint64  host_id;
  gint64  visit_ms;    /* visit time, Unix ms UTC */
  char   *items;       /* optional: belongings to check on the way out (REG-4) */
  char   *id_doc_type; /* optional: "resident-id", "passport", "other" */
  char   *id_number;   /* optional, only with consent; sealed when stored */
} FdRegistration;

/* A stored visit, joined with its host for display. */
typedef struct {
  gint64        id;
  FdVisitState  state;
  char         *name;
  char         *phone;
  char         *company;
  char         *purpose;
  gint64        host_id;
  char         *host_name;
  char         *host_department;
  char         *host_title;
  char         *host_phone;   /* for reception to call when the host does not come */
  gint64        visit_ms;     /* when the visitor said they came */
  gint64        arrived_ms;   /* when they signed in, 0 if not yet */
  gint64        left_ms;      /* when they checked out, 0 if not yet */
  char         *badge_token;  /* random, carried by the badge QR */
  FdBadgeState  badge_state;
  char         *badge_detail; /* a problem id or a file path, see FdBadgeState */
  char         *items;        /* declared belongings, "" when none */
  char         *id_masked;    /* 110105********002X, "" when none given */
  char         *drink;        /* "tea", "water" or "" (REC-4) */
  int           satisfaction; /* 0 unanswered, 1 unhappy … 3 happy (KPI-1) */
  gboolean      watchlist_hit;
  gint64        badge_returned_ms; /* 0 while the visitor still has it */
  gint64        host_met_ms;  /* when reception saw the host meet them, 0 if not yet */
  gint64        reminded_ms;  /* when the host was last notified again, 0 if never */
  gint64        synced_ms;    /* registered while the database server was away: when it
                               * reached the database; 0 for a visit stored at once */
  char         *site;         /* the lobby they signed in at (fd-store-sites.c) */
} FdVisit;

typedef enum {
  FD_INVITATION_OPEN,
  FD_INVITATION_USED,
  FD_INVITATION_CANCELLED,
} FdInvitationState;

/* A visitor registered in advance by a host or the receptionist. */
typedef struct {
  gint64             id;
  char              *code;        /* 8 characters, also in the invitation QR */
  FdInvitationState  state;
  char              *name;
  char              *phone;
  char              *company;
  char              *purpose;
  gint64             host_id;
  char              *host_name;
  char              *host_department;
  char              *host_title;
  char              *day;         /* the day it is for, YYYY-MM-DD local time */
  gint64             visit_id;    /* once used */
} FdInvitation;

/* Something the staff window must show until someone handles it. */
typedef struct {
  gint64  id;
  char   *kind;        /* "refusal" (REG-6) or "watchlist" */
  gint64  visit_id;    /* 0 when there is no visit */
  char   *visitor;     /* the visit's visitor name, "" without a visit */
  char   *detail;
  gint64  created_ms;
} FdAlert;

FdHost         *fd_host_new                 (void);
void            fd_host_free                (FdHost         *host);
FdHost         *fd_host_copy                (const FdHost   *host) G_GNUC_WARN_UNUSED_RESULT;
char           *fd_host_honorific_name      (const char     *name,
                                             const char     *title,
                                             FdLang          lang) G_GNUC_WARN_UNUSED_RESULT;

FdRegistration *fd_registration_new         (void);
FdRegistration *fd_registration_copy        (const FdRegistration *reg);
void            fd_registration_free        (FdRegistration *reg);
void            fd_registration_clear       (FdRegistration *reg);
gboolean        fd_registration_normalize   (FdRegistration *reg,
                                             FdField        *field,
                                             FdInvalid      *problem);

char           *fd_format_local_time        (gint64          ms,
                                             const char     *format) G_GNUC_WARN_UNUSED_RESULT;

void            fd_visit_free               (FdVisit        *visit);
FdVisit        *fd_visit_copy               (const FdVisit  *visit) G_GNUC_WARN_UNUSED_RESULT;
gboolean        fd_visit_host_not_reached   (const FdVisit  *visit,
                                             gint64          now_ms,
                                             gint64          wait_minutes);
const char     *fd_visit_state_to_string    (FdVisitState    state);
gboolean        fd_visit_state_from_string  (const char     *text,
                                             FdVisitState   *state);

const char     *fd_badge_state_to_string    (FdBadgeState    state);
FdBadgeState    fd_badge_state_from_string  (const char     *text);

FdInvitation   *fd_invitation_copy          (const FdInvitation *invitation) G_GNUC_WARN_UNUSED_RESULT;
void            fd_invitation_free          (FdInvitation   *invitation);
void            fd_alert_free               (FdAlert        *alert);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdHost, fd_host_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdInvitation, fd_invitation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdAlert, fd_alert_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdRegistration, fd_registration_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdVisit, fd_visit_free)

G_END_DECLS
