/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-settings.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "fd-error.h"
#include "fd-i18n.h"
#include "fd-notify.h"
#include "fd-validate.h"

/*
 * The site settings every station shares, checked when they are written so
 * that no station ever reads a value it cannot use.  An unknown key is
 * refused (a typo would otherwise be saved and silently ignored).  The
 * messages are the msgids of N_() strings: a caller shows them with fd_tr()
 * in the reader's language.  They never quote the value, which may be a
 * secret.
 */

typedef enum {
  KIND_TEXT,      /* one line of text */
  KIND_INT,       /* a whole number in [min, max] */
  KIND_CHOICE,    /* one of choices, separated by '|' */
  KIND_BOOL,      /* "true" or "false" */
  KIND_SMTP_URL,  /* smtp:// or smtps:// */
  KIND_HOOK_URL,  /* https:// or http:// */
  KIND_CHANNELS,  /* a list of fd_notify_channels */
  KIND_TOPICS,    /* the kiosk's REC-3 topics as JSON */
} Kind;

typedef struct {
  const char *key;
  Kind        kind;
  gint64      min;       /* KIND_INT */
  gint64      max;
  const char *choices;   /* KIND_CHOICE */
  gboolean    secret;    /* never shown outside the administration page */
  gboolean    per_site;  /* a site may have its own value (fd-store-sites.c) */
} Setting;

#define MAX_TEXT_CHARS 1000

static const Setting settings[] = {
  { "company_name", KIND_TEXT, .per_site = TRUE },
  { "company_name_en", KIND_TEXT, .per_site = TRUE },
  { "badge_fee", KIND_TEXT, .per_site = TRUE },
  { "badge_return_box", KIND_BOOL, .per_site = TRUE },
  { "print_policy", KIND_CHOICE, .choices = "immediate|confirm", .per_site = TRUE },
  { "overstay_hours", KIND_INT, 1, 24 * 7, .per_site = TRUE },
  { "staff_lock_minutes", KIND_INT, 0, 24 * 60, .per_site = TRUE },
  { "host_wait_minutes", KIND_INT, 1, 24 * 60, .per_site = TRUE },
  { "office_printer", KIND_TEXT, .per_site = TRUE },
  { "export_folder", KIND_TEXT },
  { "export_format", KIND_CHOICE, .choices = "csv|xlsx" },
  { "retention_days", KIND_INT, 1, 365 * 30 },
  { "audit_retention_days", KIND_INT, 90, 365 * 30 },
  { "kiosk_topics", KIND_TOPICS, .per_site = TRUE },
  { "kiosk_exit_roles", KIND_CHOICE, .choices = "admin|security|receptionist" },
  { "alert_recipients", KIND_TEXT },
  { "notify_channels", KIND_CHANNELS },
  { "notify_lang", KIND_CHOICE, .choices = "zh_CN|en" },
  { "notify_waiting_place", KIND_TEXT, .per_site = TRUE },
  { "notify_give_up_minutes", KIND_INT, 1, 7 * 24 * 60 },
  { "notify_timeout_seconds", KIND_INT, 1, 300 },
  { "smtp_url", KIND_SMTP_URL, .secret = TRUE },
  { "smtp_from", KIND_TEXT },
  { "smtp_allow_plain", KIND_BOOL },
  { "webhook_allow_http", KIND_BOOL },
};

static const char * const hook_channels[] = {
  "wecom", "dingtalk", "feishu", "slack", "teams", "hook",
};

/* Webhook settings are one URL and one signing secret per chat channel;
 * both are secrets (the URL carries the robot's key). */
