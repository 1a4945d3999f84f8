/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-host-import.h"

#include <string.h>

#include "fd-error.h"
#include "fd-notify.h"

/*
 * Host lists come from spreadsheets.  Excel saves "CSV UTF-8" with a byte
 * order mark, and Chinese Excel saves plain "CSV" in GBK; both are read, as
 * is plain UTF-8.  The first row names the columns, in English or Chinese.
 * One bad row rejects the whole file, naming the line, so an administrator
 * never ends up with half a host list.
 */

typedef enum {
  COL_NAME,
  COL_DEPARTMENT,
  COL_TITLE,
  COL_EMAIL,
  COL_PHONE,
  COL_CHAT_IDS,
  COL_CHANNELS,
  COL_LANG,
  N_COLUMNS,
} Column;

static const struct {
  Column      column;
  const char *names;  /* '|'-separated header spellings */
} header_names[] = {
  { COL_NAME, "name|姓名|名字" },
  { COL_DEPARTMENT, "department|dept|部门" },
  { COL_TITLE, "title|gender|称谓|称呼|性别" },
  { COL_EMAIL, "email|e-mail|mail|邮箱|电子邮箱|电子邮件" },
  { COL_PHONE, "phone|mobile|电话|手机|手机号" },
  { COL_CHAT_IDS, "chat_ids|chat|im|聊天账号|企业微信" },
  { COL_CHANNELS, "channels|notify|通知方式" },
  { COL_LANG, "lang|language|语言" },
};

/* Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes,
 * CRLF or LF).  Each record remembers the line it starts on. */
typedef struct {
  guint      line;
  GPtrArray *fields;
} Record;

static void
record_free (Record *record)
{
  g_ptr_array_unref (record->fields);
  g_free (record);
}

static gboolean
split_records (const char  *text,
               GPtrArray   *records,
               FdLang       lang,
               GError     **error)
{
  const char *p = text;
  guint line = 1;

  while (*p != '\0')
    {
      Record *record = g_new0 (Record, 1);
      g_autoptr(GString) field = g_string_new (NULL);
      gboolean done = FALSE;

      record->line = line;
      record->fields = g_ptr_array_new_with_free_func (g_free);
      g_ptr_array_add (records, record);

      while (!done)
        {
          if (*p == '"')
            {
              guint start = line;

              p++;
              for (;;)
                {
                  if (*p == '\0')
                    {
                      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                                   fd_tr (lang, N_("Line %u: a quoted field is not closed.")), start);
                      return FALSE;
                    }
                  if (*p == '"' && p[1] == '"')
                    {
                      g_string_append_c (field, '"');
                      p += 2;
                      continue;
                    }
                  if (*p == '"')
                    {
                      p++;
                      break;
                    }
                  if (*p == '\n')
                    line++;
                  g_string_append_c (field, *p++);
                }
            }
          while (*p != '\0' && *p != ',' && *p != '\n' && *p != '\r')
            g_string_append_c (field, *p++);

          g_ptr_array_add (record->fields, g_strdup (field->str));
          g_string_truncate (field, 0);

          if (*p == ',')
            p++;
          else
            {
              if (*p == '\r')
                p++;
              if (*p == '\n')
                {
                  p++;
                  line++;
                }
              done = TRUE;
            }
        }
    }
  return TRUE;
}

static gboolean
record_is_blank (Record *record)
{
  for (guint i = 0; i < record->fields->len; i++)
    {
      const char *field = g_ptr_array_index (record->fields, i);

      if (fd_text_normalize (field, 0, NULL) != FD_INVALID_MISSING)
        return FALSE;
    }
  return TRUE;
}

static gboolean
match_header (const char *text,
              Column     *column)
{
  g_autofree char *clean = NULL;
  g_autofree char *lower = NULL;

  if (fd_text_normalize (text, 0, &clean) != FD_INVALID_NONE)
    return FALSE;
  lower = g_utf8_strdown (clean, -1);
  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    {
      g_auto(GStrv) names = g_strsplit (header_names[i].names, "|", -1);

      if (g_strv_contains ((const char * const *) names, lower))
        {
          *column = header_names[i].column;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
read_header (Record  *record,
             int      positions[N_COLUMNS],
             FdLang   lang,
             GError **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    positions[c] = -1;

  for (guint i = 0; i < record->fields->len; i++)
    {
      const char *text = g_ptr_array_index (record->fields, i);
      Column column;

      if (fd_text_normalize (text, 0, NULL) == FD_INVALID_MISSING)
        continue;
      if (!match_header (text, &column))
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                       fd_tr (lang, N_("Line %u: unknown column “%s”. Known columns: name, department, title, email, phone, chat_ids, channels, lang.")),
                       record->line, text);
          return FALSE;
        }
      positions[column] = (int) i;
    }

  if (positions[COL_NAME] < 0)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                   fd_tr (lang, N_("Line %u: the first line must name the columns, and one of them must be “name”.")),
                   record->line);
      return FALSE;
    }
  return TRUE;
}

