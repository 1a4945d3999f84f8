/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-secret.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>
#include <unistd.h>

#include "fd-error.h"

/*
 * ID numbers (PIPL: sensitive personal information) are sealed with
 * libsodium's secretbox (XSalsa20-Poly1305) under a random station key, and
 * matched (watchlist) through a keyed BLAKE2b hash under a second key derived
 * from it.  The key lives in its own file, mode 0600, created on first use.
 */

struct _FdSecret {
  guint8 box_key[crypto_secretbox_KEYBYTES];    /* seals ID numbers */
  guint8 hash_key[crypto_generichash_KEYBYTES]; /* keyed hash for matching */
};

static gboolean
read_or_create (const char  *path,
                guint8      *key,
                gsize        length,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *data = NULL;
  gsize got = 0;
  int fd;

  if (g_file_get_contents (path, &data, &got, NULL))
    {
      if (got != length)
        {
          g_set_error (error, FD_ERROR, FD_ERROR_IO, "The key file %s is damaged", path);
          return FALSE;
        }
      memcpy (key, data, length);
      sodium_memzero (data, got);
      return TRUE;
    }

  g_mkdir_with_parents (dir, 0700);
  randombytes_buf (key, length);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0 && errno == EEXIST)
    return read_or_create (path, key, length, error);  /* another process won */
  if (fd < 0 || write (fd, key, length) != (ssize_t) length || fsync (fd) != 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot write the key file %s: %s", path, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

/**
 * fd_secret_load:
 * @path: the key file; created with a new random key when missing
 */
FdSecret *
fd_secret_load (const char  *path,
                GError     **error)
{
  FdSecret *secret;
  guint8 master[32];

  g_return_val_if_fail (path != NULL, NULL);

  if (sodium_init () < 0)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "libsodium cannot start");
      return NULL;
    }
  if (!read_or_create (path, master, sizeof master, error))
    return NULL;

  secret = sodium_malloc (sizeof *secret);
  crypto_generichash (secret->box_key, sizeof secret->box_key, (const guint8 *) "frontdesk-box", 13,
                      master, sizeof master);
  crypto_generichash (secret->hash_key, sizeof secret->hash_key, (const guint8 *) "frontdesk-hash", 14,
                      master, sizeof master);
  sodium_memzero (master, sizeof master);
  return secret;
}

void
fd_secret_free (FdSecret *secret)
{
  if (secret != NULL)
    sodium_free (secret);
}

/* Returns base64 (nonce ‖ sealed box) of @plain. */
char *
fd_secret_encrypt (FdSecret   *secret,
                   const char *plain)
{
  gsize length = strlen (plain);
  gsize total = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + length;
  g_autofree guint8 *out = g_malloc (total);
  char *encoded;

  randombytes_buf (out, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy (out + crypto_secretbox_NONCEBYTES, (const guint8 *) plain, length, out,
                         secret->box_key);
  encoded = g_base64_encode (out, total);
  return encoded;
}

char *
fd_secret_decrypt (FdSecret    *secret,
                   const char  *sealed,
                   GError     **error)
{
  gsize total = 0;
  g_autofree guint8 *data = g_base64_decode (sealed, &total);
  char *plain;
  gsize length;

  if (total < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)
    {
      g_set_error_literal (error, FD_ERROR, FD_ERROR_FAILED, "The sealed value is damaged");
      return NULL;
    }
  length = total - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES;
  plain = g_malloc0 (length + 1);
  if (crypto_secretbox_open_easy ((guint8 *) plain, data + crypto_secretbox_NONCEBYTES,
                                  total - crypto_secretbox_NONCEBYTES, data, secret->box_key) != 0)
    {
      g_free (plain);
      g_set_error_literal (error, FD_ERROR, FD_ERROR_PERMISSION, "The key does not open this value");
      return NULL;
    }
  return plain;
}

/* A keyed hash of @text, hex: equal inputs match, nothing can be read back. */
char *
fd_secret_hash (FdSecret   *secret,
                const char *text)
{
  guint8 hash[32];
  char hex[65];

  crypto_generichash (hash, sizeof hash, (const guint8 *) text, strlen (text),
                      secret->hash_key, sizeof secret->hash_key);
  sodium_bin2hex (hex, sizeof hex, hash, sizeof hash);
  return g_strdup (hex);
}

/* 110105********002X: the first six and last four characters. */
char *
fd_id_number_mask (const char *id_number)
{
  gsize length = strlen (id_number);
  GString *out = g_string_new (NULL);

  if (length <= 10)
    {
      for (gsize i = 0; i < length; i++)
        g_string_append_c (out, i < 2 ? id_number[i] : '*');
      return g_string_free (out, FALSE);
    }
  g_string_append_len (out, id_number, 6);
  for (gsize i = 6; i < length - 4; i++)
    g_string_append_c (out, '*');
  g_string_append (out, id_number + length - 4);
  return g_string_free (out, FALSE);
}

/**
 * fd_secret_text_free:
 * @text: (nullable): a typed password or PIN
 *
 * Overwrites @text in a way the compiler cannot drop, then frees it.
 */
void
fd_secret_text_free (char *text)
{
  if (text == NULL)
    return;
  sodium_memzero (text, strlen (text));
  g_free (text);
}
