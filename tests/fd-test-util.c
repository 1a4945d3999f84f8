/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-test-util.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <libpq-fe.h>
#include <unistd.h>

#include "fd-db.h"
#include <sys/wait.h>

static GHashTable *db_dirs;  /* database URI → its test folder */
G_LOCK_DEFINE_STATIC (db_dirs);

/* A new, empty database on the private server tests/postgresql.sh
 * started (@server: its address); returns its URI. */
static char *
new_pg_database (const char *server,
                 const char *dir)
{
  static gint counter;
  g_autofree char *name = g_strdup_printf ("fdtest_%d_%d", (int) getpid (), g_atomic_int_add (&counter, 1));
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);
  g_autofree char *socket = g_strdup (g_getenv ("FD_TEST_POSTGRESQL_DIR"));
  PGconn *conn = PQconnectdb (server);
  PGresult *result;
  char *uri;

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("The tests' PostgreSQL server does not answer: %s", PQerrorMessage (conn));
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);

  uri = g_strdup_printf ("postgresql://fd@/%s?host=%s", name, socket);
  G_LOCK (db_dirs);
  if (db_dirs == NULL)
    db_dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (db_dirs, g_strdup (uri), g_strdup (dir));
  G_UNLOCK (db_dirs);
  return uri;
}

/* A fresh database in a folder of its own under the test's temp dir: a
 * SQLite file, or, when the suite runs against PostgreSQL
 * (FD_TEST_ENGINE=postgresql, under tests/postgresql.sh), a new database
 * on that server, with the folder kept for the test's other files. */
char *
fd_test_temp_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-test-XXXXXX", &error);

  g_assert_no_error (error);
  if (fd_test_on_postgresql ())
    return fd_test_temp_pg_db ();
  return g_build_filename (dir, "frontdesk.db", NULL);
}

/* A new database on the tests' PostgreSQL server, whatever the engine of
 * the run: for the tests of what only a server does. */
char *
fd_test_temp_pg_db (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("frontdesk-test-XXXXXX", &error);
  const char *server = g_getenv ("FD_TEST_POSTGRESQL");

  g_assert_no_error (error);
  if (server == NULL || *server == '\0')
    g_error ("This test needs the tests' PostgreSQL server: run it under tests/postgresql.sh");
  return new_pg_database (server, dir);
}

/**
 * fd_test_db_dir:
 * @db: a database fd_test_temp_db() made
 *
 * Returns: (transfer full): the folder of the test that uses @db, for its
 *   key file, exports and other files.
 */
char *
fd_test_db_dir (const char *db)
{
  char *dir = NULL;

  G_LOCK (db_dirs);
  if (db_dirs != NULL)
    dir = g_strdup (g_hash_table_lookup (db_dirs, db));
  G_UNLOCK (db_dirs);
  return dir != NULL ? dir : g_path_get_dirname (db);
}

/* Runs @sql on database @db through a connection of its own, as a
 * database tool would, and returns the first column of its first row (0
 * when it returns none). */
gint64
fd_test_sql (const char *db,
             const char *sql)
{
  g_autoptr(GError) error = NULL;
  FdDb *raw = fd_db_open (db, &error);
  gint64 value = 0;

  g_assert_no_error (error);
  g_assert_true (fd_db_query_int (raw, sql, FD_DB_NO_ARGS, &value, &error));
  g_assert_no_error (error);
  fd_db_close (raw);
  return value;
}

static gboolean
first_text_cb (FdDbRow  *row,
               gpointer  user_data)
{
  *(char **) user_data = fd_db_row_dup (row, 0);
  return FALSE;
}

/* As fd_test_sql(), for a text: the first column of the first row. */
char *
fd_test_sql_text (const char *db,
                  const char *sql)
{
  g_autoptr(GError) error = NULL;
  FdDb *raw = fd_db_open (db, &error);
  char *value = NULL;

  g_assert_no_error (error);
  g_assert_true (fd_db_exec (raw, sql, FD_DB_NO_ARGS, first_text_cb, &value, &error));
  g_assert_no_error (error);
  fd_db_close (raw);
  return value;
}

/**
 * fd_test_station_file:
 * @db: a database of fd_test_temp_db()
 *
 * Returns: (transfer full): a station file in the test's folder that names
 *   @db and the station key beside it.  A server's database has no folder
 *   of its own: the station file says where the station keeps its key, as
 *   a site's station file would.
 */
