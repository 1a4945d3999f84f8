/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "fd-i18n.h"

G_BEGIN_DECLS

/* The fields of a registration, in the order the kiosk asks for them. */
typedef enum {
  FD_FIELD_NAME,
  FD_FIELD_PHONE,
  FD_FIELD_HOST,
  FD_FIELD_PURPOSE,
  FD_FIELD_VISIT_TIME,
  FD_FIELD_COMPANY,
  FD_FIELD_ID_NUMBER,
  FD_FIELD_ITEMS,
  FD_N_FIELDS,
} FdField;

/* What is wrong with a value; FD_INVALID_NONE means nothing. */
typedef enum {
  FD_INVALID_NONE,
  FD_INVALID_MISSING,       /* empty or only spaces */
  FD_INVALID_TOO_LONG,      /* more characters than the field allows */
  FD_INVALID_CHARACTERS,    /* control or direction-override characters */
  FD_INVALID_ENCODING,      /* not UTF-8 */
  FD_INVALID_PHONE,         /* not a mainland, landline or E.164 number */
  FD_INVALID_ID_FORMAT,     /* not 17 digits and a check character */
  FD_INVALID_ID_DATE,       /* the birth date does not exist */
  FD_INVALID_ID_CHECKSUM,   /* the check character does not match */
  FD_INVALID_ID_REGION,     /* the first two digits are no province's code */
} FdInvalid;

/* Length limits, in characters. */
#define FD_MAX_NAME     64
#define FD_MAX_PHONE    32
#define FD_MAX_COMPANY  100
#define FD_MAX_PURPOSE  200
#define FD_MAX_SHORT    100   /* departments, titles, e-mail, chat IDs */

FdInvalid   fd_text_normalize      (const char  *text,
                                    guint        max_chars,
                                    char       **normalized);
FdInvalid   fd_validate_phone      (const char  *text,
                                    char       **normalized);
FdInvalid   fd_validate_id_number  (const char  *text,
                                    char       **normalized);
guint       fd_field_max_chars     (FdField      field);
const char *fd_field_label         (FdField      field,
                                    FdLang       lang);
char       *fd_invalid_message     (FdField      field,
                                    FdInvalid    problem,
                                    FdLang       lang) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
