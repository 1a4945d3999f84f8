/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "fd-store.h"

G_BEGIN_DECLS

#define FD_TYPE_NOTIFIER (fd_notifier_get_type ())

G_DECLARE_FINAL_TYPE (FdNotifier, fd_notifier, FD, NOTIFIER, GObject)

/* The channels a message can go by: e-mail to the host, or a chat group's
 * robot (site settings webhook_<channel>_url, and _secret for signing). */
static const char * const fd_notify_channels[] = {
  "email", "wecom", "dingtalk", "feishu", "slack", "teams", "hook",
};

/* A message waiting in, or gone from, the outbox. */
typedef struct {
  gint64  id;
  char   *channel;     /* "email" */
  char   *recipient;
  char   *subject;
  char   *body;
  gint64  visit_id;
  char   *state;       /* "pending", "sent" or "failed" */
  int     attempts;
  char   *last_error;
  gint64  created_ms;
  gint64  sent_ms;
} FdOutboxMessage;

char       *fd_notify_parse_channels     (const char       *text) G_GNUC_WARN_UNUSED_RESULT;
FdNotifier *fd_notifier_new              (FdStore          *store);
void        fd_notifier_start            (FdNotifier       *self);
void        fd_notifier_stop             (FdNotifier       *self);
void        fd_notifier_set_poll_ms      (FdNotifier       *self,
                                          guint             poll_ms);
gboolean    fd_notify_send               (FdStore          *store,
                                          const char       *channel,
                                          const char       *recipient,
                                          const char       *subject,
                                          const char       *body,
                                          GError          **error);
gboolean    fd_notify_send_email         (const char       *smtp_url,
                                          gboolean          allow_plain,
                                          const char       *from,
                                          const char       *to,
                                          const char       *subject,
                                          const char       *body,
                                          guint             timeout_s,
                                          GError          **error);

gboolean    fd_notify_post_webhook       (const char       *channel,
                                          gboolean          allow_http,
                                          const char       *url,
                                          const char       *secret,
                                          const char       *recipient,
                                          const char       *text,
                                          guint             timeout_s,
                                          GError          **error);
/* How the host was told of a visitor (fd_store_get_host_notice()). */
typedef enum {
  FD_NOTICE_NONE,     /* no message: the host can be reached by no channel */
  FD_NOTICE_PENDING,  /* being sent, or tried again after an error */
  FD_NOTICE_SENT,
  FD_NOTICE_FAILED,   /* given up */
} FdNoticeState;

typedef struct {
  FdNoticeState  state;
  gint64         sent_ms;     /* FD_NOTICE_SENT: when */
  int            attempts;    /* tries so far, of the messages not sent */
  char          *channels;    /* "email,wecom": the channels sent by, or tried */
  char          *last_error;  /* why the last try failed; NULL: none */
} FdHostNotice;

void          fd_host_notice_free      (FdHostNotice     *notice);
FdHostNotice *fd_store_get_host_notice (FdStore          *store,
                                        const FdSession  *session,
                                        const FdVisit    *visit,
                                        GError          **error);
void        fd_outbox_message_free       (FdOutboxMessage  *message);
GPtrArray  *fd_store_list_outbox         (FdStore          *store,
                                          const FdSession  *session,
                                          gboolean          failed_only,
                                          GError          **error);
gboolean    fd_store_retry_outbox        (FdStore          *store,
                                          const FdSession  *session,
                                          gint64            id,
                                          GError          **error);
GPtrArray  *fd_store_due_outbox          (FdStore          *store,
                                          guint             limit,
                                          GError          **error);
gboolean    fd_store_outbox_attempt      (FdStore          *store,
                                          gint64            id,
                                          gboolean          sent,
                                          const char       *error_text,
                                          gint64            retry_at_ms,
                                          GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdOutboxMessage, fd_outbox_message_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdHostNotice, fd_host_notice_free)

G_END_DECLS
