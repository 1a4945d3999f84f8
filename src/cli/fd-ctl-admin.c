/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "fd-config.h"
#include "fd-error.h"
#include "fd-evacuation.h"

/*
 * frontdeskctl's staff commands: accounts, exports, purging, the audit log
 * and the evacuation list.  They run as the staff member named by --user,
 * whose password comes from FRONTDESK_PASSWORD or is typed; the core
 * decides what their role allows.
 */

/* A secret from @variable, or typed on the terminal without echo. */
static char *
read_secret (const char *variable,
             const char *prompt)
{
  const char *value = g_getenv (variable);
  char line[256];
  struct termios saved, quiet;
  gboolean tty = isatty (STDIN_FILENO);

  if (value != NULL)
    return g_strdup (value);
  if (tty)
    {
      g_printerr ("%s", prompt);
      tcgetattr (STDIN_FILENO, &saved);
      quiet = saved;
      quiet.c_lflag &= ~(tcflag_t) ECHO;
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
    }
  if (fgets (line, sizeof line, stdin) == NULL)
    line[0] = '\0';
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSAFLUSH, &saved);
      g_printerr ("\n");
    }
  line[strcspn (line, "\r\n")] = '\0';
  return g_strdup (line);
}

/* A service account's password from @path: read only when the file is
 * the user's own and nobody else may read it, as the station key is. */
static char *
read_password_file (Ctl         *ctl,
                    const char  *path)
{
  char line[256];
  gssize got = fd_secret_read_private (path, (guint8 *) line, sizeof line - 1, NULL);
  char *secret;

  if (got < 0)
    {
      g_autofree char *message = g_strdup_printf (fd_tr (ctl->lang, N_("The password file %s must be a file of yours that only you can read (chmod 600).")),
                                                  path);

      fd_ctl_fail (ctl, message);
      return NULL;
    }
  line[got] = '\0';
  line[strcspn (line, "\r\n")] = '\0';
  secret = g_strdup (line);
  sodium_memzero (line, sizeof line);
  return secret;
}

/* Logs in as --user; without it, the session is NULL and the core allows
 * only what needs no login. */
gboolean
fd_ctl_login (Ctl        *ctl,
              FdSession **session)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;

  *session = NULL;
  if (ctl->user == NULL)
    return TRUE;
  if (ctl->password_file != NULL)
    {
      secret = read_password_file (ctl, ctl->password_file);
      if (secret == NULL)
        return FALSE;
    }
  else
    secret = read_secret ("FRONTDESK_PASSWORD", fd_tr (ctl->lang, N_("Password or PIN: ")));
  *session = fd_store_login (ctl->store, ctl->user, secret, &error);
  fd_secret_text_free (g_steal_pointer (&secret));
  if (*session == NULL)
    {
      fd_ctl_fail (ctl, g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED)
                        ? fd_tr (ctl->lang, error->message)
                        : fd_tr (ctl->lang, N_("Wrong user name or password.")));
      return FALSE;
    }
  if (ctl->site != NULL && !fd_session_set_site (*session, ctl->site))
    {
      fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("A receptionist sees only the site of their station.")));
      g_clear_pointer (session, fd_session_free);
      return FALSE;
    }
  return TRUE;
}

static int
staff_add (Ctl        *ctl,
           FdSession  *session,
           const char *username)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = NULL;
  FdRole role;

  if (!fd_role_from_string (ctl->role != NULL ? ctl->role : "", &role))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Give the role with --role receptionist|security|admin.")));
  secret = read_secret ("FRONTDESK_NEW_PASSWORD", fd_tr (ctl->lang, N_("New password or PIN: ")));
  if (fd_store_add_staff (ctl->store, session, username, ctl->display_name != NULL ? ctl->display_name : username,
                          role, secret, &error) == 0)
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

static int
staff_list (Ctl       *ctl,
            FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = fd_store_list_staff (ctl->store, session, &error);

  if (staff == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < staff->len; i++)
    {
      FdStaff *member = g_ptr_array_index (staff, i);

      g_autofree char *until = member->locked_until_ms > 0
                               ? fd_format_local_time (member->locked_until_ms, "%H:%M:%S") : NULL;
      g_autofree char *locked = until != NULL ? g_strdup_printf (fd_tr (ctl->lang, N_("\tlocked until %s")), until)
                                              : g_strdup ("");

      g_print ("%s\t%s\t%s%s%s\n", member->username, member->display_name, fd_role_to_string (member->role),
               member->active ? "" : fd_tr (ctl->lang, N_("\t(inactive)")), locked);
    }
  return FD_CTL_OK;
}

static int
staff_passwd (Ctl        *ctl,
              FdSession  *session,
              const char *username)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *secret = read_secret ("FRONTDESK_NEW_PASSWORD", fd_tr (ctl->lang, N_("New password or PIN: ")));

  if (!fd_store_set_staff_secret (ctl->store, session, username, secret, &error))
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

