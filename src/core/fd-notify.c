/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-notify.h"

#include <curl/curl.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-curl.h"
#include "fd-error.h"
#include "fd-i18n.h"
#include "fd-settings.h"

/*
 * FdNotifier delivers the outbox from a thread of its own: it never blocks a
 * window, and a mail server that hangs only delays mail.  Each failure is
 * recorded with the next attempt after an exponential backoff with jitter;
 * a message older than the give-up age is marked failed for the staff
 * window.  E-mail goes through libcurl's SMTP with a UTF-8 MIME body.
 *
 * Site settings: smtp_url (smtp://host:port, smtps://…), smtp_from,
 * notify_give_up_minutes (default 60), notify_timeout_seconds (default 30).
 *
 * Mail goes over TLS only: smtps://, or smtp:// with STARTTLS required, so
 * a server that offers no STARTTLS gets no password and no message.  Plain
 * SMTP only when an administrator set smtp_allow_plain; likewise webhooks
 * go to https:// only unless webhook_allow_http is set.  Neither is implied
 * by the address, not even a loopback one.  Error messages never quote a
 * server address (it may carry a password or a robot's key).
 */


#define BACKOFF_FIRST_MS 2000
#define BACKOFF_MAX_MS   (5 * 60 * 1000)

struct _FdNotifier
{
  GObject   parent_instance;

  FdStore  *store;
  GThread  *thread;
  GMutex    mutex;
  GCond     cond;
  gboolean  stopping;   /* guarded by mutex */
  guint     poll_ms;    /* how often the outbox is looked at */
};

G_DEFINE_FINAL_TYPE (FdNotifier, fd_notifier, G_TYPE_OBJECT)

/* RFC 2047: a header in UTF-8 that any mail reader shows right. */
static char *
encode_header (const char *text)
{
  g_autofree char *b64 = g_base64_encode ((const guchar *) text, strlen (text));

  return g_strconcat ("=?UTF-8?B?", b64, "?=", NULL);
}

/* A transfer to @url that gives up after @timeout_s, as every delivery
 * does; NULL with @error set when libcurl cannot start one. */
static CURL *
new_transfer (const char  *url,
              guint        timeout_s,
              GError     **error)
{
  CURL *curl = curl_easy_init ();

  if (curl == NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "libcurl cannot start");
      return NULL;
    }
  curl_easy_setopt (curl, CURLOPT_URL, url);
  curl_easy_setopt (curl, CURLOPT_CONNECTTIMEOUT, (long) MIN (timeout_s, 10));
  curl_easy_setopt (curl, CURLOPT_TIMEOUT, (long) timeout_s);
  curl_easy_setopt (curl, CURLOPT_NOSIGNAL, 1L);
  return curl;
}

/**
 * fd_notify_send_email:
 * @smtp_url: smtp://host:port or smtps://host:port
 *
 * Sends one plain-text UTF-8 message.  Blocking: call it from a thread.
 */
