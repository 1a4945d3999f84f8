/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-validate.h"

#include <string.h>

/* Characters that are never accepted in visitor input: C0/C1 controls other
 * than whitespace, and the bidirectional overrides that can make a name read
 * differently on screen than in the database. */
static gboolean
is_forbidden (gunichar c)
{
  if (c == '\t' || c == '\n' || c == '\r')
    return FALSE;
  if (g_unichar_type (c) == G_UNICODE_CONTROL)
    return TRUE;
  if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
    return TRUE;
  return c == 0x200E || c == 0x200F || c == 0xFEFF;
}

/**
 * fd_text_normalize:
 * @text: (nullable): what the person typed
 * @max_chars: the most characters allowed, 0 for no limit
 * @normalized: (out) (optional): the value to store: NFC, trimmed, inner
 *   runs of whitespace (including the ideographic space) made one space
 *
 * Returns: FD_INVALID_NONE, or the first problem found.  An empty result is
 *   FD_INVALID_MISSING; the caller decides whether the field is required.
 */
FdInvalid
fd_text_normalize (const char  *text,
                   guint        max_chars,
                   char       **normalized)
{
  g_autofree char *nfc = NULL;
  g_autoptr(GString) out = NULL;
  gboolean pending_space = FALSE;

  if (normalized != NULL)
    *normalized = NULL;
  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    return FD_INVALID_ENCODING;

  nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  out = g_string_new (NULL);
  for (const char *p = nfc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_forbidden (c))
        return FD_INVALID_CHARACTERS;
      if (g_unichar_isspace (c) || c == 0x3000)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  if (out->len == 0)
    return FD_INVALID_MISSING;
  if (max_chars > 0 && g_utf8_strlen (out->str, -1) > (glong) max_chars)
    return FD_INVALID_TOO_LONG;

  if (normalized != NULL)
    *normalized = g_string_free (g_steal_pointer (&out), FALSE);
  return FD_INVALID_NONE;
}

/**
 * fd_validate_id_number:
 * @text: (nullable): a resident identity card number as typed
 * @normalized: (out) (optional): the 18 characters, with an upper-case X
 *
 * Checks a GB 11643-1999 number: 17 digits and a check character, a birth
 * date that exists (and is not in the future), and the ISO 7064 MOD 11-2
 * check character.
 */
/* GB/T 2260's provinces, autonomous regions and municipalities (11–65),
 * Taiwan (71), and the residence permits of Hong Kong, Macau and Taiwan
 * residents (81–83, GB/T 2260's codes of the regions). */
static gboolean
province_known (int code)
{
  static const guint8 codes[] = {
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
    41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
    71, 81, 82, 83,
  };

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (codes[i] == code)
      return TRUE;
  return FALSE;
}

FdInvalid
fd_validate_id_number (const char  *text,
                       char       **normalized)
{
  static const int weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
  static const char checks[11] = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };
  g_autofree char *clean = NULL;
  char id[19];
  gsize len = 0;
  int sum = 0;
  int year, month, day;
  g_autoptr(GDateTime) now = NULL;
  FdInvalid problem;

  if (normalized != NULL)
    *normalized = NULL;
  problem = fd_text_normalize (text, 40, &clean);
  if (problem != FD_INVALID_NONE)
    return problem == FD_INVALID_TOO_LONG ? FD_INVALID_ID_FORMAT : problem;

  for (const char *p = clean; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = g_unichar_digit_value (c);

      if (c == ' ')
        continue;
      if (len >= 18)
        return FD_INVALID_ID_FORMAT;
      if (digit >= 0)
        id[len++] = (char) ('0' + digit);
      else if (len == 17 && (c == 'x' || c == 'X' || c == 0xFF38 || c == 0xFF58))
        id[len++] = 'X';
      else
        return FD_INVALID_ID_FORMAT;
    }
  if (len != 18)
    return FD_INVALID_ID_FORMAT;
  id[18] = '\0';

  if (!province_known ((id[0] - '0') * 10 + (id[1] - '0')))
    return FD_INVALID_ID_REGION;

  year = (id[6] - '0') * 1000 + (id[7] - '0') * 100 + (id[8] - '0') * 10 + (id[9] - '0');
  month = (id[10] - '0') * 10 + (id[11] - '0');
  day = (id[12] - '0') * 10 + (id[13] - '0');
  now = g_date_time_new_now_local ();
  if (year < 1800 || month < 1 || month > 12 || day < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year) ||
      year * 10000 + month * 100 + day >
      g_date_time_get_year (now) * 10000 + g_date_time_get_month (now) * 100 +
      g_date_time_get_day_of_month (now))
    return FD_INVALID_ID_DATE;

  for (int i = 0; i < 17; i++)
    sum += (id[i] - '0') * weights[i];
  if (checks[sum % 11] != id[17])
    return FD_INVALID_ID_CHECKSUM;

  if (normalized != NULL)
    *normalized = g_strdup (id);
  return FD_INVALID_NONE;
}

