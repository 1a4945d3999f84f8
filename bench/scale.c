/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The store at any size: each operation on a site of 1,000 visits and on
 * one of N (default 5 million), alternating, in one process.
 *
 *   scale [--visits N] [--rounds R] [--dir DIR] [--pg-host SOCKET_DIR|HOST]
 *
 * With --pg-host, each site is copied (fd_store_copy_to, as frontdeskctl
 * migrate does) into a database of its own on that PostgreSQL server
 * (user fd; kept and reused when it holds the site) and measured there.
 *
 * Builds both sites into DIR (default: bench-sites beside this program;
 * kept, and reused when asked for the same N) with bench-site.c, then
 * prints one line per operation: its median on each site and the ratio
 * (N over 1k).  See README.md, "Benchmarks".
 */
#include <glib/gstdio.h>
#include <stdio.h>

#include <libpq-fe.h>

#include "bench-site.h"
#include "fd-db.h"
#include "fd-store.h"

typedef struct {
  FdStore         *store;
  const FdSession *session;
  gint64           now_ms;
  char            *dir;
} Site;

typedef void (*Operation) (Site *site);

static gint64
site_clock (gpointer data)
{
  return ((Site *) data)->now_ms;
}

static void
search (Site       *site,
        const char *text,
        gint64      from_ms)
{
  FdVisitQuery query = { text, from_ms, 0, 50, 0, FALSE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = fd_store_find_visits (site->store, site->session, &query, &error);
  gint64 count = 0;

  g_assert_no_error (error);
  /* The visit log's page: the newest 50 and how many there are. */
  fd_store_count_visits (site->store, site->session, &query, 1001, &count, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count, >=, (gint64) visits->len);
}

static void
op_name_all_time (Site *site)
{
  search (site, BENCH_PROBE_NAME, 0);
}

static void
op_phone_all_time (Site *site)
{
  search (site, BENCH_PROBE_PHONE, 0);
}

static void
op_name_one_day (Site *site)
{
  g_autofree char *today = fd_format_local_time (site->now_ms, "%Y-%m-%d");
  gint64 from, to;

  fd_day_range (today, &from, &to);
  search (site, BENCH_PROBE_TODAY, from);
}

static void
op_surname_all_time (Site *site)
{
  search (site, "王", 0);
}

static void
op_last_four (Site *site)
{
  search (site, "0001", 0);
}

static void
op_invitations_today (Site *site)
{
  g_autofree char *today = fd_format_local_time (site->now_ms, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = fd_store_list_invitations (site->store, site->session, today, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 12);
}

static void
op_corrections (Site *site)
{
  gint64 count = 0;

  g_assert_true (fd_store_count_audit (site->store, "visit.correct", &count, NULL));
}

static void
op_purge_dry_run (Site *site)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (fd_store_purge (site->store, site->session, TRUE, &n, &error));
  g_assert_cmpint (n, ==, 0);
}

static void
op_on_site (Site *site)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) visits = fd_store_list_visits (site->store, site->session, FD_VISITS_ON_SITE, &error);

  g_assert_no_error (error);
}

static void
op_check_in_out (Site *site)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = NULL;
  gint64 id;

  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->company = g_strdup ("长江物流");
  reg->purpose = g_strdup ("面试");
  reg->host_id = 1;
  reg->visit_ms = site->now_ms;
  id = fd_store_add_visit (site->store, reg, &error);
  g_assert_no_error (error);
  visit = fd_store_get_visit (site->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (fd_store_checkout_by_token (site->store, NULL, visit->badge_token, &error), ==, id);
}

