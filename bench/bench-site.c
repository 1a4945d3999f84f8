/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "bench-site.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>

#include "fd-db.h"
#include "fd-search.h"
#include "fd-store.h"

/*
 * A synthetic site for the benchmarks: @n visits, one every 12.6 s up to
 * "now" (5 million is two years of about 7,800 a weekday: a large
 * headquarters; 1,000 is the same site's first 3.5 hours), 300 hosts, visitors from a population that grows with
 * the site (each comes about 20 times), 5 % of visits invited, every visit
 * audited as the app audits it (one chained entry, a correction now and
 * then).  The schema and indexes are the app's own (fd_store_open); the
 * rows are written in bulk, and with the search terms the app would give
 * them, so the site is what years of use would leave.
 *
 * Probes, the same on every site: 欧阳明月 visits 20 times, spread over
 * the whole period; the number 13999990001 visits once; 司马今朝 once,
 * today.
 */

static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
  "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
};
static const char * const given_chars[] = {
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
  "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "萍", "红", "鹏", "飞", "小",
  "文", "辉", "建", "国", "志", "海", "春", "晓", "燕", "雪", "宇", "浩", "博", "欣", "怡",
};
static const char * const company_words[] = {
  "星河", "长江", "明月", "华夏", "东方", "未来", "蓝海", "远航", "金桥", "新城",
  "天成", "恒通", "瑞丰", "中科", "创新", "宏图", "万家", "安信", "嘉禾", "博远",
};
static const char * const company_kinds[] = {
  "科技有限公司", "物流有限公司", "设计", "咨询", "贸易有限公司", "建筑工程", "电子", "食品",
};

#define DAY_MS (G_GINT64_CONSTANT (24) * 3600 * 1000)
/* One visit every 12.6 s, day and night: 5 million in two years.  Every
 * site has the same rate: the small one is the same site, younger. */
#define STEP_MS (730 * DAY_MS / 5000000)

static void
check (int      rc,
       sqlite3 *db,
       int      line)
{
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("bench-site.c:%d: %s", line, sqlite3_errmsg (db));
}
#define CHECK(rc) check ((rc), db, __LINE__)

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  CHECK (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL));
  return stmt;
}

static void
run (sqlite3_stmt *stmt)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_error ("bench site: %s", sqlite3_errmsg (sqlite3_db_handle (stmt)));
  sqlite3_reset (stmt);
}

typedef struct {
  char *name;
  char *phone;
  char *company;
} Person;

static void
person_clear (gpointer data)
{
  Person *person = data;

  g_free (person->name);
  g_free (person->phone);
  g_free (person->company);
}

typedef struct {
  sqlite3      *db;
  sqlite3_stmt *visit;
  sqlite3_stmt *term;
  sqlite3_stmt *audit;
  sqlite3_stmt *invitation;
  char         *chain;
  GPtrArray    *hosts;    /* names; host id i is hosts[i - 1] */
  gint64        next_id;
  gint64        now_ms;
} Builder;

