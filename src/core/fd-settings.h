/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One REC-3 topic of the kiosk_topics setting. */
typedef struct {
  char   *zh;        /* the topic in Chinese, never empty */
  char   *en;        /* in English; the Chinese when none was given */
  gint64  host_id;   /* the contact who helps with it */
} FdTopic;

gboolean   fd_setting_is_secret  (const char  *key);
gboolean   fd_setting_is_per_site (const char *key);
gboolean   fd_setting_check      (const char  *key,
                                  const char  *value,
                                  GError     **error);
gboolean   fd_setting_bool       (const char  *value);
gint64     fd_setting_int        (const char  *value,
                                  const char  *key);
GPtrArray *fd_topics_parse       (const char  *json,
                                  GError     **error);
char      *fd_topics_to_json     (GPtrArray   *topics) G_GNUC_WARN_UNUSED_RESULT;
FdTopic   *fd_topic_new          (const char  *zh,
                                  const char  *en,
                                  gint64       host_id);
void       fd_topic_free         (FdTopic     *topic);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdTopic, fd_topic_free)

G_END_DECLS