gboolean
fd_notify_send_email (const char  *smtp_url,
                      gboolean     allow_plain,
                      const char  *from,
                      const char  *to,
                      const char  *subject,
                      const char  *body,
                      guint        timeout_s,
                      GError     **error)
{
  CURL *curl = new_transfer (smtp_url, timeout_s, error);
  struct curl_slist *recipients = NULL;
  struct curl_slist *headers = NULL;
  curl_mime *mime = NULL;
  curl_mimepart *part;
  g_autofree char *from_header = g_strdup_printf ("From: Frontdesk <%s>", from);
  g_autofree char *to_header = g_strdup_printf ("To: <%s>", to);
  g_autofree char *encoded = encode_header (subject);
  g_autofree char *subject_header = g_strdup_printf ("Subject: %s", encoded);
  g_autofree char *mail_from = g_strdup_printf ("<%s>", from);
  g_autofree char *rcpt = g_strdup_printf ("<%s>", to);
  CURLcode rc;

  if (curl == NULL)
    return FALSE;
  recipients = curl_slist_append (recipients, rcpt);
  headers = curl_slist_append (headers, from_header);
  headers = curl_slist_append (headers, to_header);
  headers = curl_slist_append (headers, subject_header);

  mime = curl_mime_init (curl);
  part = curl_mime_addpart (mime);
  curl_mime_data (part, body, CURL_ZERO_TERMINATED);
  curl_mime_type (part, "text/plain; charset=UTF-8");
  curl_mime_encoder (part, "base64");

  curl_easy_setopt (curl, CURLOPT_MAIL_FROM, mail_from);
  curl_easy_setopt (curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt (curl, CURLOPT_MIMEPOST, mime);
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt (curl, CURLOPT_USE_SSL, (long) (allow_plain ? CURLUSESSL_TRY : CURLUSESSL_ALL));

  rc = curl_easy_perform (curl);
  if (rc == CURLE_USE_SSL_FAILED)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_IO,
                         N_("The mail server offers no encryption (STARTTLS), so nothing was sent. Use smtps:// or a server with STARTTLS, or let an administrator allow plain mail."));
  else if (rc != CURLE_OK)
    g_set_error (error, FD_ERROR, FD_ERROR_IO, "SMTP: %s", curl_easy_strerror (rc));

  curl_mime_free (mime);
  curl_slist_free_all (headers);
  curl_slist_free_all (recipients);
  curl_easy_cleanup (curl);
  return rc == CURLE_OK;
}

static size_t
collect_cb (char   *data,
            size_t  size,
            size_t  count,
            void   *user_data)
{
  g_string_append_len (user_data, data, (gssize) (size * count));
  return size * count;
}

/* base64 (HMAC-SHA256 (key, message)). */
static char *
sign (const char *key,
      const char *message)
{
  g_autoptr(GHmac) hmac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) key, strlen (key));
  guint8 digest[32];
  gsize length = sizeof digest;

  g_hmac_update (hmac, (const guchar *) message, -1);
  g_hmac_get_digest (hmac, digest, &length);
  return g_base64_encode (digest, length);
}

static char *
to_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *text)
{
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, member[0] == 'c' ? "text" : "content");
  json_builder_add_string_value (builder, text);
  json_builder_end_object (builder);
}

