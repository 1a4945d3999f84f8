/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ctl-private.h"

#include <glib-unix.h>
#include <string.h>

#include "fd-ctl-json.h"
#include "fd-error.h"
#include "fd-notify.h"

/* frontdeskctl's messages: the outbox, its sender, a test message, each
 * host's channels, and FAQ-1's steps when the host does not come. */

static JsonNode *
message_to_json (FdOutboxMessage *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, message->id);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, message->state);
  json_builder_set_member_name (builder, "channel");
  json_builder_add_string_value (builder, message->channel);
  json_builder_set_member_name (builder, "recipient");
  json_builder_add_string_value (builder, message->recipient);
  json_builder_set_member_name (builder, "subject");
  json_builder_add_string_value (builder, message->subject != NULL ? message->subject : "");
  json_builder_set_member_name (builder, "visit_id");
  if (message->visit_id > 0)
    json_builder_add_int_value (builder, message->visit_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "attempts");
  json_builder_add_int_value (builder, message->attempts);
  json_builder_set_member_name (builder, "last_error");
  if (message->last_error != NULL && *message->last_error != '\0')
    json_builder_add_string_value (builder, message->last_error);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "created_ms");
  json_builder_add_int_value (builder, message->created_ms);
  json_builder_set_member_name (builder, "sent_ms");
  if (message->sent_ms > 0)
    json_builder_add_int_value (builder, message->sent_ms);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}

static int
outbox_list (Ctl       *ctl,
             FdSession *session)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) messages = fd_store_list_outbox (ctl->store, session, ctl->failed, &error);

  if (messages == NULL)
    return fd_ctl_fail_error (ctl, error);
  if (ctl->json)
    {
      JsonNode *array = json_node_new (JSON_NODE_ARRAY);

      json_node_take_array (array, json_array_new ());
      for (guint i = 0; i < messages->len; i++)
        json_array_add_element (json_node_get_array (array), message_to_json (messages->pdata[i]));
      fd_ctl_print_json (array);
      return FD_CTL_OK;
    }
  for (guint i = 0; i < messages->len; i++)
    {
      FdOutboxMessage *message = g_ptr_array_index (messages, i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%d\t%s\n", message->id, message->state,
               message->channel, message->recipient, message->attempts,
               message->last_error != NULL ? message->last_error : "");
    }
  return FD_CTL_OK;
}

static int
outbox_retry (Ctl        *ctl,
              FdSession  *session,
              const char *id_text)
{
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (!fd_ctl_parse_id (id_text, &id))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("A message ID is a number.")));
  if (!fd_store_retry_outbox (ctl->store, session, id, &error))
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

/* The sender on its own, for a station without a window: runs until
 * SIGTERM or SIGINT. */
static int
outbox_run (Ctl *ctl)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(FdNotifier) notifier = fd_notifier_new (ctl->store);

  g_unix_signal_add (SIGTERM, quit_cb, loop);
  g_unix_signal_add (SIGINT, quit_cb, loop);
  fd_notifier_set_poll_ms (notifier, 200);
  fd_notifier_start (notifier);
  g_main_loop_run (loop);
  fd_notifier_stop (notifier);
  return FD_CTL_OK;
}

static int
notify_test (Ctl        *ctl,
             const char *channel,
             const char *recipient)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *channels = fd_notify_parse_channels (channel);
  const char *subject = fd_tr (ctl->lang, N_("Frontdesk test message"));
  const char *body = fd_tr (ctl->lang, N_("This is a test message from Frontdesk. If you can read it, visitors' messages will reach you here."));

  if (channels == NULL || strchr (channels, ',') != NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("The channel is one of email, wecom, dingtalk, feishu, slack, teams, hook.")));
  if (!fd_notify_send (ctl->store, channels, recipient, subject, body, &error))
    {
      g_autofree char *message = g_strdup_printf (fd_tr (ctl->lang, N_("Not delivered: %s")), error->message);

      return fd_ctl_fail (ctl, message);
    }
  g_print ("%s\n", fd_tr (ctl->lang, N_("Delivered.")));
  return FD_CTL_OK;
}

static int
hosts_notify (Ctl       *ctl,
              FdSession *session)
{
  g_autoptr(GString) problem = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 host_id;

  if (ctl->host == NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Name the host with --host.")));
  host_id = fd_ctl_resolve_host (ctl, problem);
  if (host_id == 0)
    return fd_ctl_fail (ctl, problem->str);
  if (!fd_store_set_host_notify (ctl->store, session, host_id, ctl->channels, ctl->lang_for_host, &error))
    return fd_ctl_fail_error (ctl, error);
  return FD_CTL_OK;
}

/* FAQ-1's steps for a visitor whose host has not come. */
static int
visit_step (Ctl        *ctl,
            FdSession  *session,
            const char *command,
            const char *id_text)
{
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean ok;

  if (!fd_ctl_parse_id (id_text, &id))
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("A visit ID is a number.")));
  if (g_str_equal (command, "host-met"))
    ok = fd_store_mark_host_met (ctl->store, session, id, &error);
  else if (g_str_equal (command, "notify-again"))
    ok = fd_store_notify_host_again (ctl->store, session, id, &error);
  else if (ctl->message == NULL)
    return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Give the message with --message.")));
  else
    ok = fd_store_leave_message (ctl->store, session, id, ctl->message, &error);
  return ok ? FD_CTL_OK : fd_ctl_fail_error (ctl, error);
}

int
fd_ctl_run_notify (Ctl   *ctl,
                   int    argc,
                   char **argv)
{
  const char *group = argv[1];
  const char *command = argc > 2 ? argv[2] : "";
  g_autoptr(FdSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (!fd_ctl_open_store (ctl) || !fd_ctl_login (ctl, &session))
    return FD_CTL_FAILED;
  if (g_str_equal (group, "outbox") && g_str_equal (command, "list") && argc == 3)
    return outbox_list (ctl, session);
  if (g_str_equal (group, "outbox") && g_str_equal (command, "retry") && argc == 4)
    return outbox_retry (ctl, session, argv[3]);
  /* The sender and a test message use the site's mail server and chat
   * robots: an administrator's (or a service account's). */
  if ((g_str_equal (group, "outbox") && g_str_equal (command, "run")) || g_str_equal (group, "notify"))
    {
      if (!fd_store_check_permission (ctl->store, session, FD_PERMISSION_ADMIN, "notify.send", &error))
        return fd_ctl_fail_error (ctl, error);
    }
  if (g_str_equal (group, "outbox") && g_str_equal (command, "run") && argc == 3)
    return outbox_run (ctl);
  if (g_str_equal (group, "notify") && g_str_equal (command, "test") && argc == 5)
    return notify_test (ctl, argv[3], argv[4]);
  if (g_str_equal (group, "hosts") && g_str_equal (command, "notify") && argc == 3)
    return hosts_notify (ctl, session);
  if (g_str_equal (group, "visits") && argc == 4 &&
      (g_str_equal (command, "host-met") || g_str_equal (command, "notify-again") ||
       g_str_equal (command, "message")))
    return visit_step (ctl, session, command, argv[3]);
  return fd_ctl_usage (ctl, fd_tr (ctl->lang, N_("Unknown command or wrong number of arguments.")));
}
