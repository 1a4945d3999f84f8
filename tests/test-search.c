/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

#include "fd-search.h"
#include "fd-test-util.h"

/*
 * The visit log's search through its index (issue "Fast at any size"):
 * "was this person here?" answered by a Chinese given name, the last four
 * digits of a phone number, a company or a host, newest first, paged, and
 * the same answers a scan of every visit gives.  REG-2's fields are what
 * is searched; REG-5 (retention) removes a purged visit's terms with it.
 */

static gint64 fake_now = 1796000000000;  /* 2026-11-30 */

static gint64
add (FdStore    *store,
     const char *name,
     const char *phone,
     const char *company,
     gint64      host)
{
  fake_now += 60 * 1000;
  return fd_test_add_visit_full (store, name, phone, company, host, fake_now);
}

static GPtrArray *
find (FdStore    *store,
      const char *text,
      guint       limit,
      guint       offset)
{
  FdVisitQuery query = { text, 0, 0, limit, offset, FALSE };
  g_autoptr(GError) error = NULL;
  GPtrArray *found = fd_store_find_visits (store, fd_test_staff (), &query, &error);

  g_assert_no_error (error);
  return found;
}

/* The ids found, as "3 2 1". */
static char *
ids (GPtrArray *visits)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < visits->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i > 0 ? " " : "", ((FdVisit *) visits->pdata[i])->id);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
found_ids (FdStore    *store,
           const char *text)
{
  g_autoptr(GPtrArray) visits = find (store, text, 0, 0);

  return ids (visits);
}

/* Asserts that searching @text finds the visits given after it, in that
 * order, ending with 0. */
static void
expect (FdStore    *store,
        const char *text,
        ...)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *got = found_ids (store, text);
  va_list args;
  gint64 id;

  va_start (args, text);
  while ((id = va_arg (args, gint64)) != 0)
    g_string_append_printf (expected, "%s%" G_GINT64_FORMAT, expected->len > 0 ? " " : "", id);
  va_end (args);
  if (g_strcmp0 (got, expected->str) != 0)
    g_test_message ("searching %s", text);
  g_assert_cmpstr (got, ==, expected->str);
}

static void
test_terms (void)
{
  g_auto(GStrv) terms = fd_search_visit_terms ("王小明", "138-1234-5678", "星河科技有限公司", "李娜");
  g_auto(GStrv) latin = fd_search_visit_terms ("John Smith", "+4915112345678", "ACME GmbH", NULL);

  /* A Chinese name by each of its characters, pairs and the whole. */
  g_assert_true (g_strv_contains ((const char * const *) terms, "王"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "小明"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "王小明"));
  /* A phone number by its last four digits and any longer tail. */
  g_assert_true (g_strv_contains ((const char * const *) terms, "#5678"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "#12345678"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "#13812345678"));
  g_assert_false (g_strv_contains ((const char * const *) terms, "#678"));
  /* A company by pairs and triples of characters. */
  g_assert_true (g_strv_contains ((const char * const *) terms, "科技"));
  g_assert_true (g_strv_contains ((const char * const *) terms, "星河科"));
  /* The host, as a name. */
  g_assert_true (g_strv_contains ((const char * const *) terms, "娜"));
  /* Other words by trigrams and their first letters, case-folded. */
  g_assert_true (g_strv_contains ((const char * const *) latin, "smi"));
  g_assert_true (g_strv_contains ((const char * const *) latin, "^jo"));
  g_assert_true (g_strv_contains ((const char * const *) latin, "gmb"));
  g_assert_true (g_strv_contains ((const char * const *) latin, "#15112345678"));
}