static const char *
field_at (Record *record,
          int     position)
{
  if (position < 0 || (guint) position >= record->fields->len)
    return "";
  return g_ptr_array_index (record->fields, position);
}

/* Normalises an optional column; empty is fine. */
static gboolean
optional (Record     *record,
          int         position,
          char      **value,
          const char *what,
          FdLang      lang,
          GError    **error)
{
  FdInvalid problem = fd_text_normalize (field_at (record, position), FD_MAX_SHORT, value);

  if (problem == FD_INVALID_NONE || problem == FD_INVALID_MISSING)
    {
      if (*value == NULL)
        *value = g_strdup ("");
      return TRUE;
    }
  /* Translators: the first %s is a column name such as "department". */
  g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
               fd_tr (lang, N_("Line %u: the %s is too long or has characters that cannot be used.")),
               record->line, fd_tr (lang, what));
  return FALSE;
}

/* How the host wants to hear of visitors; empty cells keep the site's
 * default. */
/* @text as it may be quoted in a message: valid UTF-8, control characters
 * escaped. */
static char *
printable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  char high[129];

  for (int i = 0; i < 128; i++)
    high[i] = (char) (0x80 + i);
  high[128] = '\0';
  return g_strescape (valid, high);
}

static gboolean
read_notify (Record   *record,
             int       positions[N_COLUMNS],
             FdHost   *host,
             FdLang    lang,
             GError  **error)
{
  const char *channels = field_at (record, positions[COL_CHANNELS]);
  const char *code = field_at (record, positions[COL_LANG]);
  g_autofree char *code_text = NULL;
  g_autofree char *shown = NULL;
  FdInvalid problem;

  if (fd_text_normalize (channels, 0, NULL) != FD_INVALID_MISSING)
    {
      host->channels = fd_notify_parse_channels (channels);
      if (host->channels == NULL)
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                       fd_tr (lang, N_("Line %u: “%s” is not a list of channels (email, wecom, dingtalk, feishu, slack, teams, hook).")),
                       record->line, shown = printable (channels));
          return FALSE;
        }
    }
  problem = fd_text_normalize (code, 0, &code_text);
  if (problem != FD_INVALID_MISSING)
    {
      /* A cell with control characters or bad UTF-8 has no normalised
       * text; it is as wrong as any other unknown language. */
      if (problem != FD_INVALID_NONE || (!g_str_equal (code_text, "zh_CN") && !g_str_equal (code_text, "en")))
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                       fd_tr (lang, N_("Line %u: the language is “zh_CN” or “en”, not “%s”.")),
                       record->line, shown = printable (code));
          return FALSE;
        }
      host->lang = g_steal_pointer (&code_text);
    }
  return TRUE;
}

static FdHost *
read_host (Record   *record,
           int       positions[N_COLUMNS],
           FdLang    lang,
           GError  **error)
{
  g_autoptr(FdHost) host = fd_host_new ();
  FdInvalid problem;
  const char *phone = field_at (record, positions[COL_PHONE]);

  problem = fd_text_normalize (field_at (record, positions[COL_NAME]), FD_MAX_NAME, &host->name);
  if (problem == FD_INVALID_MISSING)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                   fd_tr (lang, N_("Line %u: the name is empty.")), record->line);
      return NULL;
    }
  if (problem != FD_INVALID_NONE)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                   fd_tr (lang, N_("Line %u: the name is too long or has characters that cannot be used.")),
                   record->line);
      return NULL;
    }

  if (!optional (record, positions[COL_DEPARTMENT], &host->department, N_("department"), lang, error) ||
      !optional (record, positions[COL_TITLE], &host->title, N_("title"), lang, error) ||
      !optional (record, positions[COL_EMAIL], &host->email, N_("e-mail address"), lang, error) ||
      !optional (record, positions[COL_CHAT_IDS], &host->chat_ids, N_("chat IDs"), lang, error))
    return NULL;

  if (!read_notify (record, positions, host, lang, error))
    return NULL;

  if (*host->email != '\0' && !g_regex_match_simple ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", host->email, 0, 0))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                   fd_tr (lang, N_("Line %u: “%s” is not an e-mail address.")),
                   record->line, host->email);
      return NULL;
    }

  if (fd_text_normalize (phone, 0, NULL) == FD_INVALID_MISSING)
    host->phone = g_strdup ("");
  else if (fd_validate_phone (phone, &host->phone) != FD_INVALID_NONE)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                   fd_tr (lang, N_("Line %u: “%s” is not a phone number.")), record->line, phone);
      return NULL;
    }

  return g_steal_pointer (&host);
}

