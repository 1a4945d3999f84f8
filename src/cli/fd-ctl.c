/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include <stdio.h>
#include <stdlib.h>

#include "fd-config.h"
#include "fd-ctl-json.h"
#include "fd-error.h"
#include "fd-host-import.h"
#include "fd-store.h"

/*
 * frontdeskctl: every core operation of the kiosk and the staff window as a
 * command, for administrators' scripts and for tests that need no display.
 * Errors go to standard error in the user's language; results to standard
 * output, as text or, with --json, as one JSON value.
 */



static void
ctl_clear (Ctl *ctl)
{
  g_free (ctl->db_path);
  g_free (ctl->site);
  g_free (ctl->site_of_station);
  g_free (ctl->name_en);
  g_free (ctl->config_path);
  g_free (ctl->lang_code);
  g_free (ctl->name);
  g_free (ctl->phone);
  g_free (ctl->host);
  g_free (ctl->department);
  g_free (ctl->purpose);
  g_free (ctl->company);
  g_free (ctl->size);
  g_free (ctl->printer);
  g_free (ctl->day);
  g_free (ctl->reason);
  g_free (ctl->id_number);
  g_free (ctl->channels);
  g_free (ctl->lang_for_host);
  g_free (ctl->message);
  g_free (ctl->user);
  g_free (ctl->password_file);
  g_free (ctl->role);
  g_free (ctl->display_name);
  g_free (ctl->from);
  g_free (ctl->to);
  g_free (ctl->format);
  g_clear_object (&ctl->store);
  g_clear_pointer (&ctl->key_file, g_free);
}

int
fd_ctl_fail (Ctl        *ctl,
      const char *message)
{
  g_printerr ("frontdeskctl: %s\n", message);
  return FD_CTL_FAILED;
}

/* The words for an error the core reported. */
int
fd_ctl_fail_error (Ctl    *ctl,
            GError *error)
{
  if (g_error_matches (error, FD_ERROR, FD_ERROR_BUSY))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("The database is busy. Please try again.")));
  if (g_error_matches (error, FD_ERROR, FD_ERROR_OFFLINE))
    {
      g_autofree char *message = g_strdup_printf (fd_tr (ctl->lang, N_("The database server does not answer (%s). Check the network and that the server runs, then try again.")),
                                                  error->message);

      return fd_ctl_fail (ctl, message);
    }
  if (g_error_matches (error, FD_ERROR, FD_ERROR_PERMISSION))
    {
      g_autofree char *message = g_strdup_printf (fd_tr (ctl->lang, N_("Not allowed: %s. Log in with --user as a staff member whose role allows it.")),
                                                  error->message);

      return fd_ctl_fail (ctl, message);
    }
  /* Messages the core words for the user are N_() msgids. */
  return fd_ctl_fail (ctl, fd_tr (ctl->lang, error->message));
}

int
fd_ctl_usage (Ctl        *ctl,
       const char *message)
{
  g_printerr ("frontdeskctl: %s\n%s\n", message,
              fd_tr (ctl->lang, N_("Run “frontdeskctl --help” for the commands.")));
  return FD_CTL_USAGE;
}

gboolean
fd_ctl_open_store (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key_file = NULL;

  /* A station file names the database and its key; --db, given too, says
   * which database, and the key stays the station's. */
  if (ctl->db_path == NULL || ctl->config_path != NULL)
    {
      g_autoptr(FdConfig) config = fd_config_load (ctl->config_path, &error);

      if (config == NULL)
        {
          fd_ctl_fail (ctl, error->message);
          return FALSE;
        }
      if (ctl->db_path == NULL)
        ctl->db_path = g_strdup (config->database);
      key_file = g_strdup (config->key_file);
      if (ctl->site == NULL)
        ctl->site_of_station = g_strdup (config->site);
    }
  else
    key_file = fd_config_key_file_for (ctl->db_path);
  ctl->key_file = g_strdup (key_file);
  ctl->store = fd_store_open (ctl->db_path, &error);
  if (ctl->store == NULL)
    {
      fd_ctl_fail_error (ctl, error);
      return FALSE;
    }
  if (ctl->site != NULL && !fd_site_code_is_valid (ctl->site))
    {
      fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("A site code has lower-case letters, digits and '-'.")));
      return FALSE;
    }
  /* What it adds (hosts, visits) belongs to --site, or the station's. */
  if (ctl->site != NULL || ctl->site_of_station != NULL)
    fd_store_set_station_site (ctl->store, ctl->site != NULL ? ctl->site : ctl->site_of_station);
  {
    if (!fd_store_load_key (ctl->store, key_file, ctl->lang, &error))
      {
        fd_ctl_fail (ctl, error->message);
        return FALSE;
      }
  }
  return TRUE;
}