/* The audit log's hash chain, checked entry by entry. */
static int
audit_verify (Ctl       *ctl,
              FdSession *session)
{
  g_autoptr(GError) error = NULL;
  gint64 checked = 0, broken = 0;

  if (!fd_store_verify_audit (ctl->store, session, &checked, &broken, &error))
    return fd_ctl_fail_error (ctl, error);
  if (broken != 0)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, broken);
      g_autofree char *message = g_strdup_printf (fd_tr (ctl->lang, N_("The audit log was changed: entry %s does not match the entries before it.")),
                                                  id);

      return fd_ctl_fail (ctl, message);
    }
  {
    g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, checked);

    g_print (fd_tr (ctl->lang, N_("The audit log is intact: %s entries checked.\n")), count);
  }
  return FD_CTL_OK;
}

static int
export (Ctl        *ctl,
        FdSession  *session,
        const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = fd_store_today (ctl->store);
  const char *format = ctl->format != NULL ? ctl->format : (g_str_has_suffix (path, ".xlsx") ? "xlsx" : "csv");
  guint n = 0;

  if (!g_str_equal (format, "csv") && !g_str_equal (format, "xlsx"))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("The format is csv or xlsx.")));
  if (!fd_store_export (ctl->store, session, ctl->from != NULL ? ctl->from : today, ctl->to != NULL ? ctl->to : today,
                        g_str_equal (format, "xlsx") ? FD_EXPORT_XLSX : FD_EXPORT_CSV, path, &n, &error))
    return fd_ctl_fail_error (ctl, error);
  g_print (fd_tr (ctl->lang, N_("%u visits written to %s\n")), n, path);
  return FD_CTL_OK;
}

static int
purge (Ctl       *ctl,
       FdSession *session)
{
  g_autoptr(GError) error = NULL;
  gint64 n = 0;

  if (!fd_store_purge (ctl->store, session, ctl->dry_run, &n, &error))
    return fd_ctl_fail_error (ctl, error);
  g_print (ctl->dry_run ? fd_tr (ctl->lang, N_("%lld visits would be removed\n"))
                        : fd_tr (ctl->lang, N_("%lld visits removed\n")), (long long) n);
  return FD_CTL_OK;
}

static int
audit_list (Ctl       *ctl,
            FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = fd_store_list_audit (ctl->store, session, 200, &error);

  if (entries == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < entries->len; i++)
    {
      FdAuditEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *when = fd_format_local_time (entry->at_ms, "%Y-%m-%d %H:%M:%S");

      g_print ("%s\t%s\t%s\t%s\t%s\n", when, entry->actor, entry->action, entry->subject, entry->detail);
    }
  return FD_CTL_OK;
}

static int
evacuation_print (Ctl       *ctl,
                  FdSession *session)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!fd_store_print_evacuation (ctl->store, session, ctl->printer, ctl->lang, &n, &error))
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_IO))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("The office printer did not print the evacuation list. Check the printer, or save the list with: frontdeskctl evacuation pdf FILE")));
      return fd_ctl_fail_error (ctl, error);
    }
  g_print (fd_tr (ctl->lang, N_("Evacuation list printed: %u visitors on site\n")), n);
  return FD_CTL_OK;
}