/* The JSON each service expects, and the address with its signature. */
static char *
webhook_body (const char  *channel,
              const char  *url,
              const char  *secret,
              const char  *recipient,
              const char  *text,
              char       **full_url)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  gint64 now_ms = g_get_real_time () / 1000;

  *full_url = g_strdup (url);
  json_builder_begin_object (builder);
  if (g_str_equal (channel, "wecom") || g_str_equal (channel, "dingtalk"))
    {
      gboolean wecom = g_str_equal (channel, "wecom");

      json_builder_set_member_name (builder, "msgtype");
      json_builder_add_string_value (builder, "text");
      json_builder_set_member_name (builder, "text");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "content");
      json_builder_add_string_value (builder, text);
      if (!wecom)
        {
          /* DingTalk mentions live beside "text", WeCom's inside it. */
          json_builder_end_object (builder);
          json_builder_set_member_name (builder, "at");
          json_builder_begin_object (builder);
        }
      json_builder_set_member_name (builder, wecom ? "mentioned_mobile_list" : "atMobiles");
      json_builder_begin_array (builder);
      if (*recipient != '\0')
        json_builder_add_string_value (builder, recipient);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      if (g_str_equal (channel, "dingtalk") && secret != NULL && *secret != '\0')
        {
          g_autofree char *ts = g_strdup_printf ("%" G_GINT64_FORMAT, now_ms);
          g_autofree char *to_sign = g_strconcat (ts, "\n", secret, NULL);
          g_autofree char *signature = sign (secret, to_sign);
          g_autofree char *escaped = g_uri_escape_string (signature, NULL, FALSE);

          g_free (*full_url);
          *full_url = g_strdup_printf ("%s%stimestamp=%s&sign=%s", url, strchr (url, '?') != NULL ? "&" : "?",
                                       ts, escaped);
        }
    }
  else if (g_str_equal (channel, "feishu"))
    {
      if (secret != NULL && *secret != '\0')
        {
          g_autofree char *ts = g_strdup_printf ("%" G_GINT64_FORMAT, now_ms / 1000);
          g_autofree char *key = g_strconcat (ts, "\n", secret, NULL);
          g_autofree char *signature = sign (key, "");

          json_builder_set_member_name (builder, "timestamp");
          json_builder_add_string_value (builder, ts);
          json_builder_set_member_name (builder, "sign");
          json_builder_add_string_value (builder, signature);
        }
      json_builder_set_member_name (builder, "msg_type");
      json_builder_add_string_value (builder, "text");
      add_text (builder, "content", text);
    }
  else if (g_str_equal (channel, "slack"))
    {
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
    }
  else if (g_str_equal (channel, "teams"))
    {
      /* Teams Workflows: an Adaptive Card in a message. */
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "message");
      json_builder_set_member_name (builder, "attachments");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "contentType");
      json_builder_add_string_value (builder, "application/vnd.microsoft.card.adaptive");
      json_builder_set_member_name (builder, "content");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "$schema");
      json_builder_add_string_value (builder, "http://adaptivecards.io/schemas/adaptive-card.json");
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "AdaptiveCard");
      json_builder_set_member_name (builder, "version");
      json_builder_add_string_value (builder, "1.4");
      json_builder_set_member_name (builder, "body");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "type");
      json_builder_add_string_value (builder, "TextBlock");
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      json_builder_set_member_name (builder, "wrap");
      json_builder_add_boolean_value (builder, TRUE);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      json_builder_end_array (builder);
    }
  else
    {
      json_builder_set_member_name (builder, "event");
      json_builder_add_string_value (builder, "visitor.arrived");
      json_builder_set_member_name (builder, "recipient");
      json_builder_add_string_value (builder, recipient);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
    }
  json_builder_end_object (builder);
  return to_json (builder);
}

/* WeCom and DingTalk answer 200 with {"errcode": n}, Feishu with
 * {"code": n}: only 0 is success.  Slack answers "ok". */
static gboolean
webhook_accepted (const char  *channel,
                  long         status,
                  const char  *reply,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object = NULL;
  gint64 code = 0;

  if (status < 200 || status >= 300)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s: HTTP %ld", channel, status);
      return FALSE;
    }
  if (g_str_equal (channel, "slack"))
    {
      if (g_str_equal (reply, "ok"))
        return TRUE;
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "slack: %s", reply);
      return FALSE;
    }
  if (g_str_equal (channel, "hook") || g_str_equal (channel, "teams"))
    return TRUE;
  /* An empty reply parses as a document without a root. */
  if (json_parser_load_from_data (parser, reply, -1, NULL) && json_parser_get_root (parser) != NULL &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    object = json_node_get_object (json_parser_get_root (parser));
  if (object != NULL)
    code = json_object_get_int_member_with_default (object, g_str_equal (channel, "feishu") ? "code" : "errcode", -1);
  if (object == NULL || code != 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s: errcode %" G_GINT64_FORMAT " %s", channel, code, reply);
      return FALSE;
    }
  return TRUE;
}

/**
 * fd_notify_post_webhook:
 * @channel: "wecom", "dingtalk", "feishu", "slack", "teams" or "hook"
 * @secret: (nullable): DingTalk's or Feishu's signing secret
 * @recipient: the host's mobile number, mentioned in the group
 *
 * Blocking: call it from a thread.
 */