static int
hosts_import (Ctl        *ctl,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  guint added = 0, updated = 0;

  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!fd_host_import_file (ctl->store, session, path, ctl->lang, &added, &updated, &error))
    return fd_ctl_fail_error (ctl, error);
  g_print (fd_tr (ctl->lang, N_("Imported hosts: %u new, %u updated.\n")), added, updated);
  return FD_CTL_OK;
}

static int
hosts_list (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GPtrArray) hosts = NULL;

  /* Hosts' e-mail addresses and phone numbers are staff's to read; the
   * kiosk shows only names and departments. */
  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!fd_store_check_permission (ctl->store, session, FD_PERMISSION_RECEPTION, "hosts.list", &error))
    return fd_ctl_fail_error (ctl, error);
  hosts = fd_store_list_hosts (ctl->store, FALSE, &error);
  if (hosts == NULL)
    return fd_ctl_fail_error (ctl, error);

  if (ctl->json)
    return fd_ctl_print_json_list (hosts, (FdCtlToJson) fd_ctl_host_to_json);

  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = g_ptr_array_index (hosts, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s%s\n", host->id, host->name, host->department,
               host->email, host->active ? "" : fd_tr (ctl->lang, N_("\t(inactive)")));
    }
  return FD_CTL_OK;
}

/* --host takes an id or a name; a name shared by several hosts needs
 * --department, as on the kiosk (REC-2). */
gint64
fd_ctl_resolve_host (Ctl      *ctl,
                     GString  *problem)
{
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  char *end = NULL;
  gint64 id;

  id = g_ascii_strtoll (ctl->host, &end, 10);
  if (end != NULL && *end == '\0' && id > 0)
    return id;

  hosts = fd_store_list_hosts (ctl->store, TRUE, &error);
  if (hosts == NULL)
    {
      g_string_assign (problem, error->message);
      return 0;
    }
  for (guint i = 0; i < hosts->len; i++)
    {
      FdHost *host = g_ptr_array_index (hosts, i);

      if (g_strcmp0 (host->name, ctl->host) == 0 &&
          (ctl->department == NULL || g_strcmp0 (host->department, ctl->department) == 0))
        g_ptr_array_add (matches, host);
    }

  if (matches->len == 1)
    return ((FdHost *) g_ptr_array_index (matches, 0))->id;
  if (matches->len == 0)
    {
      g_string_printf (problem, fd_tr (ctl->lang, N_("No active host is called “%s”.")), ctl->host);
      return 0;
    }

  g_string_printf (problem, fd_tr (ctl->lang, N_("Several hosts are called “%s”; add --department:")),
                   ctl->host);
  for (guint i = 0; i < matches->len; i++)
    {
      FdHost *host = g_ptr_array_index (matches, i);

      g_string_append_printf (problem, "\n  %s (%s, id %" G_GINT64_FORMAT ")",
                              host->name, host->department, host->id);
    }
  return 0;
}