static void
add_audit (Builder    *b,
           gint64      at_ms,
           const char *actor,
           const char *action,
           const char *subject)
{
  char *chain = fd_audit_chain (b->chain, at_ms, actor, action, subject, NULL);

  sqlite3_bind_int64 (b->audit, 1, at_ms);
  sqlite3_bind_text (b->audit, 2, actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (b->audit, 3, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (b->audit, 4, subject, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (b->audit, 5, chain, -1, SQLITE_TRANSIENT);
  run (b->audit);
  g_free (b->chain);
  b->chain = chain;
}

static void
add_visit (Builder      *b,
           const Person *person,
           gint64        host_id,
           gint64        visit_ms,
           GRand        *rand)
{
  gint64 id = b->next_id++;
  gboolean on_site = visit_ms > b->now_ms - 2 * 3600 * 1000;
  g_autofree char *token = g_strdup_printf ("%016" G_GINT64_MODIFIER "x%016" G_GINT64_MODIFIER "x",
                                            (gint64) g_rand_int (rand) << 20 ^ id, id);
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, id);
  g_auto(GStrv) terms = NULL;

  sqlite3_bind_int64 (b->visit, 1, id);
  sqlite3_bind_text (b->visit, 2, on_site ? "on_site" : "left", -1, SQLITE_STATIC);
  sqlite3_bind_text (b->visit, 3, person->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (b->visit, 4, person->phone, -1, SQLITE_STATIC);
  if (person->company != NULL)
    sqlite3_bind_text (b->visit, 5, person->company, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (b->visit, 5);
  sqlite3_bind_int64 (b->visit, 6, host_id);
  sqlite3_bind_int64 (b->visit, 7, visit_ms);
  if (on_site)
    sqlite3_bind_null (b->visit, 8);
  else
    sqlite3_bind_int64 (b->visit, 8, visit_ms + 3600 * 1000);
  sqlite3_bind_text (b->visit, 9, token, -1, SQLITE_STATIC);
  run (b->visit);
  terms = fd_search_visit_terms (person->name, person->phone, person->company,
                                 b->hosts->pdata[host_id - 1]);
  for (guint i = 0; terms[i] != NULL; i++)
    {
      sqlite3_bind_text (b->term, 1, terms[i], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (b->term, 2, visit_ms);
      sqlite3_bind_int64 (b->term, 3, id);
      run (b->term);
    }
  add_audit (b, visit_ms, "kiosk", "visit.register", subject);
  if (g_rand_int_range (rand, 0, 1000) == 0)
    add_audit (b, visit_ms + 60000, "test-receptionist", "visit.correct", subject);
  if (g_rand_int_range (rand, 0, 20) == 0)
    {
      g_autofree char *day = fd_format_local_time (visit_ms, "%Y-%m-%d");
      g_autofree char *code = g_strdup_printf ("B%07" G_GINT64_FORMAT, id);

      sqlite3_bind_text (b->invitation, 1, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (b->invitation, 2, person->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (b->invitation, 3, person->phone, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (b->invitation, 4, host_id);
      sqlite3_bind_text (b->invitation, 5, day, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (b->invitation, 6, id);
      sqlite3_bind_int64 (b->invitation, 7, visit_ms - DAY_MS);
      run (b->invitation);
    }
}

static char *
random_name (GRand *rand)
{
  const char *surname = surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))];
  const char *first = given_chars[g_rand_int_range (rand, 0, G_N_ELEMENTS (given_chars))];

  if (g_rand_boolean (rand))
    return g_strconcat (surname, first, NULL);
  return g_strconcat (surname, first, given_chars[g_rand_int_range (rand, 0, G_N_ELEMENTS (given_chars))], NULL);
}

/* Builds the site of @n visits at @path, whose last visit is an hour
 * before BENCH_NOW_MS; an existing file built for the same @n is kept. */
static void
build_site (const char *path,
            gint64      n)
{
  gint64 now_ms = BENCH_NOW_MS;
  g_autoptr(GError) error = NULL;
  g_autofree char *stamp = g_strdup_printf ("%s.built", path);
  g_autofree char *stamp_text = g_strdup_printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT, n, now_ms);
  g_autofree char *old = NULL;
  g_autoptr(GArray) people = g_array_new (FALSE, TRUE, sizeof (Person));
  GRand *rand = g_rand_new_with_seed (2026);
  Builder b = { 0 };
  sqlite3 *db = NULL;
  gint64 n_people = MAX (n / 20, 50);
  gint64 probe_every = n / 20;
  gint64 phone_probe_at = n / 2;
  gint64 start_ms = g_get_monotonic_time ();

  if (g_file_get_contents (stamp, &old, NULL, NULL) && g_str_equal (old, stamp_text))
    return;
  g_unlink (stamp);
  g_unlink (path);
  {
    g_autofree char *wal = g_strdup_printf ("%s-wal", path);
    g_autofree char *shm = g_strdup_printf ("%s-shm", path);

    g_unlink (wal);
    g_unlink (shm);
  }

  /* The app's schema, and the retention of a site that keeps two years. */
  {
    g_autoptr(FdStore) store = fd_store_open (path, &error);

    g_assert_no_error (error);
    fd_store_set_setting (store, "retention_days", "800", &error);
    g_assert_no_error (error);
    fd_store_set_setting (store, "company_name", "星河科技", &error);
    g_assert_no_error (error);
  }

  CHECK (sqlite3_open (path, &db));
  CHECK (sqlite3_exec (db, "PRAGMA synchronous=OFF; PRAGMA cache_size=-4000000; BEGIN", NULL, NULL, NULL));
  b.hosts = g_ptr_array_new_with_free_func (g_free);
  {
    sqlite3_stmt *host = prepare (db, "INSERT INTO hosts (name, department, title, email, phone, created_ms, updated_ms) "
                                      "VALUES (?, ?, '先生', ?, ?, 0, 0)");

    for (int i = 0; i < 300; i++)
      {
        g_autofree char *name = random_name (rand);
        g_autofree char *department = g_strdup_printf ("第%d事业部", i % 12 + 1);
        g_autofree char *email = g_strdup_printf ("host%d@example.com", i);
        g_autofree char *phone = g_strdup_printf ("1380000%04d", i);

        sqlite3_bind_text (host, 1, name, -1, SQLITE_STATIC);
        sqlite3_bind_text (host, 2, department, -1, SQLITE_STATIC);
        sqlite3_bind_text (host, 3, email, -1, SQLITE_STATIC);
        sqlite3_bind_text (host, 4, phone, -1, SQLITE_STATIC);
        run (host);
        g_ptr_array_add (b.hosts, g_steal_pointer (&name));
      }
    sqlite3_finalize (host);
  }

  g_array_set_clear_func (people, person_clear);
  for (gint64 i = 0; i < n_people; i++)
    {
      Person person = { 0 };

      person.name = random_name (rand);
      /* 139 9999 xxxx is kept for the probe */
      person.phone = g_strdup_printf ("1%d%d%08d", g_rand_int_range (rand, 3, 9), g_rand_int_range (rand, 0, 9),
                                      g_rand_int_range (rand, 0, 99999999));
      if (g_rand_int_range (rand, 0, 5) > 0)
        person.company = g_strconcat (company_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (company_words))],
                                      company_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (company_words))],
                                      company_kinds[g_rand_int_range (rand, 0, G_N_ELEMENTS (company_kinds))], NULL);
      g_array_append_val (people, person);
    }

  b.db = db;
  b.now_ms = now_ms;
  b.next_id = 1;
  b.visit = prepare (db, "INSERT INTO visits (id, state, name, phone, company, purpose, host_id, visit_ms, arrived_ms, "
                         "left_ms, badge_token, created_ms, updated_ms, badge_state) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, '商务洽谈', ?6, ?7, ?7, ?8, ?9, ?7, ?7, 'printed')");
  b.term = prepare (db, "INSERT OR IGNORE INTO visit_terms (term, visit_ms, visit_id) VALUES (?, ?, ?)");
  b.audit = prepare (db, "INSERT INTO audit_log (at_ms, actor, action, subject, chain) VALUES (?, ?, ?, ?, ?)");
  b.invitation = prepare (db, "INSERT INTO invitations (code, state, name, phone, purpose, host_id, day, visit_id, "
                              "created_by, created_ms, updated_ms) "
                              "VALUES (?1, 'used', ?2, ?3, '商务洽谈', ?4, ?5, ?6, 'test-receptionist', ?7, ?7)");
  {
    Person probe = { (char *) "欧阳明月", (char *) "13912345670", (char *) "远航设计" };
    Person phone_probe = { (char *) "钱小红", (char *) "13999990001", NULL };
    Person today_probe = { (char *) "司马今朝", (char *) "13999990002", NULL };

    for (gint64 i = 0; i < n; i++)
      {
        /* Spread evenly, the last one an hour before now. */
        gint64 visit_ms = now_ms - 3600 * 1000 - STEP_MS * (n - 1 - i);
        const Person *person = &g_array_index (people, Person, g_rand_int_range (rand, 0, (gint32) n_people));
        gint64 host = g_rand_int_range (rand, 1, 301);

        if (i % probe_every == probe_every - 1)
          person = &probe;
        else if (i == phone_probe_at)
          person = &phone_probe;
        else if (i == n - 100)
          person = &today_probe;
        add_visit (&b, person, host, visit_ms, rand);
        if (i > 0 && i % 500000 == 0)
          {
            CHECK (sqlite3_exec (db, "COMMIT; BEGIN", NULL, NULL, NULL));
            fprintf (stderr, "  %s: %" G_GINT64_FORMAT " visits (%.0f s)\n", path, i,
                     (g_get_monotonic_time () - start_ms) / 1e6);
          }
      }
  }
  /* Today's invitations: a dozen still open. */
  {
    g_autofree char *today = fd_format_local_time (now_ms, "%Y-%m-%d");

    for (int i = 1; i <= 12; i++)
      {
        g_autofree char *one = g_strdup_printf (
          "INSERT INTO invitations (code, state, name, phone, purpose, host_id, day, created_by, created_ms, "
          "updated_ms) VALUES ('T%d', 'open', '访客%d', '139000%05d', '面试', %d, '%s', 'test-receptionist', "
          "%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")", i, i, 10000 + i, 1 + i, today, now_ms - DAY_MS,
          now_ms - DAY_MS);

        CHECK (sqlite3_exec (db, one, NULL, NULL, NULL));
      }
  }
  sqlite3_finalize (b.visit);
  sqlite3_finalize (b.term);
  sqlite3_finalize (b.audit);
  sqlite3_finalize (b.invitation);
  g_free (b.chain);
  g_ptr_array_unref (b.hosts);
  {
    g_autofree char *version = g_strdup_printf ("INSERT OR REPLACE INTO settings (key, value, updated_ms) "
                                                "VALUES ('search_version', '%d', 0)", FD_SEARCH_VERSION);

    CHECK (sqlite3_exec (db, version, NULL, NULL, NULL));
  }
  CHECK (sqlite3_exec (db, "DELETE FROM audit_counts; "
                           "INSERT INTO audit_counts (action, n) SELECT action, COUNT(*) FROM audit_log GROUP BY action",
                      NULL, NULL, NULL));
  CHECK (sqlite3_exec (db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL));
  sqlite3_close (db);
  g_rand_free (rand);
  g_file_set_contents (stamp, stamp_text, -1, NULL);
  fprintf (stderr, "  %s: %" G_GINT64_FORMAT " visits built in %.0f s\n", path, n,
           (g_get_monotonic_time () - start_ms) / 1e6);
}

/**
 * bench_site_prepare:
 * @dir: (nullable): where sites are kept; %NULL: bench-sites beside the
 *   program @argv0
 *
 * Returns: (transfer full): the path of the site of @n visits, built
 *   unless it is there already.
 */
char *
bench_site_prepare (const char *dir,
                    const char *argv0,
                    gint64      n)
{
  g_autofree char *exe_dir = g_path_get_dirname (argv0);
  g_autofree char *folder = dir != NULL ? g_strdup (dir) : g_build_filename (exe_dir, "bench-sites", NULL);
  g_autofree char *name = g_strdup_printf ("site-%" G_GINT64_FORMAT ".db", n);
  char *path = g_build_filename (folder, name, NULL);

  g_mkdir_with_parents (folder, 0700);
  fprintf (stderr, "site of %" G_GINT64_FORMAT " visits: %s\n", n, path);
  build_site (path, n);
  return path;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
bench_median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}
