/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-test-smtp.h"

#include <string.h>

#include "fd-notify.h"
#include "fd-test-util.h"

/* A real SMTP server for the tests: aiosmtpd from Debian, keeping each mail
 * it receives in a maildir. */

int
fd_test_free_port (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (socket, any, TRUE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

gboolean
fd_test_port_open (gpointer data)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) connection =
    g_socket_client_connect_to_host (client, "127.0.0.1", (guint16) GPOINTER_TO_INT (data), NULL, NULL);

  return connection != NULL;
}

void
fd_test_smtp_start (FdTestSmtp *smtp)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *listen = g_strdup_printf ("127.0.0.1:%d", smtp->port);
  const char *sub[] = { "tmp", "new", "cur" };

  for (guint i = 0; i < G_N_ELEMENTS (sub); i++)
    {
      g_autofree char *dir = g_build_filename (smtp->maildir, sub[i], NULL);

      g_mkdir_with_parents (dir, 0700);
    }
  /* Silenced, so that a failing test does not leave meson waiting on a
   * pipe the server still holds. */
  smtp->server = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error,
                                   "/usr/bin/python3", "-m", "aiosmtpd", "-n", "-l", listen,
                                   "-c", "aiosmtpd.handlers.Mailbox", smtp->maildir, NULL);
  g_assert_no_error (error);
  g_assert_true (fd_test_wait_until (fd_test_port_open, GINT_TO_POINTER (smtp->port), 10000));
}

void
fd_test_smtp_stop (FdTestSmtp *smtp)
{
  if (smtp->server == NULL)
    return;
  g_subprocess_force_exit (smtp->server);
  g_subprocess_wait (smtp->server, NULL, NULL);
  g_clear_object (&smtp->server);
}

guint
fd_test_mail_count (FdTestSmtp *smtp)
{
  g_autofree char *dir = g_build_filename (smtp->maildir, "new", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

gboolean
fd_test_has_mails (gpointer data)
{
  FdTestMailWait *wait = data;

  return fd_test_mail_count (wait->smtp) >= wait->count;
}

void
fd_test_smtp_init (FdTestSmtp *smtp)
{
  g_autofree char *db = fd_test_temp_db ();
  g_autofree char *dir = fd_test_db_dir (db);

  smtp->maildir = g_build_filename (dir, "maildir", NULL);
  smtp->port = fd_test_free_port ();
}

void
fd_test_smtp_clear (FdTestSmtp *smtp)
{
  fd_test_smtp_stop (smtp);
  g_free (smtp->maildir);
}


/* Reads every mail in the maildir, oldest first, as a mail reader would
 * (Python's email package): each as "To\nSubject\nBody" followed by a
 * line "----". */
char *
fd_test_read_mails (FdTestSmtp *smtp)
{
  g_autofree char *dir = g_build_filename (smtp->maildir, "new", NULL);
  const char *script =
    "import email, email.header, os, sys\n"
    "d = sys.argv[1]\n"
    "for name in sorted(os.listdir(d), key=lambda n: os.stat(os.path.join(d, n)).st_mtime_ns):\n"
    "    m = email.message_from_binary_file(open(os.path.join(d, name), 'rb'))\n"
    "    subject = str(email.header.make_header(email.header.decode_header(m['Subject'])))\n"
    "    part = next(p for p in m.walk() if p.get_content_type() == 'text/plain')\n"
    "    body = part.get_payload(decode=True).decode(part.get_content_charset())\n"
    "    sys.stdout.write(m['To'] + '\\n' + subject + '\\n' + body + '\\n----\\n')\n";

  return fd_test_python (script, dir);
}

/* The one mail in the maildir, as "To\nSubject\nBody". */
char *
fd_test_read_mail (FdTestSmtp *smtp)
{
  char *mails;

  g_assert_cmpuint (fd_test_mail_count (smtp), ==, 1);
  mails = fd_test_read_mails (smtp);
  g_assert_true (g_str_has_suffix (mails, "\n----\n"));
  mails[strlen (mails) - strlen ("\n----\n")] = '\0';
  return mails;
}

/* Whether the outbox has messages and all of them are sent. */
gboolean
fd_test_outbox_all_sent (gpointer store)
{
  g_autoptr(GPtrArray) messages = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);

  for (guint i = 0; i < messages->len; i++)
    if (!g_str_equal (((FdOutboxMessage *) messages->pdata[i])->state, "sent"))
      return FALSE;
  return messages->len > 0;
}

/* How many messages in the outbox have @part in their subject or body. */
guint
fd_test_outbox_count (FdStore    *store,
                      const char *part)
{
  g_autoptr(GPtrArray) messages = fd_store_list_outbox (store, fd_test_staff (), FALSE, NULL);
  guint n = 0;

  for (guint i = 0; i < messages->len; i++)
    {
      FdOutboxMessage *message = messages->pdata[i];

      n += strstr (message->subject, part) != NULL || strstr (message->body, part) != NULL;
    }
  return n;
}

/* The desk's mail goes to @smtp, started here, on the real clock (the
 * notifier times its attempts by the store's); Anna Schmidt reads English. */
void
fd_test_desk_use_smtp (FdTestDesk *desk,
                       FdTestSmtp *smtp)
{
  g_autofree char *url = NULL;

  desk->now = g_get_real_time () / 1000;
  fd_test_smtp_init (smtp);
  fd_test_smtp_start (smtp);
  url = g_strdup_printf ("smtp://127.0.0.1:%d", smtp->port);
  fd_store_set_setting (desk->store, "smtp_url", url, NULL);
  fd_store_set_setting (desk->store, "smtp_allow_plain", "true", NULL);  /* the local test server has no TLS */
  fd_test_desk_sql (desk, "UPDATE hosts SET lang = 'en' WHERE name = 'Anna Schmidt'");
}

/* A notifier sends the desk's outbox until @n mails came and nothing is
 * left to send.  Returns: the mails. */
char *
fd_test_desk_deliver (FdTestDesk *desk,
                      FdTestSmtp *smtp,
                      guint       n)
{
  g_autoptr(FdNotifier) notifier = fd_notifier_new (desk->store);
  FdTestMailWait wait = { smtp, n };
  char *mails;

  fd_notifier_set_poll_ms (notifier, 50);
  fd_notifier_start (notifier);
  g_assert_true (fd_test_wait_until (fd_test_has_mails, &wait, 15000));
  g_assert_true (fd_test_wait_until (fd_test_outbox_all_sent, desk->store, 5000));
  fd_notifier_stop (notifier);
  mails = fd_test_read_mails (smtp);
  g_test_message ("%s", mails);
  return mails;
}
