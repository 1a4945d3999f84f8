/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The terms under which the visit log finds a visit.  They are plain
 * strings kept in an ordinary table (visit_terms), so any SQL engine can
 * look them up through an ordinary index; nothing here knows SQL.  See
 * fd-search.c for which terms a text gives.
 */

typedef enum {
  FD_SEARCH_NAME,
  FD_SEARCH_COMPANY,
  FD_SEARCH_PHONE,
} FdSearchField;

/* Which word of a search the terms came from, and how sure they are. */
typedef struct {
  GPtrArray *terms;   /* (element-type utf8): all must be indexed for a visit */
  gboolean   exact;   /* TRUE: the terms alone prove the word matches */
} FdSearchWord;

/* Bump when the terms a text gives change: the store re-indexes. */
#define FD_SEARCH_VERSION 1

void          fd_search_add_terms  (GHashTable     *terms,
                                    FdSearchField   field,
                                    const char     *text);
char        **fd_search_visit_terms (const char    *name,
                                     const char    *phone,
                                     const char    *company,
                                     const char    *host_name) G_GNUC_WARN_UNUSED_RESULT;
FdSearchWord *fd_search_word_new   (const char     *word) G_GNUC_WARN_UNUSED_RESULT;
void          fd_search_word_free  (FdSearchWord   *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FdSearchWord, fd_search_word_free)

G_END_DECLS
