/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-store-private.h"

#include <string.h>

#include "fd-error.h"
#include "fd-settings.h"

/*
 * Sites: a company's lobbies, one database.  Each station names its site
 * in its station file (site=north); the kiosk offers that site's hosts,
 * records its visits there and reads that site's settings, which override
 * the company's own (site_settings).  A receptionist sees their lobby;
 * security and administrators see every site or narrow the view to one
 * (fd_session_set_site()).  A site is known by a short code, kept in every
 * row it owns, so a kiosk whose server is away still knows where it is.
 */

#define MAX_CODE 32
#define MAX_NAME 100

void
fd_site_info_free (FdSiteInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->code);
  g_free (info->name_zh);
  g_free (info->name_en);
  g_free (info);
}

/**
 * fd_site_info_name:
 *
 * Returns: the site's name in @lang, else in the other language, else its
 *   code.
 */
const char *
fd_site_info_name (const FdSiteInfo *info,
                   FdLang            lang)
{
  const char *first = lang == FD_LANG_EN ? info->name_en : info->name_zh;
  const char *second = lang == FD_LANG_EN ? info->name_zh : info->name_en;

  if (first != NULL && *first != '\0')
    return first;
  if (second != NULL && *second != '\0')
    return second;
  return info->code;
}

/**
 * fd_site_code_is_valid:
 *
 * Returns: whether @code is 1 to 32 lower-case ASCII letters, digits or
 *   '-', starting with a letter or digit.
 */
gboolean
fd_site_code_is_valid (const char *code)
{
  gsize length;

  if (code == NULL || *code == '\0' || *code == '-')
    return FALSE;
  length = strlen (code);
  if (length > MAX_CODE)
    return FALSE;
  for (const char *p = code; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

/**
 * fd_store_set_station_site:
 * @code: the station's site, from its station file
 *
 * Where this station's kiosk registers visitors and whose settings it
 * reads.  Set once, before any window opens.
 */
void
fd_store_set_station_site (FdStore    *self,
                           const char *code)
{
  g_return_if_fail (FD_IS_STORE (self));
  g_return_if_fail (fd_site_code_is_valid (code));

  STORE_LOCK (self);
  g_free (self->site);
  self->site = g_strdup (code);
  STORE_UNLOCK (self);
}

const char *
fd_store_get_station_site (FdStore *self)
{
  g_return_val_if_fail (FD_IS_STORE (self), FD_SITE_MAIN);
  return self->site != NULL ? self->site : FD_SITE_MAIN;
}

/**
 * fd_store_session_site:
 * @session: (nullable): who asks; %NULL is the kiosk
 *
 * Returns: the site a new host or invitation of @session's belongs to: the
 *   site they look at, or this station's when they look at every site.
 */
const char *
fd_store_session_site (FdStore         *self,
                       const FdSession *session)
{
  const char *site = fd_session_get_site (session);

  return *site != '\0' ? site : fd_store_get_station_site (self);
}

static gboolean
site_cb (FdDbRow  *row,
         gpointer  user_data)
{
  FdSiteInfo *info = g_new0 (FdSiteInfo, 1);

  info->code = fd_db_row_dup (row, 0);
  info->name_zh = fd_db_row_dup (row, 1);
  info->name_en = fd_db_row_dup (row, 2);
  g_ptr_array_add (user_data, info);
  return TRUE;
}

/**
 * fd_store_list_sites:
 *
 * Returns: (transfer container) (element-type FdSiteInfo): every site, by
 *   code.
 */
GPtrArray *
fd_store_list_sites (FdStore  *self,
                     GError  **error)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_site_info_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT code, name_zh, name_en FROM sites ORDER BY code",
                   FD_DB_NO_ARGS, site_cb, sites, error);
  STORE_UNLOCK (self);
  return ok ? g_steal_pointer (&sites) : NULL;
}

gboolean
fd_store_has_site (FdStore     *self,
                   const char  *code,
                   gboolean    *exists,
                   GError     **error)
{
  gint64 n = 0;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  STORE_LOCK (self);
  ok = fd_db_query_int (self->db, "SELECT COUNT(*) FROM sites WHERE code = ?",
                        FD_DB_ARGS (FD_DB_S (code)), &n, error);
  STORE_UNLOCK (self);
  *exists = n > 0;
  return ok;
}

/**
 * fd_store_site_name:
 *
 * Returns: (transfer full): site @code's name in @lang, or the code when
 *   the site is unnamed or cannot be read.
 */