static void
test_find_by_parts (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 li_na = fd_test_host_id (store, "李娜", NULL);
  gint64 chen = fd_test_host_id (store, "陈静", NULL);
  gint64 wang1, li, wang2, smith, other;

  fd_store_set_clock (store, fd_test_clock, &fake_now);
  wang1 = add (store, "王小明", "13812345678", "星河科技有限公司", li_na);
  li = add (store, "李小明", "13900005678", "长江物流", chen);
  wang2 = add (store, "王小明", "13812345678", "星河科技有限公司", chen);
  smith = add (store, "John Smith", "+4915112345678", "ACME GmbH", chen);
  other = add (store, "赵芳", "13700001111", NULL, chen);

  /* A given name without the surname finds both 小明, newest first. */
  expect (store, "小明", wang2, li, wang1, (gint64) 0);
  /* The full name, a surname, one character of a given name. */
  expect (store, "王小明", wang2, wang1, (gint64) 0);
  expect (store, "芳", other, (gint64) 0);
  /* The last four digits of a phone number, a longer tail, the whole
   * number as typed with dashes. */
  expect (store, "5678", smith, wang2, li, wang1, (gint64) 0);
  expect (store, "00005678", li, (gint64) 0);
  expect (store, "138-1234-5678", wang2, wang1, (gint64) 0);
  /* A company by a part of its name, alone or with a name. */
  expect (store, "星河科技", wang2, wang1, (gint64) 0);
  expect (store, "物流", li, (gint64) 0);
  expect (store, "小明 长江", li, (gint64) 0);
  /* Latin names: any three letters, or the first letters, in any case. */
  expect (store, "SMITH", smith, (gint64) 0);
  expect (store, "jo", smith, (gint64) 0);
  expect (store, "acme gmbh", smith, (gint64) 0);
  /* A host's name finds the visits to that host, also with a visitor's
   * name; a word nobody has finds nothing. */
  expect (store, "李娜", wang1, (gint64) 0);
  expect (store, "陈静 王小明", wang2, (gint64) 0);
  expect (store, "钱多多", (gint64) 0);
  /* A few digits cannot be looked up: the period is read through. */
  expect (store, "111", other, (gint64) 0);

  /* A renamed host: the visits to them are found under the new name. */
  {
    g_autoptr(FdHost) renamed = fd_store_get_host (store, li_na, NULL);
    g_autoptr(GError) error = NULL;

    g_free (renamed->name);
    renamed->name = g_strdup ("孟婷");
    g_assert_true (fd_store_update_host (store, fd_test_staff (), renamed, &error));
    g_assert_no_error (error);
    expect (store, "孟婷", wang1, (gint64) 0);
    expect (store, "李娜", (gint64) 0);
  }
}

static void
test_newest_first_paged (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  gint64 first_id = 0, last_id = 0;
  FdVisitQuery all = { "王芳芳", 0, 0, 0, 0, FALSE };
  gint64 count = 0;
  g_autoptr(GError) error = NULL;

  fd_store_set_clock (store, fd_test_clock, &fake_now);
  for (int i = 0; i < 25; i++)
    {
      gint64 id = add (store, "王芳芳", "13812340000", NULL, host);

      if (i == 0)
        first_id = id;
      last_id = id;
    }
  /* This month's visit comes first, last year's last: a page of ten,
   * then the next ten ("load more"), then the rest. */
  {
    g_autoptr(GPtrArray) page1 = find (store, "王芳芳", 10, 0);
    g_autoptr(GPtrArray) page2 = find (store, "王芳芳", 10, 10);
    g_autoptr(GPtrArray) page3 = find (store, "王芳芳", 10, 20);

    g_assert_cmpuint (page1->len, ==, 10);
    g_assert_cmpint (((FdVisit *) page1->pdata[0])->id, ==, last_id);
    g_assert_cmpint (((FdVisit *) page2->pdata[0])->id, ==, last_id - 10);
    g_assert_cmpuint (page3->len, ==, 5);
    g_assert_cmpint (((FdVisit *) page3->pdata[4])->id, ==, first_id);
    for (guint i = 1; i < page1->len; i++)
      g_assert_cmpint (((FdVisit *) page1->pdata[i - 1])->visit_ms, >, ((FdVisit *) page1->pdata[i])->visit_ms);
  }
  /* The count, and where counting stops. */
  g_assert_true (fd_store_count_visits (store, fd_test_staff (), &all, 1000, &count, &error));
  g_assert_cmpint (count, ==, 25);
  g_assert_true (fd_store_count_visits (store, fd_test_staff (), &all, 20, &count, &error));
  g_assert_cmpint (count, ==, 20);
  /* A period: the last five minutes hold the last five visits. */
  {
    FdVisitQuery recent = { "王芳芳", fake_now - 5 * 60 * 1000 + 1, fake_now + 1, 0, 0, FALSE };
    FdVisitQuery oldest = { "芳芳", 0, 0, 1, 0, TRUE };
    g_autoptr(GPtrArray) found = fd_store_find_visits (store, fd_test_staff (), &recent, &error);
    g_autoptr(GPtrArray) first = fd_store_find_visits (store, fd_test_staff (), &oldest, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (found->len, ==, 5);
    g_assert_cmpint (((FdVisit *) first->pdata[0])->id, ==, first_id);
  }
}

static gint64
count_terms (FdStore *store,
             gint64   visit_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT COUNT(*) FROM visit_terms WHERE visit_id = %" G_GINT64_FORMAT,
                                          visit_id);

  return fd_test_sql (fd_store_get_path (store), sql);
}

