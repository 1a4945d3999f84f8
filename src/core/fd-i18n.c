/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-i18n.h"

#include <gio/gio.h>

#include "fd-core-resources.h"
#include <string.h>

/*
 * Translations are gettext catalogues (po/zh_CN.po compiled by msgfmt) built
 * into the binary as a GResource.  They are read here instead of through
 * gettext() because a kiosk and a staff window in one process show different
 * languages at once, and the visitor switches language with one tap: the
 * process locale cannot follow that.  Reading the catalogue ourselves also
 * makes the translation independent of which locales the system generated.
 */

#define MO_MAGIC 0x950412deu

static GHashTable *zh_catalogue;  /* msgid → msgstr, both inside mo_bytes */
static GBytes *mo_bytes;          /* the catalogue, kept for the process */

static guint32
read_u32 (const guint8 *data,
          gboolean      swap)
{
  guint32 v;

  memcpy (&v, data, sizeof v);
  return swap ? GUINT32_SWAP_LE_BE (v) : v;
}

/**
 * fd_i18n_parse_mo:
 * @bytes: a GNU .mo catalogue, either byte order
 *
 * Returns: (transfer full): msgid → translation, pointing into @bytes,
 *   which must outlive the table.  Entries that do not lie wholly inside
 *   @bytes are left out; a damaged catalogue gives fewer translations,
 *   never a read outside it.
 */
GHashTable *
fd_i18n_parse_mo (GBytes *bytes)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  gboolean swap;
  guint32 n, orig_off, trans_off;

  if (size < 28)
    return table;
  swap = read_u32 (data, FALSE) != MO_MAGIC;
  if (read_u32 (data, swap) != MO_MAGIC)
    return table;

  n = read_u32 (data + 8, swap);
  orig_off = read_u32 (data + 12, swap);
  trans_off = read_u32 (data + 16, swap);
  if ((gsize) orig_off + (gsize) n * 8 > size || (gsize) trans_off + (gsize) n * 8 > size)
    return table;

  for (guint32 i = 0; i < n; i++)
    {
      guint32 olen = read_u32 (data + orig_off + i * 8, swap);
      guint32 opos = read_u32 (data + orig_off + i * 8 + 4, swap);
      guint32 tlen = read_u32 (data + trans_off + i * 8, swap);
      guint32 tpos = read_u32 (data + trans_off + i * 8 + 4, swap);

      /* Each string must end with its NUL inside the file; a catalogue
       * that says otherwise is damaged and the entry is left out. */
      if ((gsize) opos + olen >= size || (gsize) tpos + tlen >= size ||
          data[opos + olen] != '\0' || data[tpos + tlen] != '\0')
        continue;
      if (olen == 0 || tlen == 0)
        continue;  /* the header entry, or an untranslated one */
      g_hash_table_insert (table, (char *) data + opos, (char *) data + tpos);
    }

  return table;
}

static gpointer
load_catalogue (gpointer data)
{
  fd_core_register_resource ();
  mo_bytes = g_resources_lookup_data ("/org/frontdesk/Frontdesk/locale/zh_CN.mo",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (mo_bytes == NULL)
    mo_bytes = g_bytes_new_static ("", 0);
  zh_catalogue = fd_i18n_parse_mo (mo_bytes);
  return NULL;
}

/**
 * fd_tr:
 * @lang: the language to show
 * @msgid: an English source string marked with N_()
 *
 * Returns: (transfer none): @msgid in @lang; @msgid itself when there is no
 *   translation.  The string lives as long as the process.
 */
const char *
fd_tr (FdLang      lang,
       const char *msgid)
{
  static GOnce once = G_ONCE_INIT;
  const char *found;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (lang == FD_LANG_EN || *msgid == '\0')
    return msgid;

  g_once (&once, load_catalogue, NULL);
  found = g_hash_table_lookup (zh_catalogue, msgid);
  return found != NULL ? found : msgid;
}

const char *
fd_lang_code (FdLang lang)
{
  return lang == FD_LANG_EN ? "en" : "zh_CN";
}

FdLang
fd_lang_from_code (const char *code)
{
  if (code != NULL && g_ascii_strncasecmp (code, "en", 2) == 0)
    return FD_LANG_EN;
  return FD_LANG_ZH;
}

/* The language for command-line output: English unless the environment asks
 * for Chinese, as administrators' shells usually run an English locale. */
FdLang
fd_lang_from_environment (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "zh"))
        return FD_LANG_ZH;
      if (g_str_has_prefix (names[i], "en"))
        return FD_LANG_EN;
    }
  return FD_LANG_EN;
}
