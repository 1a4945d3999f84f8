/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"
#include "fd-print.h"

/*
 * What people are told, and by which channel: the host's arrival message
 * (FAQ-1) and its reminder, a message a visitor leaves for a host who did
 * not come, and the staff alerts for security and reception.  Each is
 * written in its reader's language into the outbox, inside the caller's
 * transaction; FdNotifier delivers them.
 *
 * Site settings: notify_channels (the default for hosts who chose none;
 * unset: e-mail and every chat group set up), notify_lang (zh_CN),
 * notify_waiting_place (where visitors wait), alert_recipients (staff
 * alerts: "email:security@example.com,wecom" — a chat channel needs no
 * recipient), host_wait_minutes (15).
 */

/**
 * fd_notify_parse_channels:
 * @text: channel names separated by commas, semicolons, spaces or 、
 *
 * Returns: (transfer full) (nullable): the channels as "email,wecom", or
 *   %NULL when a name is not a channel or none is given.
 */
char *
fd_notify_parse_channels (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *plain = NULL;
  g_auto(GStrv) parts = NULL;

  if (text == NULL)
    return NULL;
  plain = g_strdup (text);
  /* 、 and , (U+3001, U+FF0C) are what a Chinese keyboard types. */
  for (const char *wide[] = { "、", ",", ";", NULL }, **w = wide; *w != NULL; w++)
    {
      g_auto(GStrv) split = g_strsplit (plain, *w, -1);

      g_free (plain);
      plain = g_strjoinv (",", split);
    }
  parts = g_strsplit_set (plain, ",; \t", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (*parts[i] == '\0')
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (fd_notify_channels); c++)
        known |= g_ascii_strcasecmp (parts[i], fd_notify_channels[c]) == 0;
      if (!known)
        return NULL;
      if (out->len > 0)
        g_string_append_c (out, ',');
      g_string_append (out, parts[i]);
    }
  g_string_ascii_down (out);
  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

#define MAX_MESSAGE 500  /* characters a visitor may leave for the host */

FdLang
fd_store_reader_lang (FdStore    *self,
                      const char *code)
{
  g_autofree char *site = fd_store_get_setting (self, "notify_lang", "zh_CN");

  return fd_lang_from_code (code != NULL && *code != '\0' ? code : site);
}

static gboolean
chat_set_up (FdStore    *self,
             const char *channel)
{
  g_autofree char *key = g_strdup_printf ("webhook_%s_url", channel);
  g_autofree char *url = fd_store_get_setting (self, key, "");

  return *url != '\0';
}

static gboolean
enqueue_locked (FdStore     *self,
                const char  *kind,
                const char  *channel,
                const char  *recipient,
                const char  *subject,
                const char  *body,
                gint64       visit_id,
                gint64       parcel_id,
                GError     **error)
{
  gint64 now = fd_store_now_ms (self);

  return fd_db_exec (self->db,
                     "INSERT INTO outbox (kind, channel, recipient, subject, body, visit_id, parcel_id, "
                     "next_attempt_ms, created_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     FD_DB_ARGS (FD_DB_S (kind), FD_DB_S (channel), FD_DB_S (recipient), FD_DB_S (subject),
                                 FD_DB_S (body), visit_id > 0 ? FD_DB_I (visit_id) : FD_DB_S (NULL),
                                 parcel_id > 0 ? FD_DB_I (parcel_id) : FD_DB_S (NULL),
                                 FD_DB_I (now), FD_DB_I (now)),
                     NULL, NULL, error);
}

/* The channels a message to @host goes by, with its recipient on each:
 * e-mail to their address; a chat group's robot mentioning their mobile
 * number.  Each channel they chose (or the site's default) that the site has
 * set up and the host has an address for. */
static GPtrArray *
host_routes (FdStore      *self,
             const FdHost *host)
{
  g_autofree char *site = fd_store_get_setting (self, "notify_channels", "");
  g_auto(GStrv) channels = NULL;
  GPtrArray *routes = g_ptr_array_new_with_free_func (g_free);

  if (host->channels != NULL && *host->channels != '\0')
    channels = g_strsplit (host->channels, ",", -1);
  else if (*site != '\0')
    channels = g_strsplit (site, ",", -1);
  else
    {
      /* Nobody chose: every channel, which the loop narrows to e-mail and
       * the chat groups the site set up. */
      g_autoptr(GStrvBuilder) all = g_strv_builder_new ();

      for (guint i = 0; i < G_N_ELEMENTS (fd_notify_channels); i++)
        g_strv_builder_add (all, fd_notify_channels[i]);
      channels = g_strv_builder_end (all);
    }

  for (guint i = 0; channels[i] != NULL; i++)
    {
      const char *channel = g_strstrip (channels[i]);
      const char *recipient;

      if (g_str_equal (channel, "email"))
        recipient = host->email;
      else if (chat_set_up (self, channel))
        recipient = host->phone != NULL ? host->phone : "";
      else
        continue;  /* chosen, but the site has not set the group up */
      if (recipient == NULL || (g_str_equal (channel, "email") && *recipient == '\0'))
        continue;
      g_ptr_array_add (routes, g_strdup (channel));
      g_ptr_array_add (routes, g_strdup (recipient));
    }
  return routes;
}

