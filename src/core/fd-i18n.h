/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The two UI languages.  Chinese comes first: it is the kiosk's default. */
typedef enum {
  FD_LANG_ZH,
  FD_LANG_EN,
} FdLang;

/* Marks a string for xgettext without translating it. */
#define N_(s) (s)

const char *fd_tr                   (FdLang      lang,
                                     const char *msgid) G_GNUC_FORMAT (2);
const char *fd_lang_code            (FdLang      lang);
FdLang      fd_lang_from_code       (const char *code);
FdLang      fd_lang_from_environment (void);
GHashTable *fd_i18n_parse_mo        (GBytes     *bytes);

G_END_DECLS
