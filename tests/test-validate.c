/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-model.h"
#include "fd-validate.h"

/* REG-2, REG-3: the rules for what a visitor types, and the words that tell
 * them what to fix. */

static void
check_id (const char *input,
          FdInvalid   expected,
          const char *normalized)
{
  g_autofree char *out = NULL;
  FdInvalid got = fd_validate_id_number (input, &out);

  g_test_message ("ID %s", input);
  g_assert_cmpint (got, ==, expected);
  g_assert_cmpstr (out, ==, normalized);
}

/* REG-2: optional ID numbers follow GB 11643-1999. */
static void
test_id_numbers (void)
{
  /* The standard's examples, including a birth year before 1900 and an X. */
  check_id ("11010519491231002X", FD_INVALID_NONE, "11010519491231002X");
  check_id ("440524188001010014", FD_INVALID_NONE, "440524188001010014");
  check_id ("11010519491231002x", FD_INVALID_NONE, "11010519491231002X");
  check_id (" 110105 19491231 002X ", FD_INVALID_NONE, "11010519491231002X");
  check_id ("１１０１０５１９４９１２３１００２Ｘ", FD_INVALID_NONE, "11010519491231002X");
  /* Wrong check characters. */
  check_id ("110105194912310021", FD_INVALID_ID_CHECKSUM, NULL);
  check_id ("440524188001010015", FD_INVALID_ID_CHECKSUM, NULL);
  /* Impossible and future dates. */
  check_id ("110105194902300021", FD_INVALID_ID_DATE, NULL);
  check_id ("110105190002290011", FD_INVALID_ID_DATE, NULL);
  check_id ("110105194913010021", FD_INVALID_ID_DATE, NULL);
  check_id ("110105299901010021", FD_INVALID_ID_DATE, NULL);
  /* Residence permits of Hong Kong, Macau and Taiwan residents (81–83). */
  check_id ("810000199001010019", FD_INVALID_NONE, "810000199001010019");
  check_id ("820000199001010029", FD_INVALID_NONE, "820000199001010029");
  check_id ("830000199001010039", FD_INVALID_NONE, "830000199001010039");
  /* A right check character but no province (Trust, finding 8). */
  check_id ("000000198108264048", FD_INVALID_ID_REGION, NULL);
  check_id ("910105194912310029", FD_INVALID_ID_REGION, NULL);
  /* Wrong shapes. */
  check_id ("11010519491231002", FD_INVALID_ID_FORMAT, NULL);
  check_id ("1101051949123100211", FD_INVALID_ID_FORMAT, NULL);
  check_id ("X10105194912310021", FD_INVALID_ID_FORMAT, NULL);
  check_id ("11010519491231002Y", FD_INVALID_ID_FORMAT, NULL);
  check_id ("", FD_INVALID_MISSING, NULL);
  check_id ("   ", FD_INVALID_MISSING, NULL);
}

static void
check_phone (const char *input,
             FdInvalid   expected,
             const char *normalized)
{
  g_autofree char *out = NULL;
  FdInvalid got = fd_validate_phone (input, &out);

  g_test_message ("phone %s", input);
  g_assert_cmpint (got, ==, expected);
  g_assert_cmpstr (out, ==, normalized);
}