/* To the host, by each of their routes; about a visit or a parcel (0:
 * neither). */
gboolean
fd_store_enqueue_to_host_locked (FdStore     *self,
                                 const char  *kind,
                                 FdHost      *host,
                                 gint64       visit_id,
                                 gint64       parcel_id,
                                 const char  *subject,
                                 const char  *body,
                                 GError     **error)
{
  g_autoptr(GPtrArray) routes = host_routes (self, host);

  for (guint i = 0; i + 1 < routes->len; i += 2)
    if (!enqueue_locked (self, kind, routes->pdata[i], routes->pdata[i + 1], subject, body, visit_id, parcel_id,
                         error))
      return FALSE;
  return TRUE;
}

/**
 * fd_store_host_reachable:
 * @host_id: a host
 *
 * Whether a message to the host goes out now: by e-mail with a mail server
 * set up (smtp_url), or by a chat group the site has set up.  A message that
 * cannot go out waits in the outbox; the person who sent it should know.
 */
gboolean
fd_store_host_reachable (FdStore *self,
                         gint64   host_id)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, host_id, NULL);
  g_autoptr(GPtrArray) routes = NULL;
  g_autofree char *smtp = fd_store_get_setting (self, "smtp_url", "");

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (host == NULL)
    return FALSE;
  routes = host_routes (self, host);
  for (guint i = 0; i + 1 < routes->len; i += 2)
    if (!g_str_equal (routes->pdata[i], "email") || *smtp != '\0')
      return TRUE;
  return FALSE;
}

/* FAQ-1: 「XX先生/女士,有位XX公司的XX先生/女士来找您,在前台等您。」 with what the
 * host needs to find the visitor. */
static char *
arrival_text (FdStore     *self,
              FdHost      *host,
              FdLang       lang,
              const char  *visitor,
              const char  *company,
              const char  *purpose,
              gint64       arrived_ms)
{
  g_autofree char *host_name = fd_host_honorific_name (host->name, host->title, lang);
  g_autofree char *when = fd_format_local_time (arrived_ms, "%Y-%m-%d %H:%M");
  g_autofree char *place = fd_store_get_setting (self, "notify_waiting_place", NULL);
  GString *text = g_string_new (NULL);

  if (company != NULL && *company != '\0')
    g_string_append_printf (text, fd_tr (lang, N_("%1$s, %2$s of %3$s is waiting for you at reception.")),
                            host_name, visitor, company);
  else
    g_string_append_printf (text, fd_tr (lang, N_("%1$s, %2$s is waiting for you at reception.")),
                            host_name, visitor);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, fd_tr (lang, N_("Purpose: %s")), purpose);
  g_string_append_c (text, '\n');
  g_string_append_printf (text, fd_tr (lang, N_("Arrived: %s")), when);
  g_string_append_c (text, '\n');
  if (place != NULL && *place != '\0')
    {
      g_string_append_printf (text, fd_tr (lang, N_("Waiting at: %s")), place);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

gboolean
fd_store_enqueue_arrival_locked (FdStore         *self,
                                 gint64           visit_id,
                                 FdRegistration  *reg,
                                 GError         **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, reg->host_id, error);
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  subject = g_strdup_printf (fd_tr (lang, N_("Visitor for you: %s")), reg->name);
  body = arrival_text (self, host, lang, reg->name, reg->company, reg->purpose, fd_store_now_ms (self));
  return fd_store_enqueue_to_host_locked (self, "arrival", host, visit_id, 0, subject, body, error);
}

/* An invitation's code goes to the host, who passes it on to the visitor:
 * the site has the host's address, not the visitor's. */
