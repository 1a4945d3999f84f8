/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-secret.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fd-error.h"

/*
 * ID numbers (PIPL: sensitive personal information) are sealed with
 * libsodium's secretbox (XSalsa20-Poly1305) under a random station key, and
 * matched (watchlist) through a keyed BLAKE2b hash under a second key derived
 * from it.  The key lives in its own file, mode 0600, owned by the user the
 * station runs as; it is created only for a database that never had one
 * (see fd_store_load_key()), never silently replaced.
 */

struct _FdSecret {
  guint8 box_key[crypto_secretbox_KEYBYTES];    /* seals ID numbers */
  guint8 hash_key[crypto_generichash_KEYBYTES]; /* keyed hash for matching */
};

/**
 * fd_secret_read_private:
 * @path: a file that holds a secret: the station key, a service account's
 *   password
 * @buffer: where its bytes go, at most @size of them
 *
 * Reads @path only if it is a regular file (not a symlink) of the user's
 * that nobody else may read: a key others can read unseals every ID
 * number, a password others can read is anyone's login.  The check is made
 * on the opened file, so it cannot be swapped in between.
 *
 * Returns: how many bytes were read, or -1 with FD_ERROR_NOT_FOUND (no
 *   such file), FD_ERROR_PERMISSION (another user's, or readable by
 *   others) or FD_ERROR_IO.
 */
gssize
fd_secret_read_private (const char  *path,
                        guint8      *buffer,
                        gsize        size,
                        GError     **error)
{
  struct stat st;
  ssize_t got;
  int fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);

  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, FD_ERROR, saved == ENOENT ? FD_ERROR_NOT_FOUND : FD_ERROR_IO,
                   "Cannot read %s: %s", path, g_strerror (saved));
      return -1;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    g_set_error (error, FD_ERROR, FD_ERROR_IO, "%s is not a regular file", path);
  else if (st.st_uid != geteuid ())
    g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "%s belongs to another user (uid %u)", path,
                 (guint) st.st_uid);
  else if ((st.st_mode & 077) != 0)
    g_set_error (error, FD_ERROR, FD_ERROR_PERMISSION, "%s can be read by others (mode %03o); make it 0600", path,
                 (guint) (st.st_mode & 0777));
  else
    {
      got = read (fd, buffer, size);
      close (fd);
      if (got < 0)
        g_set_error (error, FD_ERROR, FD_ERROR_IO, "Cannot read %s: %s", path, g_strerror (errno));
      return got < 0 ? -1 : got;
    }
  close (fd);
  return -1;
}

static gboolean
read_key (const char  *path,
          guint8      *key,
          gsize        length,
          GError     **error)
{
  guint8 data[64];
  gssize got = fd_secret_read_private (path, data, sizeof data, error);

  if (got < 0)
    return FALSE;
  if (got != (gssize) length)
    {
      sodium_memzero (data, sizeof data);
      g_set_error (error, FD_ERROR, FD_ERROR_IO, "The key file %s is damaged", path);
      return FALSE;
    }
  memcpy (key, data, length);
  sodium_memzero (data, sizeof data);
  return TRUE;
}

static gboolean
create_key (const char  *path,
            guint8      *key,
            gsize        length,
            GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  g_mkdir_with_parents (dir, 0700);
  randombytes_buf (key, length);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  if (fd < 0 && errno == EEXIST)
    return read_key (path, key, length, error);  /* another process won */
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
 * @path: the key file
 * @create: make it with a new random key when it is missing
 *
 * Returns: the key, or %NULL with FD_ERROR_NOT_FOUND when the file is
 *   missing (and not to be created), FD_ERROR_PERMISSION when others may
 *   read it or it is not ours, FD_ERROR_IO when it is damaged.
 */
FdSecret *
fd_secret_load (const char  *path,
                gboolean     create,
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
  if (create && !g_file_test (path, G_FILE_TEST_EXISTS | G_FILE_TEST_IS_SYMLINK))
    {
      if (!create_key (path, master, sizeof master, error))
        return NULL;
    }
  else if (!read_key (path, master, sizeof master, error))
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

/**
 * fd_id_number_mask:
 * @id_number: an ID or document number, as stored
 *
 * Counts characters, not bytes, so the result is valid UTF-8 whatever the
 * number holds.  A resident ID (18 characters) shows its first six and last
 * four, as Chinese practice does: 110105********002X.  Any other document
 * shows at most a third: its first and last two characters from nine
 * characters on (AB********90), otherwise the first one only.
 *
 * Returns: (transfer full): the masked number.
 */
char *
fd_id_number_mask (const char *id_number)
{
  g_autofree char *valid = g_utf8_make_valid (id_number, -1);
  glong n = g_utf8_strlen (valid, -1);
  glong head = n == 18 ? 6 : n >= 9 ? 2 : MIN (n, 1);
  glong tail = n == 18 ? 4 : n >= 9 ? 2 : 0;
  GString *out = g_string_new (NULL);
  const char *p = valid;

  for (glong i = 0; i < n; i++, p = g_utf8_next_char (p))
    {
      if (i < head || i >= n - tail)
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_c (out, '*');
    }
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