static int
evacuation_pdf (Ctl        *ctl,
                FdSession  *session,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = fd_store_evacuation_pdf (ctl->store, session, ctl->lang, NULL, &error);
  gsize size;
  gconstpointer data;

  if (pdf == NULL)
    return fd_ctl_fail_error (ctl, error);
  data = g_bytes_get_data (pdf, &size);
  if (!g_file_set_contents_full (path, data, (gssize) size, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

/* Each station, its role, and whether it runs: "name<TAB>role<TAB>online"
 * or "…<TAB>offline since YYYY-MM-DD HH:MM". */
static int
stations_list (Ctl       *ctl,
               FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stations = fd_store_list_stations (ctl->store, session, &error);

  if (stations == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < stations->len; i++)
    {
      FdStation *station = stations->pdata[i];
      g_autofree char *since = fd_format_local_time (station->seen_ms, "%Y-%m-%d %H:%M");
      g_autofree char *state = station->online ? g_strdup (fd_tr (ctl->lang, N_("online")))
                                               : g_strdup_printf (fd_tr (ctl->lang, N_("offline since %s")), since);

      g_print ("%s\t%s\t%s\n", station->name, station->role, state);
    }
  return FD_CTL_OK;
}

/* Each site: "code<TAB>Chinese name<TAB>English name". */
static int
sites_list (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sites = fd_store_list_sites (ctl->store, &error);

  if (sites == NULL)
    return fd_ctl_fail_error (ctl, error);
  for (guint i = 0; i < sites->len; i++)
    {
      FdSiteInfo *site = sites->pdata[i];

      g_print ("%s\t%s\t%s\n", site->code, site->name_zh, site->name_en);
    }
  return FD_CTL_OK;
}

/* Copies the site to another database and prints each table's rows and
 * checksum on both sides. */
static int
migrate (Ctl        *ctl,
         FdSession  *session,
         const char *target)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) report = NULL;
  gboolean ok;

  if (target == NULL || *target == '\0')
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Give the new database with --to, e.g. --to postgresql://frontdesk@server/frontdesk.")));
  ok = fd_store_copy_to (ctl->store, session, target, &report, &error);
  for (guint i = 0; report != NULL && i < report->len; i++)
    {
      FdCopiedTable *table = g_ptr_array_index (report, i);
      gboolean same = table->source_rows == table->target_rows &&
                      g_strcmp0 (table->source_checksum, table->target_checksum) == 0;

      g_print ("%-15s %10" G_GINT64_FORMAT " %10" G_GINT64_FORMAT "  %.16s %.16s  %s\n", table->table,
               table->source_rows, table->target_rows, table->source_checksum != NULL ? table->source_checksum : "-",
               table->target_checksum != NULL ? table->target_checksum : "-",
               same ? fd_tr (ctl->lang, N_("same")) : fd_tr (ctl->lang, N_("DIFFERENT")));
    }
  if (!ok)
    return fd_ctl_fail_error (ctl, error);
  g_print (fd_tr (ctl->lang, N_("Copied: every table has the same rows and checksum in the new database.\n")));
  g_print (fd_tr (ctl->lang, N_("Every station of the new database needs this site's key file, %s: copy it to each one (mode 0600) and name it in the station file (key-file=).\n")),
           ctl->key_file);
  return FD_CTL_OK;
}

int
fd_ctl_run_admin (Ctl   *ctl,
                  int    argc,
                  char **argv)
{
  const char *group = argv[1];
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_ctl_open_store (ctl))
    return FD_CTL_FAILED;
  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (g_str_equal (group, "staff") && g_str_equal (command, "add") && argc == 4)
    return staff_add (ctl, session, argv[3]);
  if (g_str_equal (group, "staff") && g_str_equal (command, "list") && argc == 3)
    return staff_list (ctl, session);
  if (g_str_equal (group, "staff") && g_str_equal (command, "passwd") && argc == 4)
    return staff_passwd (ctl, session, argv[3]);
  if (g_str_equal (group, "staff") && g_str_equal (command, "unlock") && argc == 4)
    return fd_store_unlock_staff (ctl->store, session, argv[3], &error) ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
  if (g_str_equal (group, "staff") && (g_str_equal (command, "activate") || g_str_equal (command, "deactivate")) &&
      argc == 4)
    return fd_store_set_staff_active (ctl->store, session, argv[3], g_str_equal (command, "activate"), &error)
           ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
  if (g_str_equal (group, "staff") && g_str_equal (command, "role") && argc == 4)
    {
      FdRole role;

      if (!fd_role_from_string (ctl->role != NULL ? ctl->role : "", &role))
        return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Give the role with --role receptionist|security|admin.")));
      return fd_store_set_staff_role (ctl->store, session, argv[3], role, &error)
             ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
    }
  if (g_str_equal (group, "export") && argc == 3)
    return export (ctl, session, argv[2]);
  if (g_str_equal (group, "purge") && argc == 2)
    return purge (ctl, session);
  if (g_str_equal (group, "stations") && argc == 2)
    return stations_list (ctl, session);
  if (g_str_equal (group, "stations") && g_str_equal (command, "forget") && argc == 4)
    return fd_store_forget_station (ctl->store, session, argv[3], &error) ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
  if (g_str_equal (group, "sites") && argc == 2)
    return sites_list (ctl);
  if (g_str_equal (group, "sites") && g_str_equal (command, "add") && argc == 5)
    return fd_store_put_site (ctl->store, session, argv[3], argv[4], ctl->name_en, &error)
           ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
  if (g_str_equal (group, "migrate") && argc == 2)
    return migrate (ctl, session, ctl->to);
  if (g_str_equal (group, "audit") && g_str_equal (command, "list") && argc == 3)
    return audit_list (ctl, session);
  if (g_str_equal (group, "audit") && g_str_equal (command, "verify") && argc == 3)
    return audit_verify (ctl, session);
  if (g_str_equal (group, "evacuation") && g_str_equal (command, "print") && argc == 3)
    return evacuation_print (ctl, session);
  if (g_str_equal (group, "evacuation") && g_str_equal (command, "pdf") && argc == 4)
    return evacuation_pdf (ctl, session, argv[3]);
  if (g_str_equal (group, "housekeeping") && argc == 2)
    {
      /* The station's badge folder, for the badge PDFs past retention. */
      g_autoptr(FdConfig) config = fd_config_load (ctl->config_path, NULL);

      return fd_store_housekeeping (ctl->store, session, config != NULL ? config->badge_folder : NULL, &error)
             ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
    }
  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}