guint
fd_field_max_chars (FdField field)
{
  switch (field)
    {
    case FD_FIELD_NAME:
    case FD_FIELD_HOST:
      return FD_MAX_NAME;
    case FD_FIELD_PHONE:
      return FD_MAX_PHONE;
    case FD_FIELD_PURPOSE:
      return FD_MAX_PURPOSE;
    case FD_FIELD_COMPANY:
    case FD_FIELD_ITEMS:
      return FD_MAX_COMPANY;
    case FD_FIELD_ID_NUMBER:
    case FD_FIELD_VISIT_TIME:
      return 40;
    case FD_N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

const char *
fd_field_label (FdField field,
                FdLang  lang)
{
  static const char * const labels[FD_N_FIELDS] = {
    [FD_FIELD_NAME] = N_("Name"),
    [FD_FIELD_PHONE] = N_("Phone number"),
    [FD_FIELD_HOST] = N_("Person you are visiting"),
    [FD_FIELD_PURPOSE] = N_("Purpose of visit"),
    [FD_FIELD_VISIT_TIME] = N_("Visit time"),
    [FD_FIELD_COMPANY] = N_("Company"),
    [FD_FIELD_ID_NUMBER] = N_("ID number"),
    [FD_FIELD_ITEMS] = N_("Items you carry"),
  };

  g_return_val_if_fail (field < FD_N_FIELDS, NULL);
  return fd_tr (lang, labels[field]);
}

/* The SOP asks for a missing item politely, naming what to add (REG-3). */
static const char *
missing_message (FdField field)
{
  switch (field)
    {
    case FD_FIELD_NAME:
      return N_("Please add your name, thank you.");
    case FD_FIELD_PHONE:
      return N_("Please add your contact phone number, thank you.");
    case FD_FIELD_HOST:
      return N_("Whom are you visiting? Please choose the person.");
    case FD_FIELD_PURPOSE:
      return N_("Please add the purpose of your visit, thank you.");
    case FD_FIELD_VISIT_TIME:
      return N_("Please add the visit time, thank you.");
    case FD_FIELD_COMPANY:
      return N_("Please add your company, thank you.");
    case FD_FIELD_ID_NUMBER:
      return N_("Please add your ID number, thank you.");
    case FD_FIELD_ITEMS:
      return N_("Please list the items you carry, thank you.");
    case FD_N_FIELDS:
    default:
      g_assert_not_reached ();
    }
}

/**
 * fd_invalid_message:
 * @field: the field that is wrong
 * @problem: what is wrong with it
 * @lang: the language of the person who must fix it
 *
 * Returns: (transfer full): a sentence that says what to fix.
 */
char *
fd_invalid_message (FdField   field,
                    FdInvalid problem,
                    FdLang    lang)
{
  g_return_val_if_fail (field < FD_N_FIELDS, NULL);

  switch (problem)
    {
    case FD_INVALID_NONE:
      return g_strdup ("");
    case FD_INVALID_MISSING:
      return g_strdup (fd_tr (lang, missing_message (field)));
    case FD_INVALID_TOO_LONG:
      /* Translators: %s is a field name such as "Name"; %u a number. */
      return g_strdup_printf (fd_tr (lang, N_("%s is too long: please use at most %u characters.")),
                              fd_field_label (field, lang), fd_field_max_chars (field));
    case FD_INVALID_CHARACTERS:
    case FD_INVALID_ENCODING:
      /* Translators: %s is a field name such as "Name". */
      return g_strdup_printf (fd_tr (lang, N_("%s contains characters that cannot be used. Please type it again.")),
                              fd_field_label (field, lang));
    case FD_INVALID_PHONE:
      return g_strdup (fd_tr (lang, N_("This phone number does not look right. Please enter an 11-digit mobile number starting with 1, a landline with its area code, or an international number starting with +.")));
    case FD_INVALID_ID_FORMAT:
      return g_strdup (fd_tr (lang, N_("An ID number has 18 characters: 17 digits, then a digit or X. Please check it.")));
    case FD_INVALID_ID_DATE:
      return g_strdup (fd_tr (lang, N_("The date of birth in this ID number does not exist. Please check it.")));
    case FD_INVALID_ID_CHECKSUM:
      return g_strdup (fd_tr (lang, N_("This ID number does not pass its check. Please check it digit by digit.")));
    case FD_INVALID_ID_REGION:
      return g_strdup (fd_tr (lang, N_("This ID number does not start with a province's code. Please check the first digits.")));
    default:
      g_assert_not_reached ();
    }
}