static int
visits_add (Ctl *ctl)
{
  g_autoptr(FdRegistration) reg = fd_registration_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = NULL;
  g_autoptr(GString) problem = g_string_new (NULL);
  FdField field;
  FdInvalid why;
  gint64 id;

  reg->name = g_strdup (ctl->name);
  reg->phone = g_strdup (ctl->phone);
  reg->purpose = g_strdup (ctl->purpose);
  reg->company = g_strdup (ctl->company);
  reg->visit_ms = fd_store_now_ms (ctl->store);
  reg->host_id = 1;  /* checked below, after the fields before it */

  /* Report the first missing or wrong field in form order, as the kiosk
   * does, before looking the host up. */
  if (!fd_registration_normalize (reg, &field, &why) && field < FD_FIELD_HOST)
    {
      g_autofree char *message = fd_invalid_message (field, why, ctl->lang);

      return fd_ctl_fail (ctl, message);
    }
  if (ctl->host == NULL || *ctl->host == '\0')
    {
      g_autofree char *message = fd_invalid_message (FD_FIELD_HOST, FD_INVALID_MISSING, ctl->lang);

      return fd_ctl_fail (ctl, message);
    }
  reg->host_id = fd_ctl_resolve_host (ctl, problem);
  if (reg->host_id == 0)
    return fd_ctl_fail (ctl, problem->str);
  if (!fd_registration_normalize (reg, &field, &why))
    {
      g_autofree char *message = fd_invalid_message (field, why, ctl->lang);

      return fd_ctl_fail (ctl, message);
    }

  id = fd_store_add_visit (ctl->store, reg, &error);
  if (id == 0 && g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("That host does not exist or is inactive.")));
  if (id == 0)
    return fd_ctl_fail_error (ctl, error);

  visit = fd_store_get_visit (ctl->store, id, &error);
  if (visit == NULL)
    return fd_ctl_fail_error (ctl, error);
  if (ctl->json)
    fd_ctl_print_json (fd_ctl_visit_to_json (visit));
  else
    g_print ("%" G_GINT64_FORMAT "\n", id);
  return FD_CTL_OK;
}

static int
visits_list (Ctl *ctl)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GPtrArray) visits = NULL;

  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  visits = fd_store_list_visits (ctl->store, session, ctl->on_site ? FD_VISITS_ON_SITE : FD_VISITS_ALL, &error);
  if (visits == NULL)
    return fd_ctl_fail_error (ctl, error);

  if (ctl->json)
    return fd_ctl_print_json_list (visits, (FdCtlToJson) fd_ctl_visit_to_json);

  for (guint i = 0; i < visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *arrived = visit->arrived_ms > 0 ? fd_format_local_time (visit->arrived_ms, "%Y-%m-%d %H:%M")
                                                        : g_strdup ("-");

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s (%s)\t%s\n", visit->id,
               fd_visit_state_to_string (visit->state), arrived, visit->name,
               visit->host_name, visit->host_department, visit->purpose);
    }
  return FD_CTL_OK;
}

/* The visit log's search (security, administrators), newest first. */
static int
visits_search (Ctl        *ctl,
               const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GPtrArray) visits = NULL;
  FdVisitQuery query = { text, 0, 0, ctl->limit >= 0 ? (guint) ctl->limit : 100, 0, FALSE };

  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!fd_session_allows (session, FD_PERMISSION_SECURITY))
    return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("Only security and administrators may search the visit log from the command line.")));
  if (!fd_visit_query_set_days (&query, ctl->from, ctl->to))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Write days as YYYY-MM-DD, e.g. 2026-11-29.")));
  visits = fd_store_find_visits (ctl->store, session, &query, &error);
  if (visits == NULL)
    return fd_ctl_fail_error (ctl, error);
  if (ctl->json)
    return fd_ctl_print_json_list (visits, (FdCtlToJson) fd_ctl_visit_to_json);
  for (guint i = 0; i < visits->len; i++)
    {
      FdVisit *visit = g_ptr_array_index (visits, i);
      g_autofree char *when = fd_format_local_time (visit->visit_ms, "%Y-%m-%d %H:%M");

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\t%s\t%s (%s)\n", visit->id, when,
               fd_visit_state_to_string (visit->state), visit->name, visit->phone,
               visit->company, visit->host_name, visit->host_department);
    }
  return FD_CTL_OK;
}