static gboolean
find_hook_setting (const char *key,
                   Setting    *found)
{
  for (guint i = 0; i < G_N_ELEMENTS (hook_channels); i++)
    {
      g_autofree char *url = g_strdup_printf ("webhook_%s_url", hook_channels[i]);
      g_autofree char *secret = g_strdup_printf ("webhook_%s_secret", hook_channels[i]);

      if (g_str_equal (key, url) || g_str_equal (key, secret))
        {
          *found = (Setting) { .key = NULL, .kind = g_str_equal (key, url) ? KIND_HOOK_URL : KIND_TEXT,
                               .secret = TRUE };
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
find_setting (const char *key,
              Setting    *found)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    if (g_str_equal (settings[i].key, key))
      {
        *found = settings[i];
        return TRUE;
      }
  return find_hook_setting (key, found);
}

/**
 * fd_setting_is_per_site:
 *
 * Returns: whether a site (a lobby) may use its own value of @key instead
 *   of the company's: its name, badges, topics, printer and times; not
 *   mail, chat, exports, retention or the kiosk's exit.
 */
gboolean
fd_setting_is_per_site (const char *key)
{
  Setting setting;

  return find_setting (key, &setting) && setting.per_site;
}

/**
 * fd_setting_is_secret:
 *
 * Returns: whether the value of @key must never reach the audit log, a log
 *   line, an error message or anyone but an administrator.  Unknown keys
 *   count as secret.
 */
gboolean
fd_setting_is_secret (const char *key)
{
  Setting setting;

  g_return_val_if_fail (key != NULL, TRUE);

  return !find_setting (key, &setting) || setting.secret;
}

/**
 * fd_setting_bool:
 * @value: (nullable): a stored yes-or-no setting
 *
 * Returns: whether @value is yes: "true" or "1", the two forms
 *   fd_setting_check() accepts for it.
 */
gboolean
fd_setting_bool (const char *value)
{
  return g_strcmp0 (value, "true") == 0 || g_strcmp0 (value, "1") == 0;
}

/**
 * fd_setting_int:
 * @value: (nullable): a stored value
 * @key: a KIND_INT setting
 *
 * Returns: @value as a number, clamped to what @key allows; the smallest
 *   allowed value for anything that is not a number.
 */
gint64
fd_setting_int (const char *value,
                const char *key)
{
  Setting setting;
  gint64 number;

  g_return_val_if_fail (key != NULL, 0);
  if (!find_setting (key, &setting) || setting.kind != KIND_INT)
    g_return_val_if_reached (0);

  if (value == NULL || !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return setting.min;
  return CLAMP (number, setting.min, setting.max);
}

static gboolean
check_choice (const Setting *setting,
              const char    *value)
{
  g_auto(GStrv) choices = g_strsplit (setting->choices, "|", -1);

  return g_strv_contains ((const char * const *) choices, value);
}

static gboolean
check_url (const char  *value,
           const char **schemes,
           guint        n_schemes)
{
  g_autoptr(GUri) uri = g_uri_parse (value, G_URI_FLAGS_NONE, NULL);

  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0')
    return FALSE;
  for (guint i = 0; i < n_schemes; i++)
    if (g_ascii_strcasecmp (g_uri_get_scheme (uri), schemes[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * fd_setting_check:
 *
 * Returns: %TRUE when @value may be stored as @key; otherwise
 *   FD_ERROR_INVALID (FD_ERROR_NOT_FOUND for an unknown key) with an N_()
 *   msgid that does not quote @value.
 */
gboolean
fd_setting_check (const char  *key,
                  const char  *value,
                  GError     **error)
{
  static const char *smtp_schemes[] = { "smtp", "smtps" };
  static const char *hook_schemes[] = { "https", "http" };
  Setting setting;
  gint64 number;
  g_autofree char *channels = NULL;
  g_autoptr(GPtrArray) topics = NULL;

  g_return_val_if_fail (key != NULL && value != NULL, FALSE);

  if (!find_setting (key, &setting))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_NOT_FOUND, N_("There is no such setting."));
      return FALSE;
    }
  /* Every value is one line of valid UTF-8 without control characters;
   * empty means "not set" and is always allowed. */
  if (*value == '\0')
    return TRUE;
  if (fd_text_normalize (value, MAX_TEXT_CHARS, NULL) != FD_INVALID_NONE && setting.kind != KIND_TOPICS)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           N_("The value has characters that are not allowed, or is too long."));
      return FALSE;
    }

  switch (setting.kind)
    {
    case KIND_TEXT:
      return TRUE;
    case KIND_INT:
      if (g_ascii_string_to_signed (value, 10, setting.min, setting.max, &number, NULL))
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("The value is not a whole number in the allowed range."));
      return FALSE;
    case KIND_CHOICE:
      if (check_choice (&setting, value))
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("The value is not one of the allowed choices."));
      return FALSE;
    case KIND_BOOL:
      if (fd_setting_bool (value) || g_str_equal (value, "false") || g_str_equal (value, "0"))
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("The value is “true” or “false”."));
      return FALSE;
    case KIND_SMTP_URL:
      if (check_url (value, smtp_schemes, G_N_ELEMENTS (smtp_schemes)))
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           N_("The mail server is written smtp://host:port or smtps://host:port."));
      return FALSE;
    case KIND_HOOK_URL:
      if (check_url (value, hook_schemes, G_N_ELEMENTS (hook_schemes)))
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("A webhook address starts with https://."));
      return FALSE;
    case KIND_CHANNELS:
      channels = fd_notify_parse_channels (value);
      if (channels != NULL)
        return TRUE;
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                           N_("The value is not a list of channels (email, wecom, dingtalk, feishu, slack, teams, hook)."));
      return FALSE;
    case KIND_TOPICS:
      topics = fd_topics_parse (value, error);
      return topics != NULL;
    default:
      g_assert_not_reached ();
    }
}