gboolean
fd_notify_post_webhook (const char  *channel,
                        gboolean     allow_http,
                        const char  *url,
                        const char  *secret,
                        const char  *recipient,
                        const char  *text,
                        guint        timeout_s,
                        GError     **error)
{
  g_autoptr(GString) reply = g_string_new (NULL);
  g_autofree char *full_url = NULL;
  g_autofree char *json = webhook_body (channel, url, secret, recipient, text, &full_url);
  CURL *curl = new_transfer (full_url, timeout_s, error);
  struct curl_slist *headers = NULL;
  long status = 0;
  CURLcode rc;
  gboolean ok = FALSE;

  if (curl == NULL)
    return FALSE;
  curl_easy_setopt (curl, CURLOPT_PROTOCOLS_STR, allow_http ? "http,https" : "https");
  headers = curl_slist_append (NULL, "Content-Type: application/json; charset=utf-8");
  curl_easy_setopt (curl, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt (curl, CURLOPT_POSTFIELDS, json);
  curl_easy_setopt (curl, CURLOPT_WRITEFUNCTION, collect_cb);
  curl_easy_setopt (curl, CURLOPT_WRITEDATA, reply);
  rc = curl_easy_perform (curl);
  if (rc == CURLE_UNSUPPORTED_PROTOCOL)
    g_set_error_literal (error, FD_ERROR, FD_ERROR_IO,
                         N_("A chat channel's address must start with https://, so nothing was sent; an administrator can allow http://."));
  else if (rc != CURLE_OK)
    g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s: %s", channel, curl_easy_strerror (rc));
  else
    {
      curl_easy_getinfo (curl, CURLINFO_RESPONSE_CODE, &status);
      ok = webhook_accepted (channel, status, reply->str, error);
    }
  curl_slist_free_all (headers);
  curl_easy_cleanup (curl);
  return ok;
}

/* 2 s, 4 s, 8 s … up to 5 minutes, each with up to 25 % jitter so that
 * stations do not retry in step. */
static gint64
backoff_ms (int attempts)
{
  gint64 delay = BACKOFF_FIRST_MS;

  for (int i = 0; i < attempts && delay < BACKOFF_MAX_MS; i++)
    delay *= 2;
  delay = MIN (delay, BACKOFF_MAX_MS);
  return delay + g_random_int_range (0, (gint32) (delay / 4) + 1);
}

static gboolean
setting_true (FdStore    *store,
              const char *key)
{
  g_autofree char *value = fd_store_get_setting (store, key, "false");

  return fd_setting_bool (value);
}

/**
 * fd_notify_send:
 * @channel: one of fd_notify_channels
 *
 * Sends one message now, with the site's settings for @channel, waiting
 * for the answer (at most notify_timeout_seconds).  Call it off the main
 * loop.
 */
gboolean
fd_notify_send (FdStore     *store,
                const char  *channel,
                const char  *recipient,
                const char  *subject,
                const char  *body,
                GError     **error)
{
  g_autofree char *timeout_text = fd_store_get_setting (store, "notify_timeout_seconds", "30");
  guint timeout_s = (guint) CLAMP (g_ascii_strtoll (timeout_text, NULL, 10), 1, 300);

  if (g_str_equal (channel, "email"))
    {
      g_autofree char *url = fd_store_get_setting (store, "smtp_url", NULL);
      g_autofree char *from = fd_store_get_setting (store, "smtp_from", "frontdesk@localhost");

      if (url == NULL)
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_STATE, "No mail server is set up (smtp_url)");
          return FALSE;
        }
      return fd_notify_send_email (url, setting_true (store, "smtp_allow_plain"), from, recipient, subject, body,
                                   timeout_s, error);
    }
  else
    {
      g_autofree char *url_key = g_strdup_printf ("webhook_%s_url", channel);
      g_autofree char *secret_key = g_strdup_printf ("webhook_%s_secret", channel);
      g_autofree char *hook = fd_store_get_setting (store, url_key, "");
      g_autofree char *secret = fd_store_get_setting (store, secret_key, NULL);

      if (*hook == '\0')
        {
          g_set_error (error, FD_ERROR, FD_ERROR_STATE, "%s is not set up", url_key);
          return FALSE;
        }
      return fd_notify_post_webhook (channel, setting_true (store, "webhook_allow_http"), hook, secret, recipient, body,
                                     timeout_s, error);
    }
}