gboolean
fd_store_enqueue_invitation_locked (FdStore     *self,
                                    gint64       host_id,
                                    const char  *visitor,
                                    const char  *day,
                                    const char  *code,
                                    GError     **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, host_id, error);
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  /* Translators: %1$s a visitor, %2$s a day. */
  subject = g_strdup_printf (fd_tr (lang, N_("Invitation for %1$s on %2$s")), visitor, day);
  /* Translators: %1$s a visitor, %2$s a day, %3$s the 8-character code. */
  body = g_strdup_printf (fd_tr (lang, N_("%1$s is expected on %2$s. Please pass on the invitation code %3$s: "
                                          "at the kiosk they tap “I have an invitation” and type or scan it.\n")),
                          visitor, day, code);
  return fd_store_enqueue_to_host_locked (self, "invitation", host, 0, 0, subject, body, error);
}

/* Runs @func on an on-site visit inside a transaction, with an audit
 * entry; FD_ERROR_STATE when the visitor has left. */
typedef gboolean (*VisitStep) (FdStore  *self,
                               FdVisit  *visit,
                               gpointer  data,
                               GError  **error);

static gboolean
with_on_site_visit (FdStore          *self,
                    const FdSession  *session,
                    gint64            visit_id,
                    const char       *action,
                    VisitStep         func,
                    gpointer          data,
                    GError          **error)
{
  g_autoptr(FdVisit) visit = NULL;
  g_autofree char *subject = g_strdup_printf ("visit:%" G_GINT64_FORMAT, visit_id);
  const char *actor;
  gboolean ok;

  if (!fd_store_check_actor (self, session, FD_PERMISSION_RECEPTION, FALSE, action, &actor, error))
    return FALSE;
  STORE_LOCK (self);
  visit = fd_store_get_visit (self, visit_id, error);
  if (visit == NULL)
    {
      STORE_UNLOCK (self);
      return FALSE;
    }
  if (visit->state != FD_VISIT_ON_SITE)
    {
      STORE_UNLOCK (self);
      g_set_error (error, FD_ERROR, FD_ERROR_STATE, "Visit %" G_GINT64_FORMAT " is not on site", visit_id);
      return FALSE;
    }
  ok = fd_db_begin (self->db, error) &&
       func (self, visit, data, error) &&
       fd_store_audit_locked (self, actor, action, subject, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

static gboolean
remind_step (FdStore  *self,
             FdVisit  *visit,
             gpointer  data,
             GError  **error)
{
  g_autoptr(FdHost) host = fd_store_get_host (self, visit->host_id, error);
  g_autofree char *subject = NULL;
  g_autofree char *arrival = NULL;
  g_autofree char *body = NULL;
  gint64 now = fd_store_now_ms (self);
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  subject = g_strdup_printf (fd_tr (lang, N_("Reminder: %s is still waiting for you")), visit->name);
  arrival = arrival_text (self, host, lang, visit->name, visit->company, visit->purpose, visit->arrived_ms);
  body = g_strdup_printf (fd_tr (lang, N_("Reminder: your visitor has waited %d minutes.\n%s")),
                          (int) ((now - visit->arrived_ms) / 60000), arrival);
  return fd_store_enqueue_to_host_locked (self, "reminder", host, visit->id, 0, subject, body, error) &&
         fd_db_exec (self->db, "UPDATE visits SET reminded_ms = ? WHERE id = ?",
                     FD_DB_ARGS (FD_DB_I (now), FD_DB_I (visit->id)), NULL, NULL, error);
}

/**
 * fd_store_notify_host_again:
 *
 * FAQ-1's first step when the host has not come: the host is told again,
 * by the same channels, how long the visitor has waited.
 */
gboolean
fd_store_notify_host_again (FdStore          *self,
                            const FdSession  *session,
                            gint64            visit_id,
                            GError          **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  return with_on_site_visit (self, session, visit_id, "visit.notify-again", remind_step, NULL, error);
}

static gboolean
message_step (FdStore  *self,
              FdVisit  *visit,
              gpointer  data,
              GError  **error)
{
  const char *message = data;
  g_autoptr(FdHost) host = fd_store_get_host (self, visit->host_id, error);
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *when = NULL;
  gboolean company = visit->company != NULL && *visit->company != '\0';
  FdLang lang;

  if (host == NULL)
    return FALSE;
  lang = fd_store_reader_lang (self, host->lang);
  subject = g_strdup_printf (fd_tr (lang, N_("A message from your visitor %s")), visit->name);
  when = fd_format_local_time (visit->arrived_ms, "%Y-%m-%d %H:%M");
  body = g_strdup_printf (fd_tr (lang, N_("%1$s%2$s%3$s could not meet you and left this message:\n%4$s\n"
                                          "Phone: %5$s\nArrived: %6$s\n")),
                          visit->name, company ? " / " : "", company ? visit->company : "",
                          message, visit->phone, when);
  return fd_store_enqueue_to_host_locked (self, "message", host, visit->id, 0, subject, body, error);
}

/**
 * fd_store_leave_message:
 * @message: what the visitor wants the host to know
 *
 * FAQ-1: a visitor whose host did not come leaves a message; the host
 * receives it with the visitor's name and phone number.
 */
gboolean
fd_store_leave_message (FdStore          *self,
                        const FdSession  *session,
                        gint64            visit_id,
                        const char       *message,
                        GError          **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (fd_text_normalize (message, MAX_MESSAGE, &clean) != FD_INVALID_NONE)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, "The message is empty or too long");
      return FALSE;
    }
  return with_on_site_visit (self, session, visit_id, "visit.message", message_step, clean, error);
}

