/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-fuzz.h"
#include "fd-secret.h"
#include "fd-store.h"
#include "fd-token.h"
#include "fd-validate.h"

/* What a visitor types and a scanner sends: names and other text, phone
 * and ID numbers, the masking of any document number, badge tokens and
 * invitation codes.  Whatever comes in, a normalised result is valid
 * UTF-8 within its length, and the masked number is valid UTF-8. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = fd_fuzz_string (data, size);
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *id = NULL;
  g_autofree char *masked = NULL;
  g_autofree char *code = NULL;

  if (fd_text_normalize (text, FD_MAX_NAME, &name) == FD_INVALID_NONE)
    {
      g_assert (g_utf8_validate (name, -1, NULL));
      g_assert (g_utf8_strlen (name, -1) <= FD_MAX_NAME);
    }
  if (fd_validate_phone (text, &phone) == FD_INVALID_NONE)
    g_assert (g_utf8_validate (phone, -1, NULL));
  if (fd_validate_id_number (text, &id) == FD_INVALID_NONE)
    g_assert (strlen (id) == 18);
  masked = fd_id_number_mask (text);
  g_assert (g_utf8_validate (masked, -1, NULL));
  (void) fd_token_is_valid (text);
  code = fd_invitation_code_clean (text);
  for (int i = 0; i < FD_N_FIELDS; i++)
    {
      g_autofree char *message = fd_invalid_message (i, (FdInvalid) (size % (FD_INVALID_ID_REGION + 1)),
                                                     size & 1 ? FD_LANG_ZH : FD_LANG_EN);

      g_assert (message != NULL);
    }
  return 0;
}