static void
deliver (FdNotifier      *self,
         FdOutboxMessage *message,
         gint64           give_up_ms)
{
  g_autoptr(GError) error = NULL;
  gint64 now = fd_store_now_ms (self->store);
  gint64 retry_at;
  gboolean sent;

  sent = fd_notify_send (self->store, message->channel, message->recipient, message->subject,
                         message->body, &error);
  retry_at = now + backoff_ms (message->attempts);
  if (!sent && now - message->created_ms > give_up_ms)
    retry_at = 0;  /* too old: failed, for a person to look at */
  if (!sent)
    g_message ("Message %" G_GINT64_FORMAT " by %s not delivered: %s", message->id,
               message->channel, error->message);
  fd_store_outbox_attempt (self->store, message->id, sent, sent ? NULL : error->message, retry_at, NULL);
}

static gpointer
sender_thread (gpointer user_data)
{
  FdNotifier *self = user_data;

  for (;;)
    {
      g_autoptr(GPtrArray) due = NULL;
      gint64 until;

      g_mutex_lock (&self->mutex);
      until = g_get_monotonic_time () + (gint64) self->poll_ms * 1000;
      while (!self->stopping && g_cond_wait_until (&self->cond, &self->mutex, until))
        ;
      if (self->stopping)
        {
          g_mutex_unlock (&self->mutex);
          break;
        }
      g_mutex_unlock (&self->mutex);

      due = fd_store_due_outbox (self->store, 20, NULL);
      if (due != NULL && due->len > 0)
        {
          g_autofree char *give_up = fd_store_get_setting (self->store, "notify_give_up_minutes", "60");
          gint64 give_up_ms = g_ascii_strtoll (give_up, NULL, 10) * 60 * 1000;

          for (guint i = 0; i < due->len; i++)
            deliver (self, g_ptr_array_index (due, i), give_up_ms);
        }
    }
  return NULL;
}

void
fd_notifier_start (FdNotifier *self)
{
  g_return_if_fail (FD_IS_NOTIFIER (self));

  if (self->thread != NULL)
    return;
  self->stopping = FALSE;
  self->thread = g_thread_new ("fd-notifier", sender_thread, self);
}

/* Waits for a delivery under way (at most the SMTP timeout). */
void
fd_notifier_stop (FdNotifier *self)
{
  g_return_if_fail (FD_IS_NOTIFIER (self));

  if (self->thread == NULL)
    return;
  g_mutex_lock (&self->mutex);
  self->stopping = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);
  g_thread_join (g_steal_pointer (&self->thread));
}

void
fd_notifier_set_poll_ms (FdNotifier *self,
                         guint       poll_ms)
{
  g_return_if_fail (FD_IS_NOTIFIER (self));
  self->poll_ms = MAX (poll_ms, 10);
}

static void
fd_notifier_dispose (GObject *object)
{
  FdNotifier *self = FD_NOTIFIER (object);

  fd_notifier_stop (self);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (fd_notifier_parent_class)->dispose (object);
}

static void
fd_notifier_finalize (GObject *object)
{
  FdNotifier *self = FD_NOTIFIER (object);

  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  G_OBJECT_CLASS (fd_notifier_parent_class)->finalize (object);
}

static void
fd_notifier_class_init (FdNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = fd_notifier_dispose;
  object_class->finalize = fd_notifier_finalize;
  curl_global_init (CURL_GLOBAL_DEFAULT);
}

static void
fd_notifier_init (FdNotifier *self)
{
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);
  self->poll_ms = 1000;
}

FdNotifier *
fd_notifier_new (FdStore *store)
{
  FdNotifier *self = g_object_new (FD_TYPE_NOTIFIER, NULL);

  self->store = g_object_ref (store);
  return self;
}