static gboolean
met_step (FdStore  *self,
          FdVisit  *visit,
          gpointer  data,
          GError  **error)
{
  return fd_db_exec (self->db, "UPDATE visits SET host_met_ms = ? WHERE id = ? AND host_met_ms IS NULL",
                     FD_DB_ARGS (FD_DB_I (fd_store_now_ms (self)), FD_DB_I (visit->id)), NULL, NULL, error);
}

/**
 * fd_store_mark_host_met:
 *
 * Records that the host has come for the visitor: the visit leaves the
 * "host not reached" list.
 */
gboolean
fd_store_mark_host_met (FdStore          *self,
                        const FdSession  *session,
                        gint64            visit_id,
                        GError          **error)
{
  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  return with_on_site_visit (self, session, visit_id, "visit.host-met", met_step, NULL, error);
}

/* A staff alert, to each of the site's alert_recipients. */
gboolean
fd_store_enqueue_staff_alert_locked (FdStore     *self,
                                     const char  *kind,
                                     gint64       visit_id,
                                     const char  *detail,
                                     GError     **error)
{
  g_autofree char *recipients = fd_store_get_setting (self, "alert_recipients", "");
  g_auto(GStrv) entries = g_strsplit_set (recipients, ",;", -1);
  g_autoptr(FdVisit) visit = NULL;
  FdLang lang = fd_store_reader_lang (self, NULL);
  const char *who = "";
  g_autofree char *text = NULL;
  g_autofree char *subject = NULL;

  if (*recipients == '\0')
    return TRUE;
  if (visit_id > 0)
    {
      visit = fd_store_get_visit (self, visit_id, error);
      if (visit == NULL)
        return FALSE;
      who = visit->name;
    }

  if (g_str_equal (kind, "refusal"))
    text = g_strdup (fd_tr (lang, N_("A visitor declined to register and was not let in.")));
  else if (g_str_equal (kind, "watchlist"))
    text = g_strdup_printf (fd_tr (lang, N_("Watchlist match: %1$s (%2$s). The badge is held until reception has checked the visitor.")),
                            who, detail != NULL ? detail : "");
  else if (g_str_equal (kind, "printer"))
    text = g_strdup_printf (fd_tr (lang, N_("The badge of %1$s did not print: %2$s")), who,
                            fd_print_problem_message (fd_print_problem_from_id (detail), lang));
  else
    text = g_strdup_printf ("%s: %s %s", kind, who, detail != NULL ? detail : "");
  subject = g_strdup_printf (fd_tr (lang, N_("Front desk alert: %s")), text);

  for (guint i = 0; entries[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (g_strstrip (entries[i]), ":", 2);
      const char *channel = pair[0];
      const char *recipient = pair[0] != NULL && pair[1] != NULL ? g_strstrip (pair[1]) : "";

      if (channel == NULL || *channel == '\0')
        continue;
      if (g_str_equal (channel, "email") ? *recipient == '\0' : !chat_set_up (self, channel))
        continue;
      if (!enqueue_locked (self, "alert", channel, recipient, subject, text, visit_id, 0, error))
        return FALSE;
    }
  return TRUE;
}

/* How long a visitor waits for the host before reception steps in. */
gint64
fd_store_host_wait_minutes (FdStore *self)
{
  g_autofree char *text = fd_store_get_setting (self, "host_wait_minutes", "15");

  return CLAMP (g_ascii_strtoll (text, NULL, 10), 1, 24 * 60);
}