/* REG-2: the phone number is required and must be one a host can call. */
static void
test_phones (void)
{
  check_phone ("13812345678", FD_INVALID_NONE, "13812345678");
  check_phone ("+86 138 1234 5678", FD_INVALID_NONE, "13812345678");
  check_phone ("+8613812345678", FD_INVALID_NONE, "13812345678");
  check_phone ("0086-138-1234-5678", FD_INVALID_NONE, "13812345678");
  check_phone ("138 1234 5678", FD_INVALID_NONE, "13812345678");
  check_phone ("１３８１２３４５６７８", FD_INVALID_NONE, "13812345678");
  check_phone ("(010) 6234-5678", FD_INVALID_NONE, "01062345678");
  check_phone ("+49 151 12345678", FD_INVALID_NONE, "+4915112345678");
  check_phone ("001 650 253 0000", FD_INVALID_NONE, "+16502530000");
  /* Not mobiles: a second digit of 2, too short, too long, letters. */
  check_phone ("12812345678", FD_INVALID_PHONE, NULL);
  check_phone ("1381234567", FD_INVALID_PHONE, NULL);
  check_phone ("138123456789", FD_INVALID_PHONE, NULL);
  check_phone ("+86 128 1234 5678", FD_INVALID_PHONE, NULL);
  check_phone ("+49 151", FD_INVALID_PHONE, NULL);
  check_phone ("138abcd5678", FD_INVALID_PHONE, NULL);
  check_phone ("1381234+5678", FD_INVALID_PHONE, NULL);
  /* Trust, finding 8: landlines with +86 or 0086, extensions, service
   * numbers, 86 without the plus, a trunk "(0)"; and random strings of a
   * 0 and digits that no numbering plan has. */
  check_phone ("+86 10 1234 5678", FD_INVALID_NONE, "01012345678");
  check_phone ("0086 755 8888 8888", FD_INVALID_NONE, "075588888888");
  check_phone ("+86 (0)21 3323 7854", FD_INVALID_NONE, "02133237854");
  check_phone ("021-3323 7854 转 869", FD_INVALID_NONE, "02133237854 ext. 869");
  check_phone ("010 6234 5678 ext 869", FD_INVALID_NONE, "01062345678 ext. 869");
  check_phone ("+86 21 3323 7854 分机 12", FD_INVALID_NONE, "02133237854 ext. 12");
  check_phone ("400-810-8888", FD_INVALID_NONE, "4008108888");
  check_phone ("800 820 8820", FD_INVALID_NONE, "8008208820");
  check_phone ("86 139 1234 5678", FD_INVALID_NONE, "13912345678");
  check_phone ("0571-8502 2088", FD_INVALID_NONE, "057185022088");
  check_phone ("0851 555 1234", FD_INVALID_NONE, "08515551234");
  check_phone ("+44 (0)20 7946 0958", FD_INVALID_NONE, "+442079460958");
  check_phone ("+1 (650) 253-0000 x 12", FD_INVALID_NONE, "+16502530000 ext. 12");
  check_phone ("0123456789", FD_INVALID_PHONE, NULL);
  check_phone ("01002345678", FD_INVALID_PHONE, NULL);   /* no local number starts with 0 */
  check_phone ("0201234567890", FD_INVALID_PHONE, NULL);
  check_phone ("05551234", FD_INVALID_PHONE, NULL);
  check_phone ("14412345678", FD_INVALID_PHONE, NULL);   /* 144 is not allocated */
  check_phone ("021-3323 7854 转 abc", FD_INVALID_PHONE, NULL);
  check_phone ("", FD_INVALID_MISSING, NULL);
  check_phone (" \t ", FD_INVALID_MISSING, NULL);
  check_phone (NULL, FD_INVALID_MISSING, NULL);
  check_phone ("1381234567800000000000000000000000000", FD_INVALID_TOO_LONG, NULL);
}

/* Text is stored in one form: NFC, trimmed, single spaces; control and
 * direction-override characters are refused. */
static void
test_text (void)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (fd_text_normalize ("  王\u3000 小明  ", FD_MAX_NAME, &out), ==, FD_INVALID_NONE);
  g_assert_cmpstr (out, ==, "王 小明");
  g_clear_pointer (&out, g_free);

  /* "é" as e + combining acute becomes one code point. */
  g_assert_cmpint (fd_text_normalize ("Ame\xcc\x81lie", FD_MAX_NAME, &out), ==, FD_INVALID_NONE);
  g_assert_cmpstr (out, ==, "Am\xc3\xa9lie");
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (fd_text_normalize ("", FD_MAX_NAME, &out), ==, FD_INVALID_MISSING);
  g_assert_cmpint (fd_text_normalize (" \n\t\u3000", FD_MAX_NAME, &out), ==, FD_INVALID_MISSING);
  g_assert_cmpint (fd_text_normalize ("Bob\x07", FD_MAX_NAME, &out), ==, FD_INVALID_CHARACTERS);
  g_assert_cmpint (fd_text_normalize ("Bob\x1b[31m", FD_MAX_NAME, &out), ==, FD_INVALID_CHARACTERS);
  g_assert_cmpint (fd_text_normalize ("abc\u202Efed", FD_MAX_NAME, &out), ==, FD_INVALID_CHARACTERS);
  g_assert_cmpint (fd_text_normalize ("\xff\xfe", FD_MAX_NAME, &out), ==, FD_INVALID_ENCODING);
  g_assert_null (out);

  /* 64 Chinese characters fit a name, 65 do not. */
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (int i = 0; i < FD_MAX_NAME; i++)
      g_string_append (s, "张");
    g_assert_cmpint (fd_text_normalize (s->str, FD_MAX_NAME, NULL), ==, FD_INVALID_NONE);
    g_string_append (s, "张");
    g_assert_cmpint (fd_text_normalize (s->str, FD_MAX_NAME, NULL), ==, FD_INVALID_TOO_LONG);
  }
}

static FdRegistration *
complete_registration (void)
{
  FdRegistration *reg = fd_registration_new ();

  reg->name = g_strdup ("李雷");
  reg->phone = g_strdup ("13812345678");
  reg->host_id = 3;
  reg->purpose = g_strdup ("面试");
  reg->visit_ms = 1795948422937;
  return reg;
}