char *
fd_test_station_file (const char *db)
{
  g_autofree char *dir = fd_test_db_dir (db);
  g_autofree char *text = g_strdup_printf ("[station]\ndatabase=%s\nkey-file=%s/frontdesk.key\n", db, dir);
  char *station = g_build_filename (dir, "station.conf", NULL);

  g_assert_true (g_file_set_contents (station, text, -1, NULL));
  return station;
}

static void
run_server_script (const char *variable,
                   const char *command)
{
  const char *argv[] = { g_getenv (variable), command, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_nonnull (argv[0]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
}

/* Stops, starts or restarts the tests' PostgreSQL server
 * (tests/postgresql.sh), as a server that goes away and comes back. */
void
fd_test_pg_server (const char *command)
{
  run_server_script ("FD_TEST_POSTGRESQL_SERVER", command);
}

/* The server's hot standby (tests/postgresql.sh): "create" (a base
 * backup of the server as it is now), "start", "stop", "promote",
 * "remove". */
void
fd_test_pg_standby (const char *command)
{
  run_server_script ("FD_TEST_POSTGRESQL_STANDBY", command);
}

/* For a test program that needs the tests' PostgreSQL server: without one
 * (meson test run by hand, not through make test's tests/postgresql.sh),
 * it says so and is skipped. */
void
fd_test_require_postgresql (void)
{
  const char *server = g_getenv ("FD_TEST_POSTGRESQL");

  if (server != NULL && *server != '\0')
    return;
  printf ("1..0 # SKIP needs a PostgreSQL server: run under tests/postgresql.sh (make test does)\n");
  exit (0);
}

/* Whether the suite runs against PostgreSQL. */
gboolean
fd_test_on_postgresql (void)
{
  return g_strcmp0 (g_getenv ("FD_TEST_ENGINE"), "postgresql") == 0;
}

FdStore *
fd_test_store_new (gboolean with_demo)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fd_test_temp_db ();
  FdStore *store = fd_store_open (path, &error);

  g_assert_no_error (error);
  if (with_demo)
    {
      fd_store_seed_demo (store, &error);
      g_assert_no_error (error);
    }
  return store;
}

/* Gives @store its station key (the key file beside the database, made
 * on first use), so that it takes ID numbers. */
void
fd_test_store_load_key (FdStore *store)
{
  g_autofree char *dir = fd_test_db_dir (fd_store_get_path (store));
  g_autofree char *key = g_build_filename (dir, "frontdesk.key", NULL);
  g_autoptr(GError) error = NULL;
  g_assert_true (fd_store_load_key (store, key, FD_LANG_EN, &error));
  g_assert_no_error (error);
}

/* The station's own session (an administrator's rights, not an account),
 * for tests of what a staff action does rather than who may do it; it
 * lives as long as the process. */
const FdSession *
fd_test_staff (void)
{
  static FdSession *station;

  if (g_once_init_enter (&station))
    g_once_init_leave (&station, fd_session_new_system ());
  return station;
}

/* A staff member of @role, logged in the way the window does it: the
 * account is "test-<role>" with the PIN 1357. */
FdSession *
fd_test_login (FdStore *store,
               FdRole   role)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) system = fd_session_new_system ();
  g_autofree char *user = g_strdup_printf ("test-%s", fd_role_to_string (role));
  FdSession *session = fd_store_login (store, user, "1357", NULL);

  if (session != NULL)
    return session;
  fd_store_add_staff (store, system, user, user, role, "1357", &error);
  g_assert_no_error (error);
  session = fd_store_login (store, user, "1357", &error);
  g_assert_no_error (error);
  return session;
}

gint64
fd_test_host_id (FdStore    *store,
                 const char *name,
                 const char *department)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) hosts = fd_store_list_hosts (store, FALSE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = g_ptr_array_index (hosts, i);

      if (g_str_equal (host->name, name) &&
          (department == NULL || g_str_equal (host->department, department)))
        return host->id;
    }
  g_assert_not_reached ();
}

