/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-validate.h"

#include <string.h>

/*
 * Phone numbers as visitors write them, checked against the numbering
 * plans (libphonenumber's metadata for China is the reference):
 *
 * - mainland mobiles, 1 and ten digits whose prefix is allocated:
 *   13x, 145–149, 150–153/155–159, 162/165–167, 170–178, 18x, 190–193/195–199;
 * - mainland landlines: trunk 0, area code 10 or 2x with an 8-digit local
 *   number, or a 3-digit area code (3xx–9xx) with 7 or 8 digits; no
 *   local number starts with 0;
 * - the national 400 and 800 service numbers (10 digits);
 * - any of these after +86, 0086 or a bare 86 (then without the trunk 0);
 * - other countries in E.164: + or 00, a country code, 8 to 15 digits in
 *   all, with "(0)" (the trunk prefix some countries write) dropped;
 * - an extension after 转, 分机, ext, ext., x or #.
 *
 * Normalised: mainland numbers as the digits dialled inside China
 * (13812345678, 01012345678, 4001234567), others as + and digits, an
 * extension as " ext. 869".
 */

/* Keeps the digits of @text (full-width digits count) and a leading plus
 * sign; drops the separators people type and a "(0)" after a country code.
 * Returns NULL on any other character. */
static char *
phone_digits (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = g_unichar_digit_value (c);

      if ((c == '(' || c == 0xFF08) && out->len > 0 && out->str[0] == '+' &&
          (g_str_has_prefix (g_utf8_next_char (p), "0)") || g_str_has_prefix (g_utf8_next_char (p), "0）")))
        {
          p = g_utf8_next_char (g_utf8_next_char (p));  /* the trunk prefix: at ')' now */
          continue;
        }
      if (digit >= 0)
        g_string_append_c (out, (char) ('0' + digit));
      else if ((c == '+' || c == 0xFF0B) && out->len == 0)
        g_string_append_c (out, '+');
      else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' ||
               c == 0xFF08 || c == 0xFF09 || c == 0xFF0D || c == 0x3000)
        continue;
      else
        return NULL;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
all_digits (const char *s,
            gsize       min_len,
            gsize       max_len)
{
  gsize len = strlen (s);

  if (len < min_len || len > max_len)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_mainland_mobile (const char *d)
{
  int prefix;

  if (!all_digits (d, 11, 11) || d[0] != '1')
    return FALSE;
  prefix = (d[1] - '0') * 10 + (d[2] - '0');
  switch (prefix / 10)
    {
    case 3:
    case 8:
      return TRUE;
    case 4:
      return prefix >= 45;
    case 5:
      return prefix != 54;
    case 6:
      return prefix == 62 || (prefix >= 65 && prefix <= 67);
    case 7:
      return prefix <= 78;
    case 9:
      return prefix != 94;
    default:
      return FALSE;
    }
}

/* A landline without its trunk 0: area code and local number. */
static gboolean
is_mainland_landline (const char *d)
{
  gsize len = strlen (d);

  if (!all_digits (d, 9, 11))
    return FALSE;
  if (d[0] == '1' && d[1] == '0')  /* Beijing */
    return len == 10 && d[2] != '0';
  if (d[0] == '2')
    return len == 10 && d[2] != '0';
  if (d[0] >= '3' && d[0] <= '9')
    return (len == 10 || len == 11) && d[3] != '0';
  return FALSE;
}

static gboolean
is_service_number (const char *d)
{
  return all_digits (d, 10, 10) && (g_str_has_prefix (d, "400") || g_str_has_prefix (d, "800"));
}

/* A mainland number written without the country code; @national_out is
 * what is dialled inside China. */
static gboolean
mainland_national (const char  *d,
                   char       **national_out)
{
  if (is_mainland_mobile (d) || is_service_number (d))
    {
      *national_out = g_strdup (d);
      return TRUE;
    }
  if (d[0] == '0' && is_mainland_landline (d + 1))
    {
      *national_out = g_strdup (d);
      return TRUE;
    }
  return FALSE;
}

/* The same after +86: no trunk 0 (one written anyway is forgiven). */
static gboolean
mainland_international (const char  *d,
                        char       **national_out)
{
  if (d[0] == '0' && is_mainland_landline (d + 1))
    d++;
  if (is_mainland_mobile (d) || is_service_number (d))
    {
      *national_out = g_strdup (d);
      return TRUE;
    }
  if (is_mainland_landline (d))
    {
      *national_out = g_strconcat ("0", d, NULL);
      return TRUE;
    }
  return FALSE;
}

/* Splits "number 转 869" at the extension word; returns the extension's
 * digits or NULL when there is none, FALSE when it is not digits. */
static gboolean
split_extension (char  *text,
                 char **extension)
{
  static const char * const words[] = { "转", "分机", "ext.", "ext", "EXT.", "EXT", "Ext.", "Ext", "x", "X", "#" };
  char *at = NULL;
  gsize word_len = 0;

  *extension = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (words) && at == NULL; i++)
    {
      char *found = strstr (text, words[i]);

      /* x and X only after a space, so that they are not part of a word. */
      if (found != NULL && strlen (words[i]) == 1 && g_ascii_isalpha (words[i][0]) &&
          (found == text || found[-1] != ' '))
        found = NULL;
      if (found != NULL)
        {
          at = found;
          word_len = strlen (words[i]);
        }
    }
  if (at == NULL)
    return TRUE;
  {
    g_autofree char *digits = phone_digits (at + word_len);

    if (digits == NULL || !all_digits (digits, 1, 6))
      return FALSE;
    *extension = g_steal_pointer (&digits);
  }
  *at = '\0';
  return TRUE;
}

/**
 * fd_validate_phone:
 * @text: (nullable): the number as typed
 * @normalized: (out) (optional): see the comment at the top of this file
 *
 * Spaces, dashes, dots, slashes and brackets are ignored.
 */
FdInvalid
fd_validate_phone (const char  *text,
                   char       **normalized)
{
  g_autofree char *clean = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *extension = NULL;
  g_autofree char *number = NULL;
  const char *rest;
  FdInvalid problem;
  gboolean ok;

  if (normalized != NULL)
    *normalized = NULL;
  problem = fd_text_normalize (text, FD_MAX_PHONE, &clean);
  if (problem != FD_INVALID_NONE)
    return problem;
  if (!split_extension (clean, &extension))
    return FD_INVALID_PHONE;

  digits = phone_digits (clean);
  if (digits == NULL || *digits == '\0')
    return FD_INVALID_PHONE;

  if (g_str_has_prefix (digits, "+86") || g_str_has_prefix (digits, "0086"))
    ok = mainland_international (digits + (digits[0] == '+' ? 3 : 4), &number);
  else if (digits[0] == '+' || g_str_has_prefix (digits, "00"))
    {
      rest = digits + (digits[0] == '+' ? 1 : 2);
      ok = all_digits (rest, 8, 15) && rest[0] != '0';
      if (ok)
        number = g_strconcat ("+", rest, NULL);
    }
  else
    ok = mainland_national (digits, &number) ||
         (g_str_has_prefix (digits, "86") && strlen (digits) >= 12 &&
          mainland_international (digits + 2, &number));

  if (!ok)
    return FD_INVALID_PHONE;
  if (normalized != NULL)
    *normalized = extension != NULL ? g_strconcat (number, " ext. ", extension, NULL) : g_steal_pointer (&number);
  return FD_INVALID_NONE;
}