static int
visits_checkout (Ctl        *ctl,
                 const char *id_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdSession) session = NULL;
  char *end = NULL;
  gint64 id = g_ascii_strtoll (id_text, &end, 10);

  if (end == NULL || *end != '\0' || id <= 0)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("A visit ID is a number.")));
  if (!fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (!fd_store_checkout (ctl->store, session, id, &error))
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("There is no such visit.")));
      if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
        return fd_ctl_fail (ctl, fd_tr (ctl->lang, N_("This visitor is not on site: already checked out.")));
      return fd_ctl_fail_error (ctl, error);
    }
  g_print (fd_tr (ctl->lang, N_("Checked out visit %s.\n")), id_text);
  return FD_CTL_OK;
}

static int
run_command (Ctl   *ctl,
             int    argc,
             char **argv)
{
  const char *group = argc > 1 ? argv[1] : NULL;
  const char *command = argc > 2 ? argv[2] : NULL;
  g_autoptr(GError) error = NULL;

  if (group == NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Which command?")));

  if (g_str_equal (group, "hosts") && g_strcmp0 (command, "import") == 0 && argc == 4)
    return fd_ctl_open_store (ctl) ? hosts_import (ctl, argv[3]) : FD_CTL_FAILED;
  if (g_str_equal (group, "hosts") && g_strcmp0 (command, "list") == 0 && argc == 3)
    return fd_ctl_open_store (ctl) ? hosts_list (ctl) : FD_CTL_FAILED;
  if (g_str_equal (group, "visits") && g_strcmp0 (command, "add") == 0 && argc == 3)
    return fd_ctl_open_store (ctl) ? visits_add (ctl) : FD_CTL_FAILED;
  if (g_str_equal (group, "visits") && g_strcmp0 (command, "list") == 0 && argc == 3)
    return fd_ctl_open_store (ctl) ? visits_list (ctl) : FD_CTL_FAILED;
  if (g_str_equal (group, "visits") && g_strcmp0 (command, "search") == 0 && argc == 4)
    return fd_ctl_open_store (ctl) ? visits_search (ctl, argv[3]) : FD_CTL_FAILED;
  if (g_str_equal (group, "visits") && g_strcmp0 (command, "checkout") == 0 && argc == 4)
    return fd_ctl_open_store (ctl) ? visits_checkout (ctl, argv[3]) : FD_CTL_FAILED;
  if (g_str_equal (group, "visits") && g_strcmp0 (command, "checkout-badge") == 0 && argc == 4)
    return fd_ctl_open_store (ctl) ? fd_ctl_checkout_badge (ctl, argv[3]) : FD_CTL_FAILED;
  if (g_str_equal (group, "settings") ||
      (g_str_equal (group, "watchlist") && (g_strcmp0 (command, "list") == 0 || g_strcmp0 (command, "remove") == 0)) ||
      (g_str_equal (group, "hosts") && (g_strcmp0 (command, "activate") == 0 || g_strcmp0 (command, "deactivate") == 0)) ||
      (g_str_equal (group, "visits") && (g_strcmp0 (command, "confirm") == 0 || g_strcmp0 (command, "correct") == 0 ||
                                         g_strcmp0 (command, "badge-returned") == 0 ||
                                         g_strcmp0 (command, "reveal-id") == 0)))
    return fd_ctl_run_reception (ctl, argc, argv);
  if (g_str_equal (group, "badge") || g_str_equal (group, "printers") || g_str_equal (group, "print-test"))
    return fd_ctl_run_badge (ctl, argc, argv);
  if (g_str_equal (group, "invite") || g_str_equal (group, "watchlist") || g_str_equal (group, "alerts"))
    return fd_ctl_run_visitors (ctl, argc, argv);
  if (g_str_equal (group, "kpi"))
    return fd_ctl_run_kpi (ctl, argc, argv);
  if (g_str_equal (group, "parcels"))
    return fd_ctl_run_parcels (ctl, argc, argv);
  if (g_str_equal (group, "outbox") || g_str_equal (group, "notify") ||
      (g_str_equal (group, "hosts") && g_strcmp0 (command, "notify") == 0) ||
      (g_str_equal (group, "visits") && argc == 4 &&
       (g_str_equal (command, "host-met") || g_str_equal (command, "notify-again") ||
        g_str_equal (command, "message"))))
    return fd_ctl_run_notify (ctl, argc, argv);
  if (g_str_equal (group, "staff") || g_str_equal (group, "export") || g_str_equal (group, "purge") ||
      g_str_equal (group, "migrate") || g_str_equal (group, "stations") || g_str_equal (group, "sites") || g_str_equal (group, "audit") || g_str_equal (group, "evacuation") ||
      g_str_equal (group, "housekeeping"))
    return fd_ctl_run_admin (ctl, argc, argv);
  if (g_str_equal (group, "demo") && argc == 2)
    {
      if (!fd_ctl_open_store (ctl))
        return FD_CTL_FAILED;
      if (!fd_store_seed_demo (ctl->store, &error))
        return fd_ctl_fail_error (ctl, error);
      return FD_CTL_OK;
    }
  if (g_str_equal (group, "check") && argc == 2)
    {
      if (!fd_ctl_open_store (ctl))
        return FD_CTL_FAILED;
      if (!fd_store_check_integrity (ctl->store, &error))
        return fd_ctl_fail_error (ctl, error);
      g_print ("ok\n");
      return FD_CTL_OK;
    }

  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}

static const char summary[] =
  "Commands:\n"
  "  hosts import FILE.csv     add or update hosts from a CSV file\n"
  "  hosts list [--json]       list hosts (staff)\n"
  "  visits add --name N --phone P --host H --purpose TEXT\n"
  "             [--department D] [--company C] [--json]\n"
  "                            register a visitor who is on site now\n"
  "  visits list [--on-site] [--json]\n"
  "                            list visits\n"
  "  visits search TEXT [--from DAY] [--to DAY] [--limit N] [--json]\n"
  "                            the visit log, newest first (security, admin);\n"
  "                            a name or part of it, the last 4+ digits of a\n"
  "                            phone number, a company or a host; N: 100, 0 all\n"
  "  visits checkout ID        check a visitor out\n"
  "  visits checkout-badge TOKEN\n"
  "                            check out the visitor whose badge carries TOKEN\n"
  "  badge pdf|png ID FILE [--size S]\n"
  "                            write a visit's badge (sizes: cr80, 62x100,\n"
  "                            dymo-30857, 4x3in; default: the station's)\n"
  "  badge print ID [--printer QUEUE|URI] [--size S]\n"
  "                            print a visit's badge, or reprint it\n"
  "  badge reissue ID          a lost badge (REG-7): new token, old badge void\n"
  "  kpi [YYYY-MM] [--json]    the SOP's targets (KPI-1 to KPI-4) for a month,\n"
  "                            this month unless given\n"
  "  parcels list|ended [--json]\n"
  "                            parcels waiting at the desk, or that left it in\n"
  "                            the last 7 days (PKG-1 to PKG-5)\n"
  "  invite add --name N --phone P --host H --purpose TEXT [--company C]\n"
  "             [--department D] [--day YYYY-MM-DD]\n"
  "                            invite a visitor; prints the code and QR text\n"
  "  watchlist add --reason TEXT (--name N --phone P | --id-number ID)\n"
  "                            hold the badge of a matching visitor, alert staff\n"
  "  watchlist list            the watchlist (security, admin)\n"
  "  watchlist remove ID       take an entry off the watchlist (security, admin)\n"
  "  alerts list               refusals and watchlist matches not yet handled\n"
  "  visits confirm ID         reception has checked the ID: the held badge may print\n"
  "  visits correct ID name|phone|company|purpose VALUE\n"
  "                            correct a registration (audited, counted for KPI-2)\n"
  "  visits reveal-id ID       show a visit's ID number (logged)\n"
  "  visits badge-returned ID  a badge handed back after check-out\n"
  "  hosts activate|deactivate ID\n"
  "                            whether the kiosk offers a host (admin)\n"
  "  settings get KEY          a site setting (admin)\n"
  "  settings set KEY VALUE    change a site setting (admin, audited; the value of a\n"
  "                            secret is not logged); retention_days below 90 needs\n"
  "                            --confirm-shorter\n"
  "  hosts notify --host H [--channels email,wecom,…] [--host-lang zh_CN|en]\n"
  "                            how a host hears of visitors (empty: site default)\n"
  "  visits host-met ID        the host has come for the visitor (FAQ-1)\n"
  "  visits notify-again ID    tell the host again that the visitor waits\n"
  "  visits message ID --message TEXT\n"
  "                            deliver a message from the visitor to the host\n"
  "  outbox list [--failed] [--json]\n"
  "                            messages: state, attempts, last error\n"
  "  outbox retry ID           send a failed message again\n"
  "  outbox run                deliver messages until stopped (SIGTERM)\n"
  "  notify test CHANNEL RECIPIENT\n"
  "                            send a test message now and say what happened\n"
  "  staff add USER --role receptionist|security|admin [--display-name N]\n"
  "                            a staff account (the first one, an admin, needs no\n"
  "                            login); its password from FRONTDESK_NEW_PASSWORD or typed\n"
  "  staff list                staff accounts and roles (admin)\n"
  "  staff passwd USER         change a password (your own, or anyone's as admin)\n"
  "  staff activate|deactivate USER\n"
  "                            whether an account may log in (admin; not the last admin)\n"
  "  staff role USER --role R  give an account another role (admin)\n"
  "  staff unlock USER         let an account paused after wrong passwords log in (admin)\n"
  "  export --from DAY --to DAY [--format csv|xlsx] FILE\n"
  "                            the visits of those days (security, admin)\n"
  "  purge [--dry-run]         remove visits past retention_days (admin)\n"
  "  sites                     the company's sites (lobbies): code, Chinese and English name\n"
  "  sites add CODE NAME       add a site, or name it again (admin); --name-en N for English;\n"
  "                            a station joins it with site=CODE in its station file\n"
  "  stations                  kiosks and staff windows on this database: online, or\n"
  "                            offline since when (staff)\n"
  "  stations forget NAME      take a station that no longer exists off the list (admin)\n"
  "  migrate --to DATABASE     copy the whole site into an empty database, e.g.\n"
  "                            --to postgresql://frontdesk@server/frontdesk, and\n"
  "                            compare every table's rows and checksum (admin)\n"
  "  audit list                the newest 200 audit entries (security, admin)\n"
  "  audit verify              check the audit log's hash chain; names the first\n"
  "                            changed entry (security, admin)\n"
  "  evacuation print [--printer QUEUE|URI]\n"
  "                            everyone on site, on A4 from the office printer\n"
  "  evacuation pdf FILE       the same list as a PDF file\n"
  "  housekeeping              the daily export and purge, as the station does\n"
  "Staff commands take --user USER; the password comes from --password-file FILE\n"
  "(a service account's, mode 0600), FRONTDESK_PASSWORD, or is typed.\n"
  "  print-test [--printer QUEUE|URI] [--size S]\n"
  "                            print a sample badge\n"
  "  printers                  CUPS queues, their state and badge sizes\n"
  "  demo                      add the demo company and hosts to an empty database\n"
  "  check                     check the database file for damage";

int
fd_ctl_run (int    argc,
            char **argv)
{
  Ctl ctl = { .limit = -1 };
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &ctl.db_path, "The database: a file, or a postgresql:// URI (default: the app's)", "PATH|URI" },
    { "config", 0, 0, G_OPTION_ARG_FILENAME, &ctl.config_path, "A station key file", "FILE" },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &ctl.lang_code, "Message language: zh_CN or en", "LANG" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &ctl.json, "Print JSON", NULL },
    { "name-en", 0, 0, G_OPTION_ARG_STRING, &ctl.name_en, "A site's English name", "N" },
    { "site", 0, 0, G_OPTION_ARG_STRING, &ctl.site, "One site (lobby): what is listed, and where new hosts go", "CODE" },
    { "on-site", 0, 0, G_OPTION_ARG_NONE, &ctl.on_site, "Only visitors on site now", NULL },
    { "name", 0, 0, G_OPTION_ARG_STRING, &ctl.name, "Visitor's name", "N" },
    { "phone", 0, 0, G_OPTION_ARG_STRING, &ctl.phone, "Visitor's phone number", "P" },
    { "host", 0, 0, G_OPTION_ARG_STRING, &ctl.host, "Host's id or name", "H" },
    { "department", 0, 0, G_OPTION_ARG_STRING, &ctl.department, "Host's department", "D" },
    { "purpose", 0, 0, G_OPTION_ARG_STRING, &ctl.purpose, "Purpose of the visit", "TEXT" },
    { "company", 0, 0, G_OPTION_ARG_STRING, &ctl.company, "Visitor's company", "C" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &ctl.size, "Badge size", "S" },
    { "printer", 0, 0, G_OPTION_ARG_STRING, &ctl.printer, "CUPS queue or IPP URI", "P" },
    { "day", 0, 0, G_OPTION_ARG_STRING, &ctl.day, "Day of an invitation", "YYYY-MM-DD" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &ctl.reason, "Why a watchlist entry", "TEXT" },
    { "failed", 0, 0, G_OPTION_ARG_NONE, &ctl.failed, "Only failed messages", NULL },
    { "channels", 0, 0, G_OPTION_ARG_STRING, &ctl.channels, "A host's channels", "LIST" },
    { "host-lang", 0, 0, G_OPTION_ARG_STRING, &ctl.lang_for_host, "A host's language: zh_CN or en", "LANG" },
    { "message", 0, 0, G_OPTION_ARG_STRING, &ctl.message, "A visitor's message to the host", "TEXT" },
    { "user", 0, 0, G_OPTION_ARG_STRING, &ctl.user, "Log in as this staff member", "USER" },
    { "password-file", 0, 0, G_OPTION_ARG_FILENAME, &ctl.password_file,
      "Read --user's password from FILE (mode 0600, yours): for timers and services", "FILE" },
    { "role", 0, 0, G_OPTION_ARG_STRING, &ctl.role, "A staff account's role", "ROLE" },
    { "display-name", 0, 0, G_OPTION_ARG_STRING, &ctl.display_name, "A staff account's shown name", "N" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &ctl.from, "First day of an export", "YYYY-MM-DD" },
    { "to", 0, 0, G_OPTION_ARG_STRING, &ctl.to, "Last day of an export; the new database of migrate", "DAY|DB" },
    { "limit", 0, 0, G_OPTION_ARG_INT, &ctl.limit, "How many visits a search prints (0: all)", "N" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &ctl.format, "Export format: csv or xlsx", "F" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &ctl.dry_run, "Only count what purge would remove", NULL },
    { "confirm-shorter", 0, 0, G_OPTION_ARG_NONE, &ctl.confirm_shorter, "Keep visits fewer than 90 days", NULL },
    { "id-number", 0, 0, G_OPTION_ARG_STRING, &ctl.id_number, "An ID number (stored as a keyed hash)", "ID" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("COMMAND …");
  g_autoptr(GError) error = NULL;
  int status;

  g_option_context_set_summary (context, "Frontdesk administration");
  g_option_context_set_description (context, summary);
  g_option_context_add_main_entries (context, entries, NULL);

  ctl.lang = fd_lang_from_environment ();
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      status = fd_ctl_usage (&ctl, error->message);
      ctl_clear (&ctl);
      return status;
    }
  if (ctl.lang_code != NULL)
    ctl.lang = fd_lang_from_code (ctl.lang_code);

  status = run_command (&ctl, argc, argv);
  ctl_clear (&ctl);
  return status;
}