/* Returns the text as UTF-8: BOM stripped, or converted from GBK. */
static char *
to_utf8 (const char  *data,
         gsize        length,
         FdLang       lang,
         GError     **error)
{
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_IMPORT,
                           fd_tr (lang, N_("The file is not a CSV text file.")));
      return NULL;
    }
  if (g_utf8_validate (data, (gssize) length, NULL))
    return g_strndup (data, length);
  {
    /* GB18030 is a superset of GBK and GB2312. */
    char *converted = g_convert (data, (gssize) length, "UTF-8", "GB18030", NULL, NULL, NULL);

    if (converted == NULL)
      g_set_error_literal (error, FD_ERROR, FD_ERROR_IMPORT,
                           fd_tr (lang, N_("The file is neither UTF-8 nor GBK text. Save it from the spreadsheet as “CSV UTF-8”.")));
    return converted;
  }
}

/**
 * fd_host_import_parse:
 * @data: the file's bytes
 * @lang: the language of the error messages
 *
 * Returns: (transfer container) (element-type FdHost): the hosts, or %NULL
 *   with an FD_ERROR_IMPORT that names the first bad line.
 */
GPtrArray *
fd_host_import_parse (const char  *data,
                      gsize        length,
                      FdLang       lang,
                      GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) record_free);
  g_autoptr(GPtrArray) hosts = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_host_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int positions[N_COLUMNS];
  gboolean have_header = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  text = to_utf8 (data != NULL ? data : "", length, lang, error);
  if (text == NULL || !split_records (text, records, lang, error))
    return NULL;

  for (guint i = 0; i < records->len; i++)
    {
      Record *record = g_ptr_array_index (records, i);
      FdHost *host;
      g_autofree char *key = NULL;
      guint first;

      if (record_is_blank (record))
        continue;
      if (!have_header)
        {
          if (!read_header (record, positions, lang, error))
            return NULL;
          have_header = TRUE;
          continue;
        }
      host = read_host (record, positions, lang, error);
      if (host == NULL)
        return NULL;
      g_ptr_array_add (hosts, host);

      key = g_strconcat (host->name, "\n", host->department, NULL);
      first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      if (first != 0)
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IMPORT,
                       fd_tr (lang, N_("Line %u: %s of %s is already on line %u.")),
                       record->line, host->name, host->department, first);
          return NULL;
        }
      g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (record->line));
    }

  if (hosts->len == 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_IMPORT,
                           fd_tr (lang, N_("The file lists no hosts.")));
      return NULL;
    }
  return g_steal_pointer (&hosts);
}

/**
 * fd_host_import_file:
 * @session: (nullable): an administrator's; %NULL only on a first run,
 *   before any staff account exists
 *
 * Adds or updates the hosts of a CSV file, all or none, and logs it.
 */
gboolean
fd_host_import_file (FdStore          *store,
                     const FdSession  *session,
                     const char       *path,
                     FdLang       lang,
                     guint       *n_added,
                     guint       *n_updated,
                     GError     **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GPtrArray) hosts = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *detail = NULL;
  gsize length = 0;
  guint added = 0, updated = 0;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_file_get_contents (path, &data, &length, &local_error))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_IO, fd_tr (lang, N_("Cannot read %s: %s")),
                   path, local_error->message);
      return FALSE;
    }
  if (fd_store_count_staff (store) > 0 &&
      !fd_store_check_permission (store, session, FD_PERMISSION_ADMIN, "hosts.import", error))
    return FALSE;
  hosts = fd_host_import_parse (data, length, lang, error);
  /* Into the site an administrator looks at; looking at every site, new
   * hosts are at this station's and the others stay where they are. */
  for (guint i = 0; hosts != NULL && i < hosts->len; i++)
    if (*fd_session_get_site (session) != '\0')
      ((FdHost *) hosts->pdata[i])->site = g_strdup (fd_session_get_site (session));
  if (hosts == NULL || !fd_store_upsert_hosts (store, hosts, &added, &updated, error))
    return FALSE;
  detail = g_strdup_printf ("%u new, %u updated", added, updated);
  fd_store_audit (store, session != NULL ? fd_session_get_username (session) : "setup", "hosts.import",
                  path, detail, NULL);
  if (n_added != NULL)
    *n_added = added;
  if (n_updated != NULL)
    *n_updated = updated;
  return TRUE;
}