/**
 * fd_topic_new:
 * @en: (nullable): the topic in English; the Chinese when %NULL or empty
 */
FdTopic *
fd_topic_new (const char *zh,
              const char *en,
              gint64      host_id)
{
  FdTopic *topic = g_new0 (FdTopic, 1);

  topic->zh = g_strdup (zh);
  topic->en = g_strdup (en != NULL && *en != '\0' ? en : zh);
  topic->host_id = host_id;
  return topic;
}

/**
 * fd_topics_to_json:
 * @topics: (element-type FdTopic): what the kiosk offers
 *
 * Returns: the kiosk_topics setting for @topics, as fd_topics_parse()
 *   reads it.
 */
char *
fd_topics_to_json (GPtrArray *topics)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < topics->len; i++)
    {
      FdTopic *topic = topics->pdata[i];

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "zh");
      json_builder_add_string_value (builder, topic->zh);
      json_builder_set_member_name (builder, "en");
      json_builder_add_string_value (builder, topic->en);
      json_builder_set_member_name (builder, "host_id");
      json_builder_add_int_value (builder, topic->host_id);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

void
fd_topic_free (FdTopic *topic)
{
  if (topic == NULL)
    return;
  g_free (topic->zh);
  g_free (topic->en);
  g_free (topic);
}

/* A member that must be a string when it is there. */
static gboolean
topic_text (JsonObject  *object,
            const char  *member,
            char       **text)
{
  JsonNode *node = json_object_get_member (object, member);

  *text = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  return fd_text_normalize (json_node_get_string (node), FD_MAX_PURPOSE, text) == FD_INVALID_NONE;
}

/**
 * fd_topics_parse:
 * @json: the kiosk_topics setting: [{"zh": "…", "en": "…", "host_id": 1}, …]
 *
 * Returns: (transfer full) (element-type FdTopic): the topics, or %NULL
 *   with FD_ERROR_INVALID when anything in @json is not a topic.
 */
GPtrArray *
fd_topics_parse (const char  *json,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_topic_free);
  JsonNode *root;
  JsonArray *array;

  g_return_val_if_fail (json != NULL, NULL);

  if (!g_utf8_validate (json, -1, NULL) || !json_parser_load_from_data (parser, json, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID, N_("The topics are not a list."));
      return NULL;
    }
  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      JsonNode *host = object != NULL ? json_object_get_member (object, "host_id") : NULL;
      g_autoptr(FdTopic) topic = g_new0 (FdTopic, 1);

      if (object == NULL || host == NULL || !JSON_NODE_HOLDS_VALUE (host) ||
          json_node_get_value_type (host) != G_TYPE_INT64 || json_node_get_int (host) <= 0 ||
          !topic_text (object, "zh", &topic->zh) || topic->zh == NULL ||
          !topic_text (object, "en", &topic->en))
        {
          g_set_error_literal (error, FD_ERROR, FD_ERROR_INVALID,
                               N_("Each topic needs a text in Chinese and the contact who helps with it."));
          return NULL;
        }
      topic->host_id = json_node_get_int (host);
      if (topic->en == NULL)
        topic->en = g_strdup (topic->zh);
      g_ptr_array_add (topics, g_steal_pointer (&topic));
    }
  return g_steal_pointer (&topics);
}
