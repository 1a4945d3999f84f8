/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-watchdog.h"

#include <gio/gio.h>
#include <gio/gunixsocketaddress.h>
#include <string.h>
#include <unistd.h>

/*
 * The kiosk session's link to systemd (packaging/frontdesk-kiosk.service,
 * Type=notify, WatchdogSec=): "READY=1" once the kiosk's first picture is
 * on the screen, then "WATCHDOG=1" from the main loop, twice per watchdog
 * period.  A main loop that hangs stops saying it, and systemd restarts the
 * kiosk.  The protocol is sd_notify(3)'s: a datagram to $NOTIFY_SOCKET;
 * written here rather than linking libsystemd for it.
 *
 * Under the kiosk session the service's main process is cage, and
 * frontdesk its child (NotifyAccess=all): the watchdog is ours when
 * $WATCHDOG_PID names this process or its parent.
 */

/**
 * fd_watchdog_notify:
 * @state: e.g. "READY=1"
 *
 * Returns: whether the service manager was told; %FALSE when there is
 *   none ($NOTIFY_SOCKET unset) or it cannot be reached.
 */
gboolean
fd_watchdog_notify (const char *state)
{
  const char *path = g_getenv ("NOTIFY_SOCKET");
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || *path == '\0')
    return FALSE;
  socket = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_DATAGRAM, G_SOCKET_PROTOCOL_DEFAULT, &error);
  if (socket == NULL)
    return FALSE;
  /* A name starting with @ is in the abstract namespace. */
  if (path[0] == '@')
    address = g_unix_socket_address_new_with_type (path + 1, -1, G_UNIX_SOCKET_ADDRESS_ABSTRACT);
  else
    address = g_unix_socket_address_new (path);
  if (g_socket_send_to (socket, address, state, strlen (state), NULL, &error) < 0)
    {
      g_message ("Cannot tell the service manager %s: %s", state, error->message);
      return FALSE;
    }
  return TRUE;
}

static gboolean
ping_cb (gpointer user_data)
{
  fd_watchdog_notify ("WATCHDOG=1");
  return G_SOURCE_CONTINUE;
}

/**
 * fd_watchdog_start:
 *
 * Says the kiosk is ready and, when the service has a watchdog, pings it
 * from the main loop from now on.
 *
 * Returns: the ping's source id, or 0 without a watchdog.
 */
guint
fd_watchdog_start (void)
{
  const char *usec_text = g_getenv ("WATCHDOG_USEC");
  const char *pid_text = g_getenv ("WATCHDOG_PID");
  guint64 usec;

  fd_watchdog_notify ("READY=1");
  if (usec_text == NULL)
    return 0;
  if (pid_text != NULL)
    {
      gint64 pid = g_ascii_strtoll (pid_text, NULL, 10);

      if (pid != (gint64) getpid () && pid != (gint64) getppid ())
        return 0;  /* another process's watchdog */
    }
  usec = g_ascii_strtoull (usec_text, NULL, 10);
  if (usec == 0)
    return 0;
  fd_watchdog_notify ("WATCHDOG=1");
  return g_timeout_add (MAX ((guint) (usec / 2000), 100), ping_cb, NULL);
}