/* KPI-2: a corrected name is found under the new name only; REG-5: a
 * purged visit leaves no term behind. */
static void
test_correction_and_purge (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  g_autoptr(GError) error = NULL;
  gint64 id, purged = 0;

  fd_store_set_clock (store, fd_test_clock, &fake_now);
  id = add (store, "王晓明", "13812345678", NULL, host);
  g_assert_true (fd_store_correct_visit (store, fd_test_staff (), id, "name", "王小明", &error));
  g_assert_no_error (error);
  expect (store, "晓明", (gint64) 0);
  expect (store, "小明", id, (gint64) 0);
  g_assert_cmpint (count_terms (store, id), >, 0);

  g_assert_true (fd_store_checkout (store, fd_test_staff (), id, &error));
  fake_now += 100LL * 24 * 3600 * 1000;
  g_assert_true (fd_store_purge (store, fd_test_staff (), FALSE, &purged, &error));
  g_assert_no_error (error);
  g_assert_cmpint (purged, ==, 1);
  g_assert_cmpint (count_terms (store, id), ==, 0);
  expect (store, "小明", (gint64) 0);
}

/* Whatever part of a name, company or phone number is searched, the index
 * finds exactly the visits a scan of every visit finds. */
static void
test_same_as_scan (void)
{
  static const char * const surnames[] = { "王", "李", "张", "刘", "陈", "欧阳" };
  static const char * const given[] = { "小明", "芳", "伟", "晓燕", "强", "明" };
  static const char * const companies[] = { "星河科技有限公司", "长江物流", "明月设计", NULL, "科技明月" };
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 host = fd_test_host_id (store, "刘洋", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) everything = NULL;
  GRand *rand = g_rand_new_with_seed (12);

  fd_store_set_clock (store, fd_test_clock, &fake_now);
  for (int i = 0; i < 120; i++)
    {
      char *name = g_strconcat (surnames[g_rand_int_range (rand, 0, 6)], given[g_rand_int_range (rand, 0, 6)], NULL);
      g_autofree char *phone = g_strdup_printf ("139%08d", g_rand_int_range (rand, 0, 3) * 1111 +
                                                g_rand_int_range (rand, 0, 2) * 10000000);

      add (store, name, phone, companies[g_rand_int_range (rand, 0, 5)], host);
      g_ptr_array_add (names, name);
    }
  everything = find (store, NULL, 0, 0);
  for (int round = 0; round < 300; round++)
    {
      FdVisit *pick = everything->pdata[g_rand_int_range (rand, 0, (gint32) everything->len)];
      const char *field = round % 3 == 0 ? pick->phone : round % 3 == 1 ? pick->name : pick->company;
      g_autofree char *part = NULL;
      g_autoptr(GString) expected = g_string_new (NULL);
      g_autofree char *got = NULL;
      glong n;

      if (field == NULL || *field == '\0')
        continue;
      n = g_utf8_strlen (field, -1);
      if (round % 3 == 0)
        part = g_strdup (field + strlen (field) - g_rand_int_range (rand, 4, (gint32) strlen (field) + 1));
      else
        {
          glong start = g_rand_int_range (rand, 0, (gint32) n);
          glong len = g_rand_int_range (rand, 1, (gint32) (n - start) + 1);

          if (round % 3 == 2 && len == 1)
            len = MIN (2, n - start);  /* a company by two characters or more */
          if (len < 1)
            continue;
          part = g_utf8_substring (field, start, start + len);
        }
      for (guint i = 0; i < everything->len; i++)
        {
          FdVisit *visit = everything->pdata[i];
          gboolean in_company = visit->company != NULL && strstr (visit->company, part) != NULL &&
                                g_utf8_strlen (part, -1) >= 2;
          gboolean in_phone = g_str_has_suffix (visit->phone, part) && strlen (part) >= 4;

          if (strstr (visit->name, part) != NULL || in_company || in_phone ||
              strstr (visit->host_name, part) != NULL)
            g_string_append_printf (expected, "%s%" G_GINT64_FORMAT, expected->len > 0 ? " " : "", visit->id);
        }
      got = found_ids (store, part);
      if (g_strcmp0 (got, expected->str) != 0)
        g_test_message ("searching %s", part);
      g_assert_cmpstr (got, ==, expected->str);
    }
  g_rand_free (rand);
}

