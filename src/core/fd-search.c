/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-search.h"

#include <string.h>

/*
 * Index terms for the visit log, so that "was this person here?" is an
 * index lookup at any size of the log instead of a scan of every visit.
 *
 * A text is folded (NFKC, case-folded) and cut into runs: runs of Chinese,
 * Japanese or Korean characters, and runs of other letters and digits.
 * Everything else separates runs.
 *
 *  - A CJK run gives every substring of 2 and 3 characters, and in a name
 *    also every single character: most Chinese names are two or three
 *    characters, so a full name (王小明), a given name (小明) or a surname
 *    (王) is one exact term.  A longer search is the AND of its trigrams.
 *  - Another word gives its trigrams (itself when shorter than 3) and its
 *    first one and two characters, marked with "^" (a prefix search: "li"
 *    finds Li and Lin).
 *  - A run of 4 or more digits (a phone number) gives every suffix of 4 or
 *    more digits, marked with "#": a number is found by its last four
 *    digits or any longer tail, up to the whole number.
 *
 * A search word whose terms do not prove a match by themselves (the AND of
 * trigrams) is checked against the visit's text as well.
 */

#define MAX_DIGITS 15

typedef enum {
  RUN_CJK,
  RUN_WORD,
} RunKind;

static gboolean
is_cjk (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_HANGUL:
      return TRUE;
    default:
      return FALSE;
    }
}

static char *
fold (const char *text)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);

  return nfkc != NULL ? g_utf8_casefold (nfkc, -1) : g_strdup ("");
}

typedef void (*RunFunc) (RunKind      kind,
                         const char  *run,
                         glong        n_chars,
                         gpointer     user_data);

/* Calls @func for each run of @text (already folded). */
static void
for_each_run (const char *text,
              RunFunc     func,
              gpointer    user_data)
{
  const char *p = text;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *start = p;
      RunKind kind;
      glong n = 0;

      if (!is_cjk (c) && !g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      kind = is_cjk (c) ? RUN_CJK : RUN_WORD;
      while (*p != '\0')
        {
          c = g_utf8_get_char (p);
          if (kind == RUN_CJK ? !is_cjk (c) : (is_cjk (c) || !g_unichar_isalnum (c)))
            break;
          p = g_utf8_next_char (p);
          n++;
        }
      {
        g_autofree char *run = g_strndup (start, (gsize) (p - start));

        func (kind, run, n, user_data);
      }
    }
}

static gboolean
all_digits (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return *text != '\0';
}

/* The last MAX_DIGITS digits of @digits: what a number is indexed by. */
static const char *
kept_digits (const char *digits)
{
  gsize len = strlen (digits);

  return len > MAX_DIGITS ? digits + len - MAX_DIGITS : digits;
}

/* The term for a number that ends with @digits (4 or more). */
static char *
tail_term (const char *digits)
{
  return g_strconcat ("#", kept_digits (digits), NULL);
}

/* Adds the term of every tail of @digits of 4 or more digits. */
static void
add_digit_tails (GHashTable *terms,
                 const char *digits)
{
  const char *kept = kept_digits (digits);
  gsize len = strlen (kept);

  for (gsize tail = 4; tail <= len; tail++)
    g_hash_table_add (terms, tail_term (kept + len - tail));
}

/* Adds the substrings of @run (@n characters) of @min to @max characters. */
static void
add_substrings (GHashTable *terms,
                const char *run,
                glong       n,
                glong       min,
                glong       max)
{
  for (const char *p = run; *p != '\0'; p = g_utf8_next_char (p), n--)
    for (glong len = min; len <= max && len <= n; len++)
      {
        const char *end = g_utf8_offset_to_pointer (p, len);

        g_hash_table_add (terms, g_strndup (p, (gsize) (end - p)));
      }
}

typedef struct {
  GHashTable    *terms;
  FdSearchField  field;
} AddRun;

static void
add_run (RunKind     kind,
         const char *run,
         glong       n,
         gpointer    user_data)
{
  AddRun *add = user_data;

  if (kind == RUN_CJK)
    {
      add_substrings (add->terms, run, n, add->field == FD_SEARCH_NAME || n == 1 ? 1 : 2, 3);
      return;
    }
  if (all_digits (run) && n >= 4)
    {
      add_digit_tails (add->terms, run);
      return;
    }
  add_substrings (add->terms, run, n, MIN (n, 3), 3);
  for (glong len = 1; len <= MIN (n, 2); len++)
    {
      const char *end = g_utf8_offset_to_pointer (run, len);

      g_hash_table_add (add->terms, g_strdup_printf ("^%.*s", (int) (end - run), run));
    }
}