/* REG-2: name, phone, host, purpose and time are required; company is not. */
static void
test_reg_required_fields (void)
{
  struct {
    FdField field;
  } cases[] = { { FD_FIELD_NAME }, { FD_FIELD_PHONE }, { FD_FIELD_HOST },
                { FD_FIELD_PURPOSE }, { FD_FIELD_VISIT_TIME } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(FdRegistration) reg = complete_registration ();
      FdField field;
      FdInvalid problem;

      switch (cases[i].field)
        {
        case FD_FIELD_NAME:
          g_free (reg->name);
          reg->name = g_strdup ("   ");
          break;
        case FD_FIELD_PHONE:
          g_clear_pointer (&reg->phone, g_free);
          break;
        case FD_FIELD_HOST:
          reg->host_id = 0;
          break;
        case FD_FIELD_PURPOSE:
          g_free (reg->purpose);
          reg->purpose = g_strdup ("");
          break;
        case FD_FIELD_VISIT_TIME:
          reg->visit_ms = 0;
          break;
        default:
          g_assert_not_reached ();
        }
      g_assert_false (fd_registration_normalize (reg, &field, &problem));
      g_assert_cmpint (field, ==, cases[i].field);
      g_assert_cmpint (problem, ==, FD_INVALID_MISSING);
    }

  {
    g_autoptr(FdRegistration) reg = complete_registration ();
    FdField field;
    FdInvalid problem;

    g_assert_true (fd_registration_normalize (reg, &field, &problem));
    g_assert_null (reg->company);
  }
}

/* REG-3: the missing phone is asked for in the SOP's words, in both
 * languages; every other problem has a sentence in both too. */
static void
test_reg_messages (void)
{
  g_autofree char *zh = fd_invalid_message (FD_FIELD_PHONE, FD_INVALID_MISSING, FD_LANG_ZH);
  g_autofree char *en = fd_invalid_message (FD_FIELD_PHONE, FD_INVALID_MISSING, FD_LANG_EN);
  g_autofree char *too_long = fd_invalid_message (FD_FIELD_NAME, FD_INVALID_TOO_LONG, FD_LANG_ZH);

  g_assert_cmpstr (zh, ==, "麻烦您补一下联系电话，谢谢。");
  g_assert_cmpstr (en, ==, "Please add your contact phone number, thank you.");
  g_assert_cmpstr (too_long, ==, "姓名太长了，最多 64 个字。");

  for (FdField field = 0; field < FD_N_FIELDS; field++)
    for (FdInvalid problem = FD_INVALID_MISSING; problem <= FD_INVALID_ID_CHECKSUM; problem++)
      {
        g_autofree char *zh_text = fd_invalid_message (field, problem, FD_LANG_ZH);
        g_autofree char *en_text = fd_invalid_message (field, problem, FD_LANG_EN);

        g_assert_cmpuint (strlen (en_text), >, 10);
        /* A translated sentence differs from the English one and holds
         * Chinese characters. */
        g_assert_cmpstr (zh_text, !=, en_text);
        g_assert_true (g_utf8_get_char (g_utf8_offset_to_pointer (zh_text, 0)) >= 0x2E80 ||
                       g_utf8_strchr (zh_text, -1, 0x3002) != NULL);
      }
}

/* REC-2: the host is named with the honorific from their record. */
static void
test_honorific (void)
{
  g_autofree char *a = fd_host_honorific_name ("张伟", "先生", FD_LANG_ZH);
  g_autofree char *b = fd_host_honorific_name ("张伟", "先生", FD_LANG_EN);
  g_autofree char *c = fd_host_honorific_name ("王芳", "F", FD_LANG_ZH);
  g_autofree char *d = fd_host_honorific_name ("王芳", "经理", FD_LANG_ZH);
  g_autofree char *e = fd_host_honorific_name ("王芳", "", FD_LANG_ZH);
  g_autofree char *f = fd_host_honorific_name ("Anna Schmidt", "Ms", FD_LANG_EN);

  g_assert_cmpstr (a, ==, "张伟先生");
  g_assert_cmpstr (b, ==, "Mr 张伟");
  g_assert_cmpstr (c, ==, "王芳女士");
  g_assert_cmpstr (d, ==, "王芳经理");
  g_assert_cmpstr (e, ==, "王芳");
  g_assert_cmpstr (f, ==, "Ms Anna Schmidt");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/id-number", test_id_numbers);
  g_test_add_func ("/validate/phone", test_phones);
  g_test_add_func ("/validate/text", test_text);
  g_test_add_func ("/validate/reg-required-fields", test_reg_required_fields);
  g_test_add_func ("/validate/reg-messages", test_reg_messages);
  g_test_add_func ("/validate/honorific", test_honorific);

  return g_test_run ();
}
