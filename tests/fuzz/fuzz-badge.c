/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "fd-badge.h"
#include "fd-fuzz.h"
#include "fd-validate.h"

/* A badge for whatever a visitor could get through the kiosk: the input
 * is split at NULs into name, company, host and site, each normalised as
 * the kiosk does (bidi controls are refused there; combining marks, wide
 * and right-to-left scripts pass).  Rendering never fails on them. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *parts[4] = { "", "", "", "" };
  char *clean[4] = { NULL, NULL, NULL, NULL };
  g_autofree char *copy = g_malloc (size + 1);
  g_autoptr(FdBadge) badge = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  FdVisit visit = { 0 };
  size_t at = 0;

  memcpy (copy, data, size);
  copy[size] = '\0';
  for (int i = 0; i < 4 && at <= size; i++)
    {
      parts[i] = copy + at;
      at += strlen (copy + at) + 1;
    }
  for (int i = 0; i < 4; i++)
    if (fd_text_normalize (parts[i], FD_MAX_COMPANY, &clean[i]) != FD_INVALID_NONE)
      clean[i] = g_strdup ("");
  visit.id = 1;
  visit.state = FD_VISIT_ON_SITE;
  visit.name = clean[0];
  visit.company = clean[1];
  visit.host_name = clean[2];
  visit.host_department = (char *) "研发部";
  visit.host_title = (char *) "";
  visit.purpose = (char *) "";
  visit.badge_token = (char *) "K7M2Q9XPK7M2Q9XPK7M2Q9XPK7";
  visit.arrived_ms = 1764460800000;
  visit.items = (char *) "";
  badge = fd_badge_new_for_visit (&visit, clean[3]);
  pdf = fd_badge_render_pdf (badge, (FdBadgeSize) (size % 4), &error);
  g_assert (pdf != NULL && g_bytes_get_size (pdf) > 0);
  for (int i = 0; i < 4; i++)
    g_free (clean[i]);
  return 0;
}