static void
op_export_today (Site *site)
{
  g_autofree char *day = fd_format_local_time (site->now_ms, "%Y-%m-%d");
  g_autofree char *path = g_build_filename (site->dir, "export.csv", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (fd_store_export (site->store, site->session, day, day, FD_EXPORT_CSV, path, NULL, &error));
}

/* How many visits today's export writes. */
static gint64
day_visits (Site *site)
{
  g_autofree char *today = fd_format_local_time (site->now_ms, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;
  FdVisitQuery query = { NULL, 0, 0, 0, 0, TRUE };
  gint64 count = 0;

  fd_day_range (today, &query.from_ms, &query.to_ms);
  g_assert_true (fd_store_count_visits (site->store, site->session, &query, G_MAXINT64, &count, &error));
  g_assert_no_error (error);
  return MAX (count, 1);
}

static const struct {
  const char *name;
  Operation   run;
  const char *note;  /* why it may grow, by design; NULL: it must not */
} operations[] = {
  { "visit log, name (20 visits), all time", op_name_all_time, NULL },
  { "visit log, phone (1 visit), all time", op_phone_all_time, NULL },
  { "visit log, name, one day", op_name_one_day, NULL },
  { "today's invitations", op_invitations_today, NULL },
  { "visit.correct count (KPI-2)", op_corrections, NULL },
  { "purge dry run", op_purge_dry_run, NULL },
  { "on-site list", op_on_site, NULL },
  { "check-in and check-out by badge", op_check_in_out, NULL },
  { "visit log, surname 王, all time", op_surname_all_time, "counts what it finds, up to 1,001" },
  { "visit log, last four digits 0001, all time", op_last_four, "counts what it finds, up to 1,001" },
  { "export of today", op_export_today, "writes the day's visits" },
};

/* The site of @path on the PostgreSQL server at @host: copied there
 * unless its database holds it already.  Returns the database's URI. */
static char *
site_on_server (const char *path,
                const char *host,
                gint64      n)
{
  g_autofree char *name = g_strdup_printf ("fdbench_%" G_GINT64_FORMAT, n);
  g_autofree char *server = g_strdup_printf ("postgresql://fd@/postgres?host=%s", host);
  char *uri = g_strdup_printf ("postgresql://fd@/%s?host=%s", name, host);
  g_autofree char *create = g_strdup_printf ("CREATE DATABASE %s", name);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) station = fd_session_new_system ();
  PGconn *conn = PQconnectdb (server);
  PGresult *result;
  gint64 visits = 0;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("%s", PQerrorMessage (conn));
  result = PQexec (conn, create);  /* fails when it exists: fine */
  PQclear (result);
  PQfinish (conn);
  {
    g_autoptr(FdStore) target = fd_store_open (uri, &error);  /* the schema, on a new database */
    FdDb *db = fd_db_open (uri, &error);

    g_assert_no_error (error);
    g_assert_true (fd_db_query_int (db, "SELECT COUNT(*) FROM visits", FD_DB_NO_ARGS, &visits, &error));
    fd_db_close (db);
  }
  if (visits < n)
    {
      g_autoptr(FdStore) source = fd_store_open (path, &error);
      g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s", name);
      gint64 start = g_get_monotonic_time ();

      g_assert_no_error (error);
      fprintf (stderr, "  copying the site of %" G_GINT64_FORMAT " visits to %s\n", n, name);
      /* fd_store_open wrote its settings: the copy wants an empty database. */
      conn = PQconnectdb (server);
      result = PQexec (conn, drop);
      PQclear (result);
      result = PQexec (conn, create);
      PQclear (result);
      PQfinish (conn);
      if (!fd_store_copy_to (source, station, uri, NULL, &error))
        g_error ("copying to %s: %s", name, error->message);
      fprintf (stderr, "  copied in %.0f s\n", (g_get_monotonic_time () - start) / 1e6);
    }
  return uri;
}

static void
open_site (Site       *site,
           const char *dir,
           const char *argv0,
           const char *pg_host,
           gint64      n)
{
  g_autofree char *path = bench_site_prepare (dir, argv0, n);
  g_autofree char *uri = pg_host != NULL ? site_on_server (path, pg_host, n) : NULL;
  g_autoptr(GError) error = NULL;

  site->dir = g_path_get_dirname (path);
  site->now_ms = BENCH_NOW_MS;
  site->store = fd_store_open (uri != NULL ? uri : path, &error);
  g_assert_no_error (error);
  fd_store_set_clock (site->store, site_clock, site);
  site->session = fd_session_new_system ();
}

int
main (int    argc,
      char **argv)
{
  gint64 n = 5000000;
  int rounds = 15;
  g_autofree char *dir = NULL;
  g_autofree char *pg_host = NULL;
  GOptionEntry entries[] = {
    { "pg-host", 0, 0, G_OPTION_ARG_STRING, &pg_host, "Measure on this PostgreSQL server (user fd)", "HOST" },
    { "visits", 0, 0, G_OPTION_ARG_INT64, &n, "Visits on the large site (default 5000000)", "N" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Measurements per operation and site (default 15)", "R" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where the sites are built and kept", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- the store at 1,000 and at N visits");
  g_autoptr(GError) error = NULL;
  Site small = { 0 }, large = { 0 };
  GArray *at_small[G_N_ELEMENTS (operations)];
  GArray *at_large[G_N_ELEMENTS (operations)];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 2;
    }
  open_site (&small, dir, argv[0], pg_host, 1000);
  open_site (&large, dir, argv[0], pg_host, n);

  printf ("store on %s at 1,000 and at %" G_GINT64_FORMAT " visits; median of %d, alternating\n",
          pg_host != NULL ? "PostgreSQL" : "SQLite", n, rounds);
  /* Every round runs every operation on both sites, the order of the
   * sites alternating: a moment when the machine is slow (a database
   * server's process woken late, on a shared machine) then falls on all
   * operations and both sizes alike, not on one operation's rounds. */
  for (guint op = 0; op < G_N_ELEMENTS (operations); op++)
    {
      at_small[op] = g_array_new (FALSE, FALSE, sizeof (double));
      at_large[op] = g_array_new (FALSE, FALSE, sizeof (double));
      operations[op].run (&small);  /* warm-up: the pages in memory */
      operations[op].run (&large);
    }
  /* The operations that must not grow first, then those that read more of
   * a larger history by design: the thousands of old pages these read
   * would otherwise push the others' pages out of the server's cache. */
  for (int growing = 0; growing < 2; growing++)
    for (int r = 0; r < rounds; r++)
      for (guint op = 0; op < G_N_ELEMENTS (operations); op++)
        for (int which = 0; growing == (operations[op].note != NULL) && which < 2; which++)
          {
            Site *site = (r + which) % 2 == 0 ? &small : &large;
            gint64 start = g_get_monotonic_time ();
            double ms;

            operations[op].run (site);
            ms = (g_get_monotonic_time () - start) / 1000.0;
            g_array_append_val (site == &small ? at_small[op] : at_large[op], ms);
          }
  for (guint op = 0; op < G_N_ELEMENTS (operations); op++)
    {
      double median_small = bench_median (at_small[op]);
      double median_large = bench_median (at_large[op]);

      /* The median, and the fastest of the rounds: the cost of the work
       * itself, with less of what else the machine did meanwhile. */
      printf ("%-44s 1k %7.3f ms   %" G_GINT64_FORMAT " %7.3f ms   ratio %.2f   fastest %.2f%s%s%s\n",
              operations[op].name, median_small, n, median_large, median_large / median_small,
              g_array_index (at_large[op], double, 0) / g_array_index (at_small[op], double, 0),
              operations[op].note != NULL ? " (" : "", operations[op].note != NULL ? operations[op].note : "",
              operations[op].note != NULL ? ")" : "");
      if (operations[op].run == op_export_today)
        {
          /* A day of the large site has more visits than the small site's
           * first hours: the export's cost per visit written is what must
           * not grow with the history (issue: one day's export). */
          gint64 small_day = day_visits (&small), large_day = day_visits (&large);

          printf ("%-44s 1k %7.3f us  %" G_GINT64_FORMAT " %7.3f us  ratio %.2f   (%" G_GINT64_FORMAT " and %"
                  G_GINT64_FORMAT " visits)\n", "export of today, per visit written",
                  median_small * 1000 / small_day, n, median_large * 1000 / large_day,
                  (median_large / large_day) / (median_small / small_day), small_day, large_day);
        }
      g_array_unref (at_small[op]);
      g_array_unref (at_large[op]);
    }
  g_object_unref (small.store);
  g_object_unref (large.store);
  return 0;
}
