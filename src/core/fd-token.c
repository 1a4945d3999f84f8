/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-token.h"

#include <string.h>
#include <sys/random.h>

/* RFC 4648 base32: upper-case letters and digits, which QR codes store in
 * their compact alphanumeric mode. */
static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

#define TOKEN_BYTES 16                       /* 128 random bits */
#define TOKEN_CHARS ((TOKEN_BYTES * 8 + 4) / 5)  /* 26 */

/**
 * fd_token_new:
 *
 * Returns: (transfer full): a new badge token: the prefix and 128 random
 *   bits from the kernel's CSPRNG in base32.  Never derived from a row id, so
 *   a badge cannot be guessed from another.
 */
char *
fd_token_new (void)
{
  guint8 bytes[TOKEN_BYTES];
  GString *out = g_string_new (FD_TOKEN_PREFIX);
  guint buffer = 0;
  int bits = 0;
  gsize got = 0;

  while (got < sizeof bytes)
    {
      ssize_t n = getrandom (bytes + got, sizeof bytes - got, 0);

      if (n < 0)
        g_error ("The kernel refused random bytes");
      got += (gsize) n;
    }

  for (gsize i = 0; i < sizeof bytes; i++)
    {
      buffer = (buffer << 8) | bytes[i];
      bits += 8;
      while (bits >= 5)
        {
          g_string_append_c (out, alphabet[(buffer >> (bits - 5)) & 31]);
          bits -= 5;
        }
    }
  if (bits > 0)
    g_string_append_c (out, alphabet[(buffer << (5 - bits)) & 31]);

  return g_string_free (out, FALSE);
}

gboolean
fd_token_is_valid (const char *text)
{
  if (text == NULL || !g_str_has_prefix (text, FD_TOKEN_PREFIX))
    return FALSE;
  text += strlen (FD_TOKEN_PREFIX);
  if (strlen (text) != TOKEN_CHARS)
    return FALSE;
  for (; *text != '\0'; text++)
    if (strchr (alphabet, *text) == NULL)
      return FALSE;
  return TRUE;
}