gint64
fd_test_add_visit (FdStore    *store,
                   const char *name,
                   const char *phone,
                   gint64      host_id)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  reg->name = g_strdup (name);
  reg->phone = g_strdup (phone);
  reg->purpose = g_strdup ("商务洽谈");
  reg->host_id = host_id;
  reg->visit_ms = fd_store_now_ms (store);
  id = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A store clock that reads the time from the gint64 @user_data points
 * to: fd_store_set_clock (store, fd_test_clock, &now). */
gint64
fd_test_clock (gpointer user_data)
{
  return *(gint64 *) user_data;
}

void
fd_test_desk_open (FdTestDesk *desk)
{
  desk->store = fd_test_store_new (TRUE);
  desk->now = 1796000000000;  /* 2026-11-30 08:53 in Shanghai */
  fd_store_set_clock (desk->store, fd_test_clock, &desk->now);
  desk->desk = fd_test_login (desk->store, FD_ROLE_RECEPTIONIST);
  desk->wang = fd_test_host_id (desk->store, "王芳", NULL);
}

void
fd_test_desk_close (FdTestDesk *desk)
{
  g_clear_pointer (&desk->desk, fd_session_free);
  g_clear_object (&desk->store);
}

/* The first column of the first row of @sql on the desk's database. */
gint64
fd_test_desk_sql (FdTestDesk *desk,
                  const char *sql)
{
  return fd_test_sql (fd_store_get_path (desk->store), sql);
}

/* A visit with every field given, at @visit_ms (the store's clock must
 * say the same, for its other times). */
gint64
fd_test_add_visit_full (FdStore    *store,
                        const char *name,
                        const char *phone,
                        const char *company,
                        gint64      host_id,
                        gint64      visit_ms)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  reg->name = g_strdup (name);
  reg->phone = g_strdup (phone);
  reg->company = g_strdup (company);
  reg->purpose = g_strdup ("商务洽谈");
  reg->host_id = host_id;
  reg->visit_ms = visit_ms;
  id = fd_store_add_visit (store, reg, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* Iterates the default main context until @condition holds; FALSE on
 * timeout. */
gboolean
fd_test_wait_until (gboolean (*condition) (gpointer),
                    gpointer   data,
                    guint      timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* Conditions for fd_test_wait_until(). */
gboolean
fd_test_is_true (gpointer data)
{
  return *(gboolean *) data;
}

gboolean
fd_test_is_positive (gpointer data)
{
  return *(int *) data > 0;
}

/* A signal handler that counts emissions into the int at @counter. */
void
fd_test_count_cb (gpointer instance,
                  gpointer counter)
{
  (*(int *) counter)++;
}

/* Runs a Python script from Debian's python3 with @arg as sys.argv[1];
 * returns what it printed, after asserting it succeeded. */
char *
fd_test_python (const char *script,
                const char *arg)
{
  const char *argv[] = { "/usr/bin/python3", "-c", script, arg, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Runs the real frontdeskctl on @db with the NULL-terminated arguments in
 * @args, as an administrator's script would; returns its exit status. */
int
fd_test_ctlv (const char  *db,
              char       **out,
              char       **err,
              va_list      args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status = 0;

  g_autofree char *station = fd_test_station_file (db);

  g_ptr_array_add (argv, (char *) g_getenv ("FRONTDESKCTL"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) db);
  g_ptr_array_add (argv, (char *) "--config");
  g_ptr_array_add (argv, station);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

/* Runs frontdeskctl on @db with the arguments after @err, the password of
 * its --user (if any) in FRONTDESK_PASSWORD; returns the exit status. */
int
fd_test_ctl_as (const char  *db,
                const char  *password,
                char       **out,
                char       **err,
                ...)
{
  va_list ap;
  int status;

  if (password != NULL)
    g_setenv ("FRONTDESK_PASSWORD", password, TRUE);
  else
    g_unsetenv ("FRONTDESK_PASSWORD");
  va_start (ap, err);
  status = fd_test_ctlv (db, out, err, ap);
  va_end (ap);
  g_unsetenv ("FRONTDESK_PASSWORD");
  return status;
}

/* The live badge token of visit @id in the database file @db, read as the
 * printer's check needs it (frontdeskctl never prints one). */
char *
fd_test_stored_token (const char *db,
                      gint64      id)
{
  g_autoptr(FdStore) store = fd_store_open (db, NULL);
  g_autoptr(FdVisit) visit = fd_store_get_visit (store, id, NULL);

  return g_strdup (visit->badge_token);
}
