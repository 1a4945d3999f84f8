/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-search.h"

/*
 * The visit log's search, as index lookups.  Every visit's name, phone and
 * company give terms (fd-search.c) kept in visit_terms, ordered by term
 * and then by visit time, so a search reads one term's entries newest
 * first and stops when the page is full: its cost depends on the page, not
 * on how many visits the site has kept.  The host's name is indexed with
 * each visit (and re-indexed when a host is renamed).  Searches run on the
 * store's reading connection, so a check-in at the kiosk never waits for
 * one.
 */

typedef struct {
  gint64  visit_ms;
  char   *fields[4];  /* name, phone, company, the host's name */
} Indexed;

static gboolean
indexed_cb (FdDbRow  *row,
            gpointer  user_data)
{
  Indexed *indexed = user_data;

  indexed->visit_ms = fd_db_row_int (row, 0);
  for (guint i = 0; i < G_N_ELEMENTS (indexed->fields); i++)
    indexed->fields[i] = fd_db_row_dup (row, i + 1);
  return FALSE;
}

/* Adds (@add) or removes the terms of visit @id as it is stored now; the
 * caller holds the lock and the transaction. */
gboolean
fd_store_index_visit_locked (FdStore   *self,
                             gint64     id,
                             gboolean   add,
                             GError   **error)
{
  Indexed indexed = { 0 };
  g_auto(GStrv) terms = NULL;
  gboolean ok = TRUE;

  if (!fd_db_exec (self->db,
                   "SELECT v.visit_ms, v.name, v.phone, v.company, h.name "
                   "FROM visits v JOIN hosts h ON h.id = v.host_id WHERE v.id = ?",
                   FD_DB_ARGS (FD_DB_I (id)), indexed_cb, &indexed, error))
    return FALSE;
  terms = fd_search_visit_terms (indexed.fields[0], indexed.fields[1], indexed.fields[2], indexed.fields[3]);
  for (guint i = 0; ok && terms[i] != NULL; i++)
    ok = fd_db_exec (self->db,
                     add ? "INSERT INTO visit_terms (term, visit_ms, visit_id) VALUES (?, ?, ?) "
                           "ON CONFLICT DO NOTHING"
                         : "DELETE FROM visit_terms WHERE term = ? AND visit_ms = ? AND visit_id = ?",
                     FD_DB_ARGS (FD_DB_S (terms[i]), FD_DB_I (indexed.visit_ms), FD_DB_I (id)), NULL, NULL, error);
  for (guint i = 0; i < G_N_ELEMENTS (indexed.fields); i++)
    g_free (indexed.fields[i]);
  return ok;
}

/* Adds the first column of each row to the GArray of gint64 @user_data. */
gboolean
fd_store_collect_id_cb (FdDbRow  *row,
                        gpointer  user_data)
{
  gint64 id = fd_db_row_int (row, 0);

  g_array_append_val ((GArray *) user_data, id);
  return TRUE;
}

/* Adds (@add) or removes the terms of each visit that @sql (one id
 * column) lists; returns the ids in @ids when not %NULL. */
static gboolean
index_listed_locked (FdStore          *self,
                     const char       *sql,
                     const FdDbValue  *args,
                     guint             n_args,
                     gboolean          add,
                     GArray          **ids,
                     GError          **error)
{
  g_autoptr(GArray) listed = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!fd_db_exec (self->db, sql, args, n_args, fd_store_collect_id_cb, listed, error))
    return FALSE;
  for (guint i = 0; i < listed->len; i++)
    if (!fd_store_index_visit_locked (self, g_array_index (listed, gint64, i), add, error))
      return FALSE;
  if (ids != NULL)
    *ids = g_steal_pointer (&listed);
  return TRUE;
}

/* Removes the terms of the visits listed in the temporary table
 * purge_ids; the caller holds the lock and the transaction. */
gboolean
fd_store_unindex_purged_locked (FdStore  *self,
                                GError  **error)
{
  return index_listed_locked (self, "SELECT id FROM purge_ids", FD_DB_NO_ARGS, FALSE, NULL, error);
}

/* Host @host_id is about to be called @new_name: when that is a new name,
 * their visits' terms go now (@visits set) and come back with
 * fd_store_reindex_host_locked() after the change; otherwise @visits is
 * %NULL.  The caller holds the lock and the transaction. */
gboolean
fd_store_unindex_host_locked (FdStore     *self,
                              gint64       host_id,
                              const char  *new_name,
                              GArray     **visits,
                              GError     **error)
{
  g_autofree char *name = NULL;

  *visits = NULL;
  if (!fd_db_exec (self->db, "SELECT name FROM hosts WHERE id = ?", FD_DB_ARGS (FD_DB_I (host_id)),
                   fd_store_first_text_cb, &name, error))
    return FALSE;
  if (name == NULL || g_strcmp0 (name, new_name) == 0)
    return TRUE;
  return index_listed_locked (self, "SELECT id FROM visits WHERE host_id = ?", FD_DB_ARGS (FD_DB_I (host_id)),
                              FALSE, visits, error);
}