char *
fd_store_site_name (FdStore    *self,
                    const char *code,
                    FdLang      lang)
{
  g_autoptr(GPtrArray) sites = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_site_info_free);
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), NULL);

  STORE_LOCK (self);
  ok = fd_db_exec (self->db, "SELECT code, name_zh, name_en FROM sites WHERE code = ?",
                   FD_DB_ARGS (FD_DB_S (code)), site_cb, sites, NULL);
  STORE_UNLOCK (self);
  if (!ok || sites->len == 0)
    return g_strdup (code);
  return g_strdup (fd_site_info_name (sites->pdata[0], lang));
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name == NULL || g_utf8_strlen (name, -1) <= MAX_NAME)
    return TRUE;
  g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "A site's name has at most %d characters", MAX_NAME);
  return FALSE;
}

/**
 * fd_store_put_site:
 * @session: an administrator's
 * @code: the site's code, as stations name it
 * @name_zh: (nullable): its Chinese name; %NULL keeps the current one
 * @name_en: (nullable): its English name; %NULL keeps the current one
 *
 * Adds a site, or names one again (audited).
 */
gboolean
fd_store_put_site (FdStore          *self,
                   const FdSession  *session,
                   const char       *code,
                   const char       *name_zh,
                   const char       *name_en,
                   GError          **error)
{
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);

  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "site.put", error))
    return FALSE;
  if (!fd_site_code_is_valid (code))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID,
                   "“%s” is not a site code: 1 to %d lower-case letters, digits or '-'", code, MAX_CODE);
      return FALSE;
    }
  if (!check_name (name_zh, error) || !check_name (name_en, error))
    return FALSE;

  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       fd_db_exec (self->db,
                   "INSERT INTO sites (code, name_zh, name_en, created_ms) VALUES (?, COALESCE(?, ''), COALESCE(?, ''), ?) "
                   "ON CONFLICT (code) DO UPDATE SET name_zh = COALESCE(?, sites.name_zh), "
                   "name_en = COALESCE(?, sites.name_en)",
                   FD_DB_ARGS (FD_DB_S (code), FD_DB_S (name_zh), FD_DB_S (name_en), FD_DB_I (fd_store_now_ms (self)),
                               FD_DB_S (name_zh), FD_DB_S (name_en)),
                   NULL, NULL, error) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "site.put", code, NULL, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}

/**
 * fd_store_set_site_setting:
 * @session: an administrator's
 * @site: a site's code, or "" for the company's own value
 * @value: the value; "" takes a site's own value away, so the company's
 *   applies again
 *
 * Sets what one site uses instead of the company's setting (checked and
 * audited as any setting).  Only the settings a lobby has of its own can
 * differ (fd_setting_is_per_site()).
 */
gboolean
fd_store_set_site_setting (FdStore          *self,
                           const FdSession  *session,
                           const char       *site,
                           const char       *key,
                           const char       *value,
                           GError          **error)
{
  g_autofree char *subject = NULL;
  gboolean exists = FALSE;
  gboolean ok;

  g_return_val_if_fail (FD_IS_STORE (self), FALSE);
  g_return_val_if_fail (site != NULL && key != NULL && value != NULL, FALSE);

  if (*site == '\0')
    return fd_store_change_setting (self, session, key, value, error);
  if (!fd_store_check_permission (self, session, FD_PERMISSION_ADMIN, "setting.change", error))
    return FALSE;
  if (!fd_setting_is_per_site (key))
    {
      g_set_error (error, FD_ERROR, FD_ERROR_INVALID, "%s is the same for every site", key);
      return FALSE;
    }
  if (*value != '\0' && !fd_setting_check (key, value, error))
    return FALSE;
  if (!fd_store_has_site (self, site, &exists, error))
    return FALSE;
  if (!exists)
    {
      g_set_error (error, FD_ERROR, FD_ERROR_NOT_FOUND, "There is no site “%s”", site);
      return FALSE;
    }

  subject = g_strdup_printf ("%s@%s", key, site);
  STORE_LOCK (self);
  ok = fd_db_begin (self->db, error) &&
       (*value == '\0'
        ? fd_db_exec (self->db, "DELETE FROM site_settings WHERE site = ? AND key = ?",
                      FD_DB_ARGS (FD_DB_S (site), FD_DB_S (key)), NULL, NULL, error)
        : fd_db_exec (self->db,
                      "INSERT INTO site_settings (site, key, value, updated_ms) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (site, key) DO UPDATE SET value = excluded.value, "
                      "updated_ms = excluded.updated_ms",
                      FD_DB_ARGS (FD_DB_S (site), FD_DB_S (key), FD_DB_S (value), FD_DB_I (fd_store_now_ms (self))),
                      NULL, NULL, error)) &&
       fd_store_audit_locked (self, fd_session_get_username (session), "setting.change", subject,
                              fd_setting_is_secret (key) ? NULL : value, error) &&
       fd_db_commit (self->db, error);
  if (!ok)
    fd_db_rollback (self->db);
  STORE_UNLOCK (self);
  return ok;
}
