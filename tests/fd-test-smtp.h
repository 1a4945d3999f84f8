/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "fd-store.h"
#include "fd-test-util.h"

G_BEGIN_DECLS

typedef struct {
  GSubprocess *server;
  char        *maildir;
  int          port;
} FdTestSmtp;

typedef struct {
  FdTestSmtp *smtp;
  guint       count;
} FdTestMailWait;

int      fd_test_free_port   (void);
gboolean fd_test_port_open   (gpointer    port);
void     fd_test_smtp_init   (FdTestSmtp *smtp);
void     fd_test_smtp_start  (FdTestSmtp *smtp);
void     fd_test_smtp_stop   (FdTestSmtp *smtp);
void     fd_test_smtp_clear  (FdTestSmtp *smtp);
guint    fd_test_mail_count  (FdTestSmtp *smtp);
gboolean fd_test_has_mails   (gpointer    wait);
char    *fd_test_read_mail   (FdTestSmtp *smtp) G_GNUC_WARN_UNUSED_RESULT;
char    *fd_test_read_mails  (FdTestSmtp *smtp) G_GNUC_WARN_UNUSED_RESULT;
gboolean fd_test_outbox_all_sent (gpointer store);
guint    fd_test_outbox_count (FdStore    *store,
                               const char *part);

void     fd_test_desk_use_smtp (FdTestDesk *desk,
                                FdTestSmtp *smtp);
char    *fd_test_desk_deliver  (FdTestDesk *desk,
                                FdTestSmtp *smtp,
                                guint       n) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FdTestSmtp, fd_test_smtp_clear)

G_END_DECLS