gboolean
fd_store_reindex_host_locked (FdStore  *self,
                              GArray   *visits,
                              GError  **error)
{
  for (guint i = 0; visits != NULL && i < visits->len; i++)
    if (!fd_store_index_visit_locked (self, g_array_index (visits, gint64, i), TRUE, error))
      return FALSE;
  return TRUE;
}

#define SEARCH_VERSION_SETTING "search_version"

/* Builds the search terms of every visit when the database has none yet
 * or was indexed by another version of fd-search.c. */
gboolean
fd_store_index_all (FdStore  *self,
                    GError  **error)
{
  g_autofree char *version = NULL;
  g_autofree char *current = g_strdup_printf ("%d", FD_SEARCH_VERSION);
  gboolean ok;

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT value FROM settings WHERE key = ?",
                   FD_DB_ARGS (FD_DB_S (SEARCH_VERSION_SETTING)), fd_store_first_text_cb, &version, error);
  if (!ok || g_strcmp0 (version, current) == 0)
    {
      STORE_UNLOCK (self);
      return ok;
    }
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db, "DELETE FROM visit_terms", FD_DB_NO_ARGS, NULL, NULL, error) &&
       index_listed_locked (self, "SELECT id FROM visits", FD_DB_NO_ARGS, TRUE, NULL, error) &&
       fd_store_put_setting_locked (self, SEARCH_VERSION_SETTING, current, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/* A search as SQL: the FROM and WHERE parts, and their arguments. */
typedef struct {
  FdSearchWord *word;
  const char   *pattern;
} Word;

typedef struct {
  GString    *sql;
  GArray     *args;      /* FdDbValue, pointing into strings and words */
  GPtrArray  *strings;   /* owned */
  GArray     *words;     /* Word, owned */
  const char *key;       /* the alias whose visit_ms and visit_id order */
} Search;

static void
word_clear (gpointer data)
{
  g_clear_pointer (&((Word *) data)->word, fd_search_word_free);
}

static void
search_init (Search *search)
{
  search->sql = g_string_new (NULL);
  search->args = g_array_new (FALSE, TRUE, sizeof (FdDbValue));
  search->strings = g_ptr_array_new_with_free_func (g_free);
  search->words = g_array_new (FALSE, TRUE, sizeof (Word));
  g_array_set_clear_func (search->words, word_clear);
}

static void
search_clear (Search *search)
{
  if (search->sql == NULL)
    return;
  g_string_free (search->sql, TRUE);
  g_array_unref (search->args);
  g_ptr_array_unref (search->strings);
  g_array_unref (search->words);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Search, search_clear)

static void
add_text (Search     *search,
          const char *text)
{
  FdDbValue value = FD_DB_S (text);

  g_array_append_val (search->args, value);
}

static void
add_int (Search *search,
         gint64  i)
{
  FdDbValue value = FD_DB_I (i);

  g_array_append_val (search->args, value);
}

static const char *
keep (Search *search,
      char   *text)
{
  g_ptr_array_add (search->strings, text);
  return text;
}

/* The word as typed, anywhere in the visitor's name, phone or company or
 * the host's name.  The host is looked up for the rows that get this far
 * (and only when the visitor's own fields do not match), not joined: a
 * join lets PostgreSQL's plan for a prepared search read every host into
 * a hash once the site has millions of visits (bench/scale.c). */
static void
add_like (Search     *search,
          const char *pattern)
{
  g_string_append (search->sql, "(v.name LIKE ? ESCAPE '\\' OR v.phone LIKE ? ESCAPE '\\' OR "
                                "v.company LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM hosts hn "
                                "WHERE hn.id = v.host_id AND hn.name LIKE ? ESCAPE '\\'))");
  for (int k = 0; k < 4; k++)
    add_text (search, pattern);
}

/* The FROM and WHERE of @query; with @hosts, the host of each visit is
 * joined as h (for FD_VISIT_COLUMNS). */
static void
build (const FdVisitQuery *query,
       const char         *site,
       gboolean            hosts,
       Search             *search)
{
  g_auto(GStrv) texts = g_strsplit_set (query->text != NULL ? query->text : "", " \t", -1);
  GArray *words = search->words;
  gint64 to_ms = query->to_ms > 0 ? query->to_ms : G_MAXINT64;
  const char *driver = NULL;

  for (guint i = 0; texts[i] != NULL; i++)
    {
      Word word = { 0 };

      if (*texts[i] == '\0')
        continue;
      word.pattern = keep (search, fd_store_like_pattern (texts[i]));
      word.word = fd_search_word_new (texts[i]);
      g_array_append_val (words, word);
      /* The driver: the longest term; a term that long is the rarest, as
       * a rule. */
      for (guint k = 0; k < word.word->terms->len; k++)
        if (driver == NULL || strlen (word.word->terms->pdata[k]) > strlen (driver))
          driver = word.word->terms->pdata[k];
    }
  if (driver != NULL)
    {
      g_string_append (search->sql, " FROM visit_terms k JOIN visits v ON v.id = k.visit_id");
      if (hosts)
        g_string_append (search->sql, " JOIN hosts h ON h.id = v.host_id");
      g_string_append (search->sql, " WHERE k.term = ? AND k.visit_ms >= ? AND k.visit_ms < ?");
      add_text (search, driver);
      add_int (search, query->from_ms);
      add_int (search, to_ms);
      search->key = "k";
    }
  else
    {
      /* Nothing to look up (a few digits, punctuation): the visits of the
       * period, newest first, as far as it takes. */
      g_string_append (search->sql, " FROM visits v");
      if (hosts)
        g_string_append (search->sql, " JOIN hosts h ON h.id = v.host_id");
      g_string_append (search->sql, " WHERE v.visit_ms >= ? AND v.visit_ms < ?");
      add_int (search, query->from_ms);
      add_int (search, to_ms);
      search->key = NULL;
    }
  /* One site's visits: security narrowing it down, or a receptionist. */
  if (*site != '\0')
    {
      g_string_append (search->sql, " AND v.site = ?");
      add_text (search, site);
    }

  /* Every other term of every word, and the text itself where the terms
   * do not prove the match. */
  for (guint i = 0; i < words->len; i++)
    {
      Word *word = &g_array_index (words, Word, i);
      GPtrArray *terms = word->word->terms;

      for (guint k = 0; k < terms->len; k++)
        {
          if (terms->pdata[k] == driver)
            continue;
          /* A probe of the index for each row the driver gives.  LIMIT and
           * OFFSET keep it one: without them PostgreSQL turns the EXISTS
           * into a join, and its plan for the prepared search, made
           * without the words, expects thousands of entries per term on a
           * large site and reads all of this term's into a hash. */
          g_string_append (search->sql, " AND EXISTS (SELECT 1 FROM visit_terms x WHERE x.term = ? AND "
                                        "x.visit_ms = v.visit_ms AND x.visit_id = v.id LIMIT 1 OFFSET 0)");
          add_text (search, terms->pdata[k]);
        }
      if (!word->word->exact || terms->len == 0)
        {
          g_string_append (search->sql, " AND ");
          add_like (search, word->pattern);
        }
    }
}

/**
 * fd_store_find_visits:
 * @session: any staff member's
 * @query: words to find in the visitor's name, phone or company or the
 *   host's name (all must match), and a time range on the visit time
 *
 * The visit log of the site @session looks at (fd_session_get_site()):
 * newest first (or oldest first, for exports), @query->limit visits
 * (0: all) from @query->offset.  A phone number is found by its last
 * four or more digits, a Chinese name by any one, two or three of its
 * characters, other words by three letters or by their first one or two.
 *
 * Returns: (transfer container) (element-type FdVisit): the visits.
 */
GPtrArray *
fd_store_find_visits (FdStore             *self,
                      const FdSession     *session,
                      const FdVisitQuery  *query,
                      GError             **error)
{
  g_autoptr(GPtrArray) visits = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_visit_free);
  g_auto(Search) search = { 0 };
  g_autoptr(GString) sql = g_string_new ("SELECT " FD_VISIT_COLUMNS);
  const char *order = query->oldest_first ? "" : " DESC";
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "visits.find", error))
    return NULL;

  search_init (&search);
  build (query, fd_session_get_site (session), TRUE, &search);
  g_string_append (sql, search.sql->str);
  if (search.key != NULL)
    g_string_append_printf (sql, " ORDER BY %s.visit_ms%s, %s.visit_id%s", search.key, order, search.key, order);
  else
    g_string_append_printf (sql, " ORDER BY v.visit_ms%s, v.id%s", order, order);
  if (query->limit > 0 || query->offset > 0)
    {
      g_string_append (sql, " LIMIT ? OFFSET ?");
      add_int (&search, query->limit > 0 ? (gint64) query->limit : -1);
      add_int (&search, query->offset);
    }
  ok = fd_db_exec (fd_store_read_begin (self), sql->str, (FdDbValue *) search.args->data, search.args->len,
                   fd_store_visit_cb, visits, error);
  fd_store_read_end (self);
  return ok ? g_steal_pointer (&visits) : NULL;
}

/**
 * fd_store_count_visits:
 * @query: as for fd_store_find_visits(); its limit and offset are ignored
 * @at_most: stop counting there
 * @count: (out): how many visits match, at most @at_most
 */
gboolean
fd_store_count_visits (FdStore             *self,
                       const FdSession     *session,
                       const FdVisitQuery  *query,
                       gint64               at_most,
                       gint64              *count,
                       GError             **error)
{
  g_auto(Search) search = { 0 };
  g_autoptr(GString) sql = g_string_new ("SELECT COUNT(*) FROM (SELECT 1");
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  *count = 0;
  if (!fd_store_check_permission (self, session, FD_PERMISSION_RECEPTION, "visits.find", error))
    return FALSE;

  search_init (&search);
  build (query, fd_session_get_site (session), FALSE, &search);
  g_string_append (sql, search.sql->str);
  g_string_append (sql, " LIMIT ?) c");
  add_int (&search, at_most);
  ok = fd_db_query_int (fd_store_read_begin (self), sql->str, (FdDbValue *) search.args->data, search.args->len,
                        count, error);
  fd_store_read_end (self);
  return ok;
}