/* The audit log has its own period (a year by default): older entries go
 * with the purge, which says how many; the entries left still verify, and
 * the counts per action (KPI-2) go down with them. */
static void
test_audit_retention (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 registered = 0, checked = 0, broken = -1, purged = -1;
  gint64 old_visit;

  fd_store_set_clock (store, fd_test_clock, &fake_now);
  g_assert_true (fd_store_change_setting (store, fd_test_staff (), "retention_days", "3650", &error));
  old_visit = add (store, "王小明", "13812345678", NULL, host);
  g_assert_true (fd_store_correct_visit (store, fd_test_staff (), old_visit, "name", "王晓明", &error));
  fake_now += 400LL * 24 * 3600 * 1000;
  add (store, "李小明", "13912345678", NULL, host);
  g_assert_true (fd_store_count_audit (store, "visit.register", &registered, &error));
  g_assert_cmpint (registered, ==, 2);

  g_assert_true (fd_store_purge (store, fd_test_staff (), FALSE, &purged, &error));
  g_assert_no_error (error);
  g_assert_cmpint (purged, ==, 0);  /* the visits stay: ten years */
  g_assert_true (fd_store_count_audit (store, "visit.register", &registered, &error));
  g_assert_cmpint (registered, ==, 1);
  g_assert_true (fd_store_count_audit (store, "visit.correct", &registered, &error));
  g_assert_cmpint (registered, ==, 0);
  g_assert_true (fd_store_verify_audit (store, fd_test_staff (), &checked, &broken, &error));
  g_assert_cmpint (broken, ==, 0);
  g_assert_cmpint (checked, >=, 2);
  entries = fd_store_list_audit (store, fd_test_staff (), 1, &error);
  g_assert_nonnull (strstr (((FdAuditEntry *) entries->pdata[0])->detail, "audit entries older than 365 days"));
  /* The visit itself is still found, by its corrected name. */
  expect (store, "晓明", old_visit, (gint64) 0);
}

/* frontdeskctl visits search: security's, newest first, as text or JSON. */
static void
test_ctl_search (void)
{
  g_autoptr(FdStore) store = fd_test_store_new (TRUE);
  g_autoptr(FdSession) security = fd_test_login (store, FD_ROLE_SECURITY);
  g_autoptr(FdSession) reception = fd_test_login (store, FD_ROLE_RECEPTIONIST);
  gint64 host = fd_test_host_id (store, "李娜", NULL);
  const char *db = fd_store_get_path (store);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *older = NULL;
  g_autofree char *newer = NULL;
  gint64 first, second;

  first = add (store, "王小明", "13812345678", "星河科技", host);
  second = add (store, "李小明", "13912345678", NULL, host);
  add (store, "赵芳", "13700001111", NULL, host);

  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--lang", "en", "--user", "test-receptionist",
                                   "visits", "search", "小明", NULL), !=, 0);
  g_assert_nonnull (strstr (err, "security"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--user", "test-security",
                                   "visits", "search", "小明", NULL), ==, 0);
  newer = g_strdup_printf ("%" G_GINT64_FORMAT "\t", second);
  older = g_strdup_printf ("\n%" G_GINT64_FORMAT "\t", first);
  g_assert_true (g_str_has_prefix (out, newer));
  g_assert_nonnull (strstr (out, older));
  g_assert_null (strstr (out, "赵芳"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--user", "test-security", "--json", "--limit", "1",
                                   "visits", "search", "5678", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "李小明"));
  g_assert_null (strstr (out, "王小明"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A period: nothing after the visits; a day not written YYYY-MM-DD is
   * the user's mistake. */
  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--user", "test-security", "--from", "2030-01-01",
                                   "visits", "search", "小明", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (fd_test_ctl_as (db, "1357", &out, &err, "--user", "test-security", "--to", "30.11.2026",
                                   "visits", "search", "小明", NULL), ==, 2);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/search/terms", test_terms);
  g_test_add_func ("/search/find-by-parts", test_find_by_parts);
  g_test_add_func ("/search/newest-first-paged", test_newest_first_paged);
  g_test_add_func ("/search/correction-and-purge", test_correction_and_purge);
  g_test_add_func ("/search/same-as-scan", test_same_as_scan);
  g_test_add_func ("/search/ctl", test_ctl_search);
  g_test_add_func ("/search/audit-retention", test_audit_retention);
  return g_test_run ();
}