/**
 * fd_search_add_terms:
 * @terms: a set of strings (g_str_hash, owns its keys)
 * @text: (nullable): the field's text as stored
 *
 * Adds the terms under which @text is found.
 */
void
fd_search_add_terms (GHashTable    *terms,
                     FdSearchField  field,
                     const char    *text)
{
  g_autofree char *folded = NULL;
  AddRun add = { terms, field };

  if (text == NULL || *text == '\0')
    return;
  if (field == FD_SEARCH_PHONE)
    {
      /* The number, without an extension: its digits only. */
      const char *ext = strstr (text, " ext.");
      g_autoptr(GString) digits = g_string_new (NULL);

      for (const char *p = text; *p != '\0' && p != ext; p++)
        if (g_ascii_isdigit (*p))
          g_string_append_c (digits, *p);
      add_digit_tails (terms, digits->str);
      return;
    }
  folded = fold (text);
  for_each_run (folded, add_run, &add);
}

/**
 * fd_search_visit_terms:
 * @host_name: the name of the person visited: a search for a host finds
 *   the visits to them
 *
 * Returns: (transfer full): the terms of a visit, each once.
 */
char **
fd_search_visit_terms (const char *name,
                       const char *phone,
                       const char *company,
                       const char *host_name)
{
  g_autoptr(GHashTable) terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree gpointer *keys = NULL;
  guint n;

  fd_search_add_terms (terms, FD_SEARCH_NAME, name);
  fd_search_add_terms (terms, FD_SEARCH_PHONE, phone);
  fd_search_add_terms (terms, FD_SEARCH_COMPANY, company);
  fd_search_add_terms (terms, FD_SEARCH_NAME, host_name);
  keys = g_hash_table_get_keys_as_array (terms, &n);
  g_hash_table_steal_all (terms);
  return (char **) g_steal_pointer (&keys);
}

typedef struct {
  FdSearchWord *word;
  guint         runs;
  gboolean      partial;  /* a run gave no term */
} QueryRun;

static void
query_run (RunKind     kind,
           const char *run,
           glong       n,
           gpointer    user_data)
{
  QueryRun *query = user_data;
  GPtrArray *terms = query->word->terms;
  guint before = terms->len;

  query->runs++;
  if (kind == RUN_CJK && n <= 3)
    g_ptr_array_add (terms, g_strdup (run));
  else if (kind == RUN_WORD && all_digits (run) && n >= 4)
    g_ptr_array_add (terms, tail_term (run));
  else if (kind == RUN_WORD && all_digits (run))
    ;  /* a few digits: in the middle of a number, or a short number */
  else if (kind == RUN_WORD && n <= 2)
    g_ptr_array_add (terms, g_strconcat ("^", run, NULL));
  else
    {
      g_autoptr(GHashTable) set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key;

      add_substrings (set, run, n, 3, 3);
      g_hash_table_iter_init (&iter, set);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          g_ptr_array_add (terms, key);
          g_hash_table_iter_steal (&iter);
        }
    }
  if (terms->len == before)
    query->partial = TRUE;
}

/* A word made of digits and the punctuation of phone numbers only. */
static char *
phone_digits (const char *word)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
    else if (strchr ("+-()./", *p) == NULL)
      return NULL;
  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/**
 * fd_search_word_new:
 * @word: one word of a search, as typed
 *
 * Returns: (transfer full): the terms a visit must have to match @word; no
 *   terms when @word cannot be looked up (a few digits, punctuation).
 */
FdSearchWord *
fd_search_word_new (const char *word)
{
  FdSearchWord *result = g_new0 (FdSearchWord, 1);
  g_autofree char *digits = phone_digits (word);
  g_autofree char *folded = NULL;
  QueryRun query = { result, 0, FALSE };

  result->terms = g_ptr_array_new_with_free_func (g_free);
  if (digits != NULL && strlen (digits) >= 4)
    {
      g_ptr_array_add (result->terms, tail_term (digits));
      result->exact = TRUE;
      return result;
    }
  folded = fold (word);
  for_each_run (folded, query_run, &query);
  /* One term of one run that is the whole word proves the match; so does
   * nothing else (trigrams in a row, or separators the index skips). */
  result->exact = query.runs == 1 && !query.partial && result->terms->len == 1 &&
                  g_utf8_strlen (folded, -1) == g_utf8_strlen (word, -1) &&
                  g_utf8_strlen (result->terms->pdata[0], -1) - (*(char *) result->terms->pdata[0] == '^') ==
                  g_utf8_strlen (folded, -1);
  return result;
}

void
fd_search_word_free (FdSearchWord *word)
{
  if (word == NULL)
    return;
  g_ptr_array_unref (word->terms);
  g_free (word);
}
