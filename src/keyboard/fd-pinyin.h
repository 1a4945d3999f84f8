/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Pinyin input for the on-screen keyboard (fd-pinyin.c), on librime. */
typedef struct _FdPinyin FdPinyin;

gboolean    fd_pinyin_prepare          (const char          *user_dir,
                                        GError             **error);

FdPinyin   *fd_pinyin_new              (void);
void        fd_pinyin_free             (FdPinyin            *self);
gboolean    fd_pinyin_type             (FdPinyin            *self,
                                        char                 letter);
gboolean    fd_pinyin_backspace        (FdPinyin            *self);
const char *fd_pinyin_get_input        (FdPinyin            *self);
GPtrArray  *fd_pinyin_get_candidates   (FdPinyin            *self);
gboolean    fd_pinyin_page             (FdPinyin            *self,
                                        gboolean             forward);
gboolean    fd_pinyin_has_more         (FdPinyin            *self,
                                        gboolean             forward);
char       *fd_pinyin_choose           (FdPinyin            *self,
                                        guint                index) G_GNUC_WARN_UNUSED_RESULT;
char       *fd_pinyin_commit_input     (FdPinyin            *self) G_GNUC_WARN_UNUSED_RESULT;
void        fd_pinyin_clear            (FdPinyin            *self);
gboolean    fd_pinyin_forget           (FdPinyin            *self);
gboolean    fd_pinyin_is_empty         (FdPinyin            *self);

const char * const *fd_pinyin_surnames (const char          *syllable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdPinyin, fd_pinyin_free)

G_END_DECLS
